import Slovo

/// Rules for Slovo's JSON:
///
/// - output is one line of valid UTF-8 with no raw control character, DEL, U+2028 or U+2029,
///   and Slovo's strict parser reads it back;
/// - whatever the parser accepts, the writer writes back to a document the parser reads as the
///   same value (strings compared byte for byte, numbers by their text), and writing that again
///   gives the same bytes;
/// - a parse error names an offset inside the input.
public enum JSONInvariants {
    /// Checks that `bytes` is one safe line of output (see above; the line feed that ends a
    /// JSONL line must be removed first).
    public static func checkOutputLine(_ bytes: [UInt8]) -> Violations {
        var v = Violations()
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset($0) }) {
            v.add("output is not valid UTF-8 at byte \(bad)")
        }
        for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x7F {
            v.add("raw control byte 0x\(String(b, radix: 16)) at byte \(i) of the output")
        }
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                v.add("raw U+202\(bytes[i + 2] == 0xA8 ? 8 : 9) at byte \(i) of the output")
            }
            i += 1
        }
        return v
    }

    /// Parses `bytes`, and when it is accepted, checks the write/parse round trip.
    public static func checkRoundTrip(_ bytes: [UInt8], limits: JSONParser.Limits = .init()) -> Violations {
        var v = Violations()
        switch parse(bytes, limits: limits) {
        case .failure(let error):
            v.expect(error.offset >= 0 && error.offset <= bytes.count,
                     "error offset \(error.offset) outside the input of \(bytes.count) bytes (\(error))")
        case .success(let value):
            var writer = JSONWriter()
            writer.value(value)
            let written = writer.bytes
            v.merge(checkOutputLine(written), prefix: "written back: ")
            switch parse(written, limits: limits) {
            case .failure(let error):
                v.add("the parser rejects what the writer wrote: \(error); written \(Quoted.swiftLiteral(String(decoding: written, as: UTF8.self)))")
            case .success(let again):
                v.expect(identical(value, again), "the value changed in a write/parse round trip")
                var rewriter = JSONWriter()
                rewriter.value(again)
                v.expect(rewriter.bytes == written, "writing the value again gives different bytes")
            }
        }
        return v
    }

    /// Parses bytes into a result.
    public static func parse(_ bytes: [UInt8], limits: JSONParser.Limits = .init()) -> Result<JSONValue, JSONParser.Error> {
        bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONParser.Error) {
                return .success(try JSONParser.parse(buffer, limits: limits))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Structural equality with strings compared byte for byte (not by canonical equivalence
    /// as `String ==` does) and numbers by their text.
    public static func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0.utf8.elementsEqual($1.0.utf8) && identical($0.1, $1.1) }
        default: return false
        }
    }
}
