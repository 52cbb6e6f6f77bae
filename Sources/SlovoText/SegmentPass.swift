/// The first tokenizer pass for the segments that need more than their hint: segments cut by
/// web and e-mail addresses, ICU's segments (classified here, white space dropped), and dotted
/// letter segments ("т.д", "А.П.Логанцов", split here). ``TokenAssembler`` calls it.
enum SegmentPass {
    /// A segment that overlaps an address: the address becomes one token (where it starts),
    /// the parts of the segment outside it are classified on their own.
    static func appendAroundSpans(_ segment: ScannedSegment, _ spans: [SpecialSpans.Span], _ spanIndex: inout Int,
                                  _ bytes: UnsafeBufferPointer<UInt8>, to raw: inout RawTokenWriter) {
        var s = Int(segment.start)
        let e = Int(segment.end)
        while s < e {
            if spanIndex < spans.count && spans[spanIndex].start <= s {
                let span = spans[spanIndex]
                if s < span.end {
                    if s == span.start {
                        raw.append(Token(start: Int32(span.start), end: Int32(span.end), kind: span.kind), shaped: false)
                    }
                    s = min(e, span.end)
                    if s == span.end { spanIndex += 1 }
                } else {
                    spanIndex += 1
                }
                continue
            }
            let limit = spanIndex < spans.count ? min(e, spans[spanIndex].start) : e
            let status = (s == Int(segment.start) && limit == e) ? Int32(segment.ruleStatus) : -1
            appendPiece(bytes, s, limit, status: status, to: &raw)
            s = limit
        }
    }

    /// Classifies `bytes[start..<end]` and appends it (or its parts) unless it is white space.
    static func appendPiece(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, status: Int32,
                            to raw: inout RawTokenWriter) {
        var s = start
        // Leading white space and ignorable characters are not text (a space may carry a
        // combining mark in ICU's segment).
        while s < end {
            let (c, len) = UTF8Scanning.decode(bytes, at: s)
            guard CharClass.isWhitespace(c) || CharClass.isIgnorable(c) else { break }
            s += len
        }
        guard s < end else { return }
        // ICU keeps U+202F NARROW NO-BREAK SPACE inside and at the end of words and numbers (it
        // is ExtendNumLet in UAX #29), but no token holds white space: cut there, without
        // recursion ("1 000" with it is joined again by the grouped-thousands rule).
        var partStart = s
        while let space = narrowNoBreakSpace(bytes, partStart, end) {
            if partStart < space { appendPiece(bytes, partStart, space, status: -1, to: &raw) }
            partStart = space + 3
        }
        if partStart != s {
            if partStart < end { appendPiece(bytes, partStart, end, status: -1, to: &raw) }
            return
        }
        let kind: TokenKind
        if status >= 200 {
            kind = .word
        } else if status >= 100 {
            kind = .number
        } else {
            kind = classify(bytes, s, end)
        }
        if kind == .word && containsDot(bytes, s, end) {
            splitDotted(bytes, s, end, into: &raw)
            return
        }
        raw.append(Token(start: Int32(s), end: Int32(end), kind: kind), shaped: false,
                   startsWithAt: bytes[s] == UInt8(ascii: "@"))
    }

    /// The kind of a segment that ICU did not tag as a word or number.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TokenKind {
        let (c, _) = UTF8Scanning.decode(bytes, at: start)
        if CharClass.isEmoji(c) { return .emoji }
        if c < 0x80 {
            if CharClass.isASCIIDigit(c) { return .number }
            if CharClass.isLetter(c) { return .word }
            return CharClass.isPunctuation(c) ? .punctuation : .symbol
        }
        if CharClass.isLetter(c) { return .word }
        if let scalar = Unicode.Scalar(c), scalar.properties.numericType != nil,
           scalar.properties.generalCategory == .decimalNumber {
            return .number
        }
        if CharClass.isPunctuation(c) { return .punctuation }
        // A keycap or a text-style pictograph followed by the emoji variation selector.
        if end - start > UTF8Scanning.scalarLength(lead: bytes[start]) {
            var i = start + UTF8Scanning.scalarLength(lead: bytes[start])
            while i < end {
                let (next, len) = UTF8Scanning.decode(bytes, at: i)
                if next == 0xFE0F || next == 0x20E3 || next == 0x200D { return .emoji }
                i += len
            }
        }
        return .symbol
    }

    /// The offset of the first U+202F (E2 80 AF) in `bytes[start..<end]`, or nil.
    @inline(__always)
    static func narrowNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i + 2 < end {
            if bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xAF { return i }
            i += 1
        }
        return nil
    }

    @inline(__always)
    static func containsDot(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: ".") { return true }
            i += 1
        }
        return false
    }

    /// "т.д" -> "т." "д"; "А.П.Логанцов" -> "А." "П." "Логанцов"; "Node.js" stays whole.
    /// Every part but the last must be a single letter or a known abbreviation.
    /// Two passes over the bytes (check, then emit), no allocation: O(end - start).
    static func splitDotted(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                            into raw: inout RawTokenWriter) {
        guard dottedPartsSplit(bytes, start, end) else {
            raw.append(Token(start: Int32(start), end: Int32(end), kind: .word), shaped: false,
                       startsWithAt: bytes[start] == UInt8(ascii: "@"))
            return
        }
        var partStart = start
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: ".") {
                let part = partStart..<i
                let isInitial = UTF8Scanning.scalarCount(bytes, part) == 1
                    && CharClass.isUppercase(UTF8Scanning.decode(bytes, at: part.lowerBound).scalar)
                raw.append(Token(start: Int32(part.lowerBound), end: Int32(part.upperBound + 1), kind: .word,
                                 flags: isInitial ? .initial : .abbreviation), shaped: false,
                           startsWithAt: bytes[part.lowerBound] == UInt8(ascii: "@"))
                partStart = i + 1
            }
            i += 1
        }
        raw.append(Token(start: Int32(partStart), end: Int32(end), kind: .word), shaped: false,
                   startsWithAt: bytes[partStart] == UInt8(ascii: "@"))
    }

    /// Whether ``splitDotted(_:_:_:into:)`` splits: every part before a dot is a single
    /// character or a known abbreviation, and the part after the last dot is not empty.
    private static func dottedPartsSplit(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var partStart = start
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: ".") {
                let part = partStart..<i
                guard !part.isEmpty, UTF8Scanning.scalarCount(bytes, part) == 1 || Abbreviations.isAbbreviation(bytes, part) else {
                    return false
                }
                partStart = i + 1
            }
            i += 1
        }
        return partStart < end
    }
}
