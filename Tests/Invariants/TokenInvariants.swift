import SlovoText

/// The rules every tokenization must keep, whatever the text:
///
/// 1. every token is non-empty and inside the text;
/// 2. tokens are in text order and do not overlap;
/// 3. every token starts and ends on a Unicode scalar boundary;
/// 4. every character outside all tokens is white space (Unicode White_Space) or one of the
///    ignorable characters of ``ignorables`` (nothing that carries text is dropped);
/// 5. no token starts or ends with white space.
public enum TokenInvariants {
    /// Characters that carry no text and may be left outside tokens: zero-width space and
    /// joiners, word joiner, byte order mark, soft hyphen, bidirectional marks, embeddings,
    /// overrides and isolates.
    public static let ignorables: Set<UInt32> = [
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    /// May this character be left outside every token?
    public static func mayBeSkipped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ignorables.contains(scalar.value)
    }

    /// Checks `tokens` against the rules above for `text`.
    public static func check(_ text: String, _ tokens: [Token]) -> Violations {
        check(utf8: Array(text.utf8), tokens)
    }

    /// Checks `tokens` against the rules above for valid UTF-8 `bytes`.
    public static func check(utf8 bytes: [UInt8], _ tokens: [Token]) -> Violations {
        var v = Violations()
        let count = bytes.count
        var previousEnd = 0
        var structureHolds = true
        for (k, token) in tokens.enumerated() {
            let s = Int(token.start), e = Int(token.end)
            guard s >= 0, s < e, e <= count else {
                v.add("token \(k) \(s)..<\(e) is empty or outside the text of \(count) bytes")
                structureHolds = false
                continue
            }
            if s < previousEnd {
                v.add("token \(k) \(s)..<\(e) starts before the previous token ends (\(previousEnd))")
                structureHolds = false
            }
            if !isScalarBoundary(bytes, s) || !isScalarBoundary(bytes, e) {
                v.add("token \(k) \(s)..<\(e) is not on scalar boundaries")
                structureHolds = false
            }
            previousEnd = max(previousEnd, e)
        }
        // Content checks need a sound structure.
        guard structureHolds else { return v }
        var gapStart = 0
        for (k, token) in tokens.enumerated() {
            checkGap(bytes, gapStart..<Int(token.start), &v)
            let first = scalar(bytes, at: Int(token.start))
            let last = scalar(bytes, endingAt: Int(token.end))
            if first.properties.isWhitespace || last.properties.isWhitespace {
                let text = String(decoding: bytes[token.byteRange], as: UTF8.self)
                v.add("token \(k) \(Quoted.swiftLiteral(text)) starts or ends with white space")
            }
            gapStart = Int(token.end)
        }
        checkGap(bytes, gapStart..<count, &v)
        return v
    }

    static func checkGap(_ bytes: [UInt8], _ gap: Range<Int>, _ v: inout Violations) {
        var offset = gap.lowerBound
        while offset < gap.upperBound {
            let c = scalar(bytes, at: offset)
            if !mayBeSkipped(c) {
                v.add("character U+\(String(c.value, radix: 16, uppercase: true)) at byte \(offset) is in no token")
            }
            offset += sequenceLength(bytes[offset])
        }
    }

    /// Is `offset` the start of a scalar (or the end of the text)?
    public static func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    /// Length of the UTF-8 sequence that starts with `lead` (valid UTF-8 assumed).
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar that starts at `offset` of valid UTF-8.
    static func scalar(_ bytes: [UInt8], at offset: Int) -> Unicode.Scalar {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[offset..<min(bytes.count, offset + 4)].makeIterator()
        if case .valid(let encoded) = parser.parseScalar(from: &iterator) { return Unicode.UTF8.decode(encoded) }
        return "\u{FFFD}"
    }

    /// The scalar that ends just before `offset` of valid UTF-8.
    static func scalar(_ bytes: [UInt8], endingAt offset: Int) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(bytes, at: start)
    }
}
