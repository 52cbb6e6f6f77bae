import Foundation

/// The text of `Tests/Fixtures/NAME`.
func fixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
}

/// The text of `NAME` in the shared folder (`$SLOVO_SHARED`, or `../shared` beside the project),
/// or nil when it is absent (a user's fresh clone).
func sharedFile(_ name: String) -> String? {
    let root = ProcessInfo.processInfo.environment["SLOVO_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    return try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
}
