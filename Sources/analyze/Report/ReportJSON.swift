import Slovo

/// The JSON report of one document (schema in the README; `schemaVersion` names it).
enum ReportJSON {
    /// Output keys; JSONL pass-through fields with these names are left out (ours win).
    static let reservedKeys: Set<String> = [
        "schemaVersion", "id", "encoding", "replacements", "metadata", "statistics", "removed", "tokens",
        "sentences", "error", "keywords", "entities", "people", "organizations", "places", "cities",
    ]

    /// One compact JSON object followed by a line feed.
    static func render(_ report: DocumentReport) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\"schemaVersion\":")
        json.int(schemaVersion)
        json.raw(",\"id\":")
        json.value(report.document.id)
        json.raw(",\"encoding\":")
        json.string(report.document.encoding)
        if report.document.replacements > 0 {
            json.raw(",\"replacements\":")
            json.int(report.document.replacements)
        }
        json.raw(",\"metadata\":")
        writeMetadata(report.metadata, into: &json)
        json.raw(",\"statistics\":")
        writeStatistics(report.statistics, into: &json)
        json.raw(",\"removed\":[")
        for (k, span) in report.removed.enumerated() {
            if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
            json.raw("{\"start\":")
            json.int(span.start)
            json.raw(",\"end\":")
            json.int(span.end)
            json.raw(",\"reason\":")
            json.string(span.reason.rawValue)
            json.bytes.append(UInt8(ascii: "}"))
        }
        json.raw("],")
        AnalysisJSON.writeKeywords(report.analysis, into: &json)
        json.bytes.append(UInt8(ascii: ","))
        AnalysisJSON.writeTokensAndSentences(report.analysis, into: &json)
        json.bytes.append(UInt8(ascii: ","))
        EntityJSON.write(report.analysis, into: &json)
        for (key, value) in report.document.extra where !reservedKeys.contains(key) {
            json.bytes.append(UInt8(ascii: ","))
            json.string(key)
            json.bytes.append(UInt8(ascii: ":"))
            json.value(value)
        }
        json.raw("}\n")
        return json.bytes
    }

    static func writeMetadata(_ metadata: DocumentMetadata, into json: inout JSONWriter) {
        func optional(_ value: String?) {
            if let value { json.string(value) } else { json.raw("null") }
        }
        json.raw("{\"title\":")
        optional(metadata.title)
        json.raw(",\"author\":")
        optional(metadata.author)
        json.raw(",\"date\":")
        optional(metadata.date?.description)
        json.bytes.append(UInt8(ascii: "}"))
    }

    static func writeStatistics(_ statistics: ReportStatistics, into json: inout JSONWriter) {
        json.raw("{\"characters\":")
        json.int(statistics.characters)
        json.raw(",\"sentences\":")
        json.int(statistics.sentences)
        json.raw(",\"tokens\":")
        json.int(statistics.tokens)
        json.raw(",\"words\":")
        json.int(statistics.count(.word))
        json.raw(",\"removedCharacters\":")
        json.int(statistics.removedCharacters)
        json.bytes.append(UInt8(ascii: "}"))
    }
}

/// Re-indents compact JSON for people: two spaces per level, objects and arrays whose members
/// are all scalars kept on one line (a token per line, not six).
enum JSONPrettyPrinter {
    static func format(_ compact: [UInt8], indent: Int = 0) -> [UInt8] {
        // Our own output: well-formed, nested a few levels deeper than any accepted input.
        let limits = JSONParser.Limits(maxDepth: 1 << 10, maxNumberLength: 1 << 20)
        let parsed: JSONValue? = compact.withUnsafeBufferPointer { bytes in
            try? JSONParser.parse(bytes, limits: limits)
        }
        guard let value = parsed else { return compact }
        var out: [UInt8] = []
        write(value, level: indent, into: &out)
        return out
    }

    static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let elements): return elements.isEmpty
        case .object(let members): return members.isEmpty
        default: return true
        }
    }

    static func write(_ value: JSONValue, level: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            if elements.allSatisfy(isScalar) && elements.count <= 16 { inline(value, into: &out); return }
            out.append(UInt8(ascii: "["))
            for (k, element) in elements.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1, &out)
                write(element, level: level + 1, into: &out)
            }
            newline(level, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            if members.allSatisfy({ isScalar($0.1) }) && level > 1 { inline(value, into: &out); return }
            out.append(UInt8(ascii: "{"))
            for (k, member) in members.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1, &out)
                var key = JSONWriter()
                key.string(member.0)
                out.append(contentsOf: key.bytes)
                out.append(contentsOf: Array(": ".utf8))
                write(member.1, level: level + 1, into: &out)
            }
            newline(level, &out)
            out.append(UInt8(ascii: "}"))
        default:
            inline(value, into: &out)
        }
    }

    /// A value on one line with a space after ":" and ",".
    static func inline(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (k, element) in elements.enumerated() {
                if k > 0 { out.append(contentsOf: Array(", ".utf8)) }
                inline(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (k, member) in members.enumerated() {
                if k > 0 { out.append(contentsOf: Array(", ".utf8)) }
                var key = JSONWriter()
                key.string(member.0)
                out.append(contentsOf: key.bytes)
                out.append(contentsOf: Array(": ".utf8))
                inline(member.1, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            var json = JSONWriter()
            json.value(value)
            out.append(contentsOf: json.bytes)
        }
    }

    static func newline(_ level: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }
}
