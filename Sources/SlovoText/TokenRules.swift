/// The tokenizer's Russian rules, one small function each. See ``JoinPass`` for the order.
enum TokenRules {
    // MARK: - Forward rules

    /// Tries the forward rules at raw token `i`; returns how many raw tokens became one token.
    static func forward(_ v: RawView, _ i: Int) -> (Int, Token)? {
        let t = v[i]
        switch t.kind {
        case .punctuation:
            // Only '#', '@' (hashtags, mentions) and '&' (entities) start a rule.
            guard t.byteCount == 1 else { return nil }
            let b = v.bytes[Int(t.start)]
            guard b == UInt8(ascii: "#") || b == UInt8(ascii: "@") || b == UInt8(ascii: "&") else { return nil }
            return hashtagOrMention(v, i) ?? htmlEntity(v, i)
        case .word where v.bytes[Int(t.start)] == UInt8(ascii: "@"):
            // ICU keeps "@имя" in one segment.
            return hashtagOrMention(v, i)
        case .word:
            // A word joins only across a hyphen right after it (compounds, suspended hyphens).
            return v.isHyphen(i + 1) ? compound(v, i) : nil
        case .number:
            return compound(v, i)
        default:
            return nil
        }
    }

    /// "#тег", "@имя", "@screened-200", "#hotel_grafit": '#' or '@' not after a letter,
    /// then letters and digits, joined by '-', '_' or '.'.
    static func hashtagOrMention(_ v: RawView, _ i: Int) -> (Int, Token)? {
        let isHash = v.isChar(i, UInt8(ascii: "#"))
        let atInsideWord = v[i].kind == .word && v[i].byteCount > 1
        guard atInsideWord || ((isHash || v.isChar(i, UInt8(ascii: "@"))) && v.adjacent(i, i + 1) && v.isWordOrNumber(i + 1))
        else { return nil }
        if let before = v.scalar(before: v[i].start), CharClass.isLetter(before) || CharClass.isASCIIDigit(before) {
            return nil
        }
        var j = atInsideWord ? i : i + 1
        while true {
            if v.adjacent(j, j + 1) && v.isWordOrNumber(j + 1) {
                j += 1
            } else if (v.isHyphen(j + 1) || v.isChar(j + 1, UInt8(ascii: "_")) || v.isChar(j + 1, UInt8(ascii: ".")))
                        && v.adjacent(j, j + 1) && v.adjacent(j + 1, j + 2) && v.isWordOrNumber(j + 2) {
                j += 2
            } else {
                break
            }
        }
        return (j - i + 1, Token(start: v[i].start, end: v[j].end, kind: isHash ? .hashtag : .mention))
    }

    /// "&#39;", "&quot;", and runs of one entity ("&#39;&#39;", a quote in scraped text).
    static func htmlEntity(_ v: RawView, _ i: Int) -> (Int, Token)? {
        func entityEnd(_ k: Int) -> Int? {
            guard v.isChar(k, UInt8(ascii: "&")), v.adjacent(k, k + 1) else { return nil }
            var j = k + 1
            if v.isChar(j, UInt8(ascii: "#")) {
                guard v.adjacent(j, j + 1) else { return nil }
                j += 1
            }
            guard v.isWordOrNumber(j), v[j].end - v[j].start <= 8, v.adjacent(j, j + 1), v.isChar(j + 1, UInt8(ascii: ";"))
            else { return nil }
            return j + 1
        }
        guard let end = entityEnd(i) else { return nil }
        var last = end
        let length = Int(v[end].end - v[i].start)
        while v.adjacent(last, last + 1), let next = entityEnd(last + 1),
              Int(v[next].end - v[last + 1].start) == length,
              sameBytes(v.bytes, Int(v[i].start), Int(v[last + 1].start), length) {
            last = next
        }
        return (last - i + 1, Token(start: v[i].start, end: v[last].end, kind: .punctuation))
    }

