import Slovo

/// Generates JSON documents together with the value they denote, written with varied white
/// space and escapes (\n, \u00e9, surrogate pairs for characters outside the BMP, escaped
/// slashes), so that a parser can be checked against the value, not only against itself.
public struct JSONGenerator: Sendable {
    public var texts: TextGenerator

    public init(seed: UInt64) { texts = TextGenerator(seed: seed) }

    /// A document and its value; nesting stays within `maxDepth`.
    public mutating func document(maxDepth: Int = 6) -> (json: [UInt8], value: JSONValue) {
        var out: [UInt8] = []
        let value = write(depth: 0, maxDepth: maxDepth, into: &out)
        return (out, value)
    }

    mutating func space(_ out: inout [UInt8]) {
        guard texts.random.chance(0.3) else { return }
        out += Array(texts.random.pick([" ", "\t", "\n", "\r\n", "  "]).utf8)
    }

    mutating func write(depth: Int, maxDepth: Int, into out: inout [UInt8]) -> JSONValue {
        space(&out)
        defer { space(&out) }
        let choice = depth >= maxDepth ? texts.random.int(0...4) : texts.random.int(0...6)
        switch choice {
        case 0:
            out += Array("null".utf8)
            return .null
        case 1:
            let b = texts.random.chance(0.5)
            out += Array((b ? "true" : "false").utf8)
            return .bool(b)
        case 2:
            let number = texts.random.pick(["0", "-0", "7", "-12", "3.25", "1e5", "-2.5E-3", "0.000001", "123456789012345678901234567890", "1E+2"])
            out += Array(number.utf8)
            return .number(number)
        case 3, 4:
            let s = texts.random.chance(0.5) ? texts.piece() : texts.text(maxPieces: 4)
            writeString(s, into: &out)
            return .string(s)
        case 5:
            out.append(UInt8(ascii: "["))
            var elements: [JSONValue] = []
            for k in 0..<texts.random.int(0...4) {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                elements.append(write(depth: depth + 1, maxDepth: maxDepth, into: &out))
            }
            if elements.isEmpty { space(&out) }
            out.append(UInt8(ascii: "]"))
            return .array(elements)
        default:
            out.append(UInt8(ascii: "{"))
            var members: [(String, JSONValue)] = []
            var keys = Set<[UInt8]>()
            for _ in 0..<texts.random.int(0...4) {
                let key = texts.random.chance(0.5) ? texts.random.pick(["id", "text", "source", "ключ", ""]) : texts.piece()
                guard keys.insert(Array(key.utf8)).inserted else { continue }
                if !members.isEmpty { out.append(UInt8(ascii: ",")) }
                space(&out)
                writeString(key, into: &out)
                space(&out)
                out.append(UInt8(ascii: ":"))
                members.append((key, write(depth: depth + 1, maxDepth: maxDepth, into: &out)))
            }
            if members.isEmpty { space(&out) }
            out.append(UInt8(ascii: "}"))
            return .object(members)
        }
    }

    /// Writes `s` as a JSON string, escaping required characters and, at random, others.
    mutating func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: out += Array("\\\"".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0x2F where texts.random.chance(0.5): out += Array("\\/".utf8)
            case 0..<0x20: out += Array(hexEscape(v).utf8)
            default:
                if texts.random.chance(0.15) {
                    if v >= 0x10000 {
                        let u = v - 0x10000
                        out += Array((hexEscape(0xD800 + (u >> 10)) + hexEscape(0xDC00 + (u & 0x3FF))).utf8)
                    } else {
                        out += Array(hexEscape(v, upper: texts.random.chance(0.5)).utf8)
                    }
                } else {
                    out += Array(String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    func hexEscape(_ v: UInt32, upper: Bool = false) -> String {
        let hex = String(v, radix: 16, uppercase: upper)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
