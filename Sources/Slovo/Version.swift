/// The version of Slovo (library and `analyze`), following semantic versioning.
public let version = "0.1.0"

/// The version of the JSON output schema, written as `schemaVersion` in every JSON document.
public let schemaVersion = 1