    /// Words and numbers joined into one token: grouped thousands ("1 000 000"), hyphenated
    /// compounds ("кто-то", "IT-центр", "20-й", "1960-х", "46-49"), "3:0", "06:30", "2007/08",
    /// and a suspended hyphen before a conjunction ("воздушно- и ...").
    static func compound(_ v: RawView, _ i: Int) -> (Int, Token)? {
        var j = i
        var hyphenated = false
        if v[i].kind == .number { j = groupedThousands(v, i) }
        while true {
            let lastIsNumber = v[j].kind == .number && v.isDigitsOrDecimal(j)
            if v.isHyphen(j + 1), v.adjacent(j, j + 1), v.adjacent(j + 1, j + 2), v.isWordOrNumber(j + 2) {
                j += 2
                hyphenated = true
            } else if lastIsNumber, v.isChar(j + 1, UInt8(ascii: ":")) || v.isChar(j + 1, UInt8(ascii: "/")),
                      v.adjacent(j, j + 1), v.adjacent(j + 1, j + 2), v.isWordOrNumber(j + 2),
                      v[j + 2].kind == .number, v.isDigits(j + 2) {
                j += 2
            } else {
                break
            }
        }
        if v.isHyphen(j + 1), v.adjacent(j, j + 1), v[j].kind == .word, suspendedHyphen(v, j + 1) {
            return (j - i + 2, Token(start: v[i].start, end: v[j + 1].end, kind: .word, flags: .hyphenated))
        }
        guard j > i else { return nil }
        let kind: TokenKind = v[i].kind == .number ? .number : .word
        return (j - i + 1, Token(start: v[i].start, end: v[j].end, kind: kind, flags: hyphenated ? .hyphenated : []))
    }

    /// The last raw token of a run "1 000 000" that starts at number `i` (or `i` itself).
    static func groupedThousands(_ v: RawView, _ i: Int) -> Int {
        let length = v[i].end - v[i].start
        guard length <= 3, v.isDigits(i) else { return i }
        var j = i
        while j + 1 < v.count, v[j + 1].kind == .number, isGroupSeparator(v.bytes, Int(v[j].end), Int(v[j + 1].start)),
              startsWithThreeDigits(v, j + 1) {
            j += 1
            if !v.isDigits(j) || v[j].end - v[j].start != 3 { break }  // a decimal tail ends the run
        }
        return j
    }

    /// One space, no-break space, narrow no-break space or thin space.
    static func isGroupSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1: return bytes[start] == 0x20
        case 2: return bytes[start] == 0xC2 && bytes[start + 1] == 0xA0
        case 3: return bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && (bytes[start + 2] == 0xAF || bytes[start + 2] == 0x89)
        default: return false
        }
    }

    static func startsWithThreeDigits(_ v: RawView, _ i: Int) -> Bool {
        let s = Int(v[i].start), e = Int(v[i].end)
        guard e - s >= 3 else { return false }
        for k in s..<(s + 3) where !(v.bytes[k] >= UInt8(ascii: "0") && v.bytes[k] <= UInt8(ascii: "9")) { return false }
        if e - s == 3 { return true }
        let next = v.bytes[s + 3]
        return next == UInt8(ascii: ",") || next == UInt8(ascii: ".")
    }

    /// A hyphen at `h` followed by white space and "и", "или", "либо", "а".
    static func suspendedHyphen(_ v: RawView, _ h: Int) -> Bool {
        guard h + 1 < v.count, !v.adjacent(h, h + 1), v[h + 1].kind == .word else { return false }
        let gap = Int(v[h].end)..<Int(v[h + 1].start)
        guard gap.count <= 3, gap.allSatisfy({ v.bytes[$0] == 0x20 }) else { return false }
        return WordTables.contains(WordTables.suspendedHyphenFollowers, TokenizerData.suspendedHyphenFollowers,
                                   v.bytes, v[h + 1].byteRange)
    }

    static func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ length: Int) -> Bool {
        for k in 0..<length where bytes[a + k] != bytes[b + k] { return false }
        return true
    }

    // MARK: - Backward rules

    /// Extends `last` (the last emitted token) with raw token `i` when a rule says they are one
    /// token: an abbreviation's or initial's dot, a punctuation run, an emoji run. `run`
    /// remembers what the punctuation run rule learnt about `last`, so that a long run is read
    /// once, not once per mark.
    static func attachBackward(_ v: RawView, _ i: Int, to last: inout Token, run: inout PunctuationRunSummary) -> Bool {
        let t = v[i]
        guard last.end == t.start else { return false }
        switch (last.kind, t.kind) {
        case (.word, .punctuation):
            return abbreviationDot(v, i, to: &last)
        case (.punctuation, .punctuation):
            return punctuationRun(v, i, to: &last, run: &run)
        case (.emoji, .emoji):
            last.end = t.end
            return true
        default:
            return false
        }
    }

    /// "г" + "." -> "г."; "А" + "." -> "А." (an initial). Not before a second dot ("г...").
    static func abbreviationDot(_ v: RawView, _ i: Int, to last: inout Token) -> Bool {
        guard v.isChar(i, UInt8(ascii: ".")), !(v.isChar(i + 1, UInt8(ascii: ".")) && v.adjacent(i, i + 1)) else { return false }
        let bytes = v.bytes
        let lastEnd = Int(last.end)
        guard lastEnd > 0, bytes[lastEnd - 1] != UInt8(ascii: ".") else { return false }
        let range = last.byteRange
        let letters = UTF8Scanning.scalarCount(bytes, range)
        let first = UTF8Scanning.decode(bytes, at: range.lowerBound).scalar
        if letters == 1 && CharClass.isUppercase(first) {
            last.end = v[i].end
            last.flags.insert(.initial)
            return true
        }
        guard Abbreviations.isAbbreviation(bytes, range) else { return false }
        if Abbreviations.isAlsoWord(bytes, range) {
            // Only when what follows cannot start a sentence.
            var k = Int(v[i].end)
            while k < bytes.count, bytes[k] == 0x20 { k += 1 }
            if k < bytes.count {
                let next = UTF8Scanning.decode(bytes, at: k).scalar
                if CharClass.isUppercase(next) || next == 0x0A || next == 0x0D { return false }
            } else {
                return false
            }
        }
        last.end = v[i].end
        last.flags.insert(.abbreviation)
        return true
    }

    /// Sentence-final runs ("...", "?!", "!!!", "?.."), runs of one mark (")))", "--", "``"),
    /// and emoticons (":)", "=(").
    static func punctuationRun(_ v: RawView, _ i: Int, to last: inout Token, run: inout PunctuationRunSummary) -> Bool {
        let bytes = v.bytes
        let (c, _) = UTF8Scanning.decode(bytes, at: Int(v[i].start))
        guard v[i].end - v[i].start == Int32(UTF8Scanning.scalarLength(lead: bytes[Int(v[i].start)])) else {
            return false
        }
        // Scalars of the run so far (read again only when `last` is not the run summarized).
        if run.start != last.start || run.end != last.end { run = PunctuationRunSummary(last, bytes) }
        let joins: Bool
        if run.allTerminal && isTerminal(c) {
            joins = true
        } else if run.uniformScalar == c && isRepeatable(c) {
            joins = true
        } else if run.count == 1 && (run.firstScalar == 0x3A || run.firstScalar == 0x3B || run.firstScalar == 0x3D)
                    && (c == 0x29 || c == 0x28) {
            // An emoticon only when it is not "word:(" inside a list: require space or start before.
            if let before = v.scalar(before: last.start), !CharClass.isWhitespace(before) { return false }
            joins = true
        } else {
            joins = false
        }
        guard joins else { return false }
        last.end = v[i].end
        run.add(c, end: last.end)
        return true
    }

    /// ".", "!", "?", "…"
    @inline(__always) static func isTerminal(_ c: UInt32) -> Bool {
        c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026
    }

    /// Marks whose runs read as one token: ")))", "((", "--", "``", "''", "**", "==", "~~".
    @inline(__always) static func isRepeatable(_ c: UInt32) -> Bool {
        c == 0x29 || c == 0x28 || c == 0x2D || c == 0x60 || c == 0x27 || c == 0x2A || c == 0x3D || c == 0x7E
            || c == 0x2B || c == 0x5F || c == 0x23 || c == 0x30FB
    }
}

