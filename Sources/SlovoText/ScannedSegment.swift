/// One word-break segment as the tokenizer receives it: ICU's boundaries and rule status, and
/// for segments the fast path decided, what kind of token it is and the case and script of
/// its letters, so that the tokenizer need not decode the segment again.
/// Twelve bytes wide.
struct ScannedSegment {
    var start: Int32
    var end: Int32
    /// ICU's rule status: 0 none, 100 number, 200 letter, 300 kana, 400 ideographic.
    var ruleStatus: Int16
    var hint: SegmentHint
    /// Case and script of the letters (words and numbers of the fast path only).
    var shape: TokenFlags
}

/// What the fast path knows about a segment. The cases from ``word`` on become one token
/// each, of ``tokenKind``, without looking at the text again.
enum SegmentHint: UInt8 {
    /// From ICU: the tokenizer classifies it.
    case unclassified
    /// White space: no token.
    case blank
    /// Letters and digits ending in a letter, with a dot inside ("т.д", "Node.js"): split or not
    /// by the abbreviation rule.
    case dottedWord
    /// Letters and digits ending in a letter, without a dot.
    case word
    /// The same, starting with '@' (ICU keeps "@имя" in one segment): maybe a mention.
    case wordAfterAt
    /// Letters and digits ending in a digit ("2013", "3,5", "ab12").
    case number
    /// One punctuation mark.
    case punctuation
    /// One symbol.
    case symbol

    /// Whether the segment becomes one token of ``tokenKind``.
    @inline(__always) var isOneToken: Bool { rawValue >= SegmentHint.word.rawValue }

    /// The kind of that token (conditional moves, not a jump table).
    @inline(__always) var tokenKind: TokenKind {
        self == .number ? .number : self == .punctuation ? .punctuation : self == .symbol ? .symbol : .word
    }
}
