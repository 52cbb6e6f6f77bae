/// A ``WordAnalysis`` as a ``MorphologyMemo`` keeps it: the same fields in 40 bytes, the base's
/// codes (usually a handful) kept apart in the memo's arena instead of inline in 72 bytes, so
/// that a memo of many words stays small and in cache. ``analysis(codes:)`` rebuilds the value
/// exactly.
struct StoredAnalysis {
    var low: UInt64
    var high: UInt64
    var score: Float
    /// Where the base's codes start in the memo's arena.
    var baseStart: UInt32
    var paradigm: UInt16
    var form: UInt16
    /// Raw values of the part of speech and the method.
    var partOfSpeech: UInt8
    var method: UInt8
    var prior: UInt8
    var fixedPrefix: UInt8
    var stemLength: UInt8
    var baseCount: UInt8

    /// `a` with its base stored from `baseStart` on. O(1).
    init(_ a: WordAnalysis, baseStart: Int) {
        low = a.tag.grammemes.low
        high = a.tag.grammemes.high
        score = a.score
        self.baseStart = UInt32(baseStart)
        paradigm = a.paradigm
        form = a.form
        partOfSpeech = a.tag.partOfSpeech.rawValue
        method = a.method.rawValue
        prior = a.prior
        fixedPrefix = a.fixedPrefix
        stemLength = a.stemLength
        baseCount = UInt8(a.base.count)
    }

    /// The analysis, its base read from `codes` (the arena, which has 64 readable bytes from
    /// any base's start on). O(1).
    @inline(__always)
    func analysis(codes: UnsafePointer<UInt8>) -> WordAnalysis {
        var grammemes = GrammemeSet()
        grammemes.low = low
        grammemes.high = high
        return WordAnalysis(tag: MorphTag(PartOfSpeech(unchecked: partOfSpeech), grammemes), score: score,
                            method: WordAnalysis.Method(unchecked: method), paradigm: paradigm, form: form, prior: prior,
                            fixedPrefix: fixedPrefix, stemLength: stemLength,
                            base: InlineCodes(loading: UnsafeRawPointer(codes + Int(baseStart)), count: Int(baseCount)))
    }
}

extension PartOfSpeech {
    /// The case with raw value `raw`, which must be one (a raw value read back from a
    /// ``StoredAnalysis``). O(1): the raw values are the case indices, in order (a test checks).
    @inline(__always)
    init(unchecked raw: UInt8) { self = unsafeBitCast(raw, to: PartOfSpeech.self) }
}

extension WordAnalysis.Method {
    /// The case with raw value `raw`, which must be one. O(1), as ``PartOfSpeech/init(unchecked:)``.
    @inline(__always)
    init(unchecked raw: UInt8) { self = unsafeBitCast(raw, to: WordAnalysis.Method.self) }
}