extension RawView {
    /// Digits, possibly with a decimal part ("3,5").
    func isDigitsOrDecimal(_ i: Int) -> Bool {
        let t = self[i]
        var k = Int(t.start)
        while k < Int(t.end) {
            let b = bytes[k]
            guard (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ",") || b == UInt8(ascii: ".")
            else { return false }
            k += 1
        }
        return true
    }
}

/// What ``TokenRules/punctuationRun(_:_:to:run:)`` needs to know about the scalars of the
/// punctuation token it may extend: whether all are terminal marks, whether all are one
/// scalar, how many, the first.
struct PunctuationRunSummary {
    /// The token summarized (-1, -1: none).
    var start: Int32 = -1
    var end: Int32 = -1
    var allTerminal = true
    /// The scalar every one of them is, or nil when they differ.
    var uniformScalar: UInt32?
    var count = 0
    var firstScalar: UInt32 = 0

    init() {}

    /// Reads the scalars of `token`. O(token length).
    init(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) {
        start = token.start
        end = token.end
        var k = Int(token.start)
        while k < Int(token.end) {
            let (s, len) = UTF8Scanning.decode(bytes, at: k)
            if count == 0 {
                firstScalar = s
                uniformScalar = s
            }
            if !TokenRules.isTerminal(s) { allTerminal = false }
            if s != uniformScalar { uniformScalar = nil }
            count += 1
            k += len
        }
    }

    /// The run grew by `scalar`, up to `end`. O(1).
    mutating func add(_ scalar: UInt32, end: Int32) {
        self.end = end
        if !TokenRules.isTerminal(scalar) { allTerminal = false }
        if scalar != uniformScalar { uniformScalar = nil }
        count += 1
    }
}
