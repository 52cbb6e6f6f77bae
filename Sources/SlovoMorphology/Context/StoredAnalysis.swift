/// A ``WordAnalysis`` as a ``MorphologyMemo`` keeps it: the same fields in 64 bytes (one cache
/// line), the base's codes inline when there are at most ``inlineCapacity`` (nearly always),
/// else in the memo's arena, instead of 72 bytes of inline codes, so that a memo of many words
/// stays small and reading one back touches one line. ``analysis(codes:)`` rebuilds the value
/// (the codes past the base's count read as zero).
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
    /// The base's codes when it has at most ``inlineCapacity``, the rest zero.
    var inlineCodes: (UInt64, UInt64, UInt64) = (0, 0, 0)

    /// The most codes kept inline.
    static let inlineCapacity = 24

    /// Whether a base of `count` codes is kept inline (else in the arena).
    @inline(__always)
    static func isInline(_ count: Int) -> Bool { count <= inlineCapacity }

    /// `a`, its base inline when it fits, else stored in the arena from `baseStart` on. O(1).
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
        let n = a.base.count
        baseCount = UInt8(n)
        if StoredAnalysis.isInline(n) {
            a.base.withCodes { source in
                withUnsafeMutableBytes(of: &inlineCodes) { $0.baseAddress!.copyMemory(from: source, byteCount: n) }
            }
        }
    }

    /// The analysis, its base read inline or from `codes` (the arena, which has 64 readable
    /// bytes from any base's start on). O(1).
    @inline(__always)
    func analysis(codes: UnsafePointer<UInt8>) -> WordAnalysis {
        var grammemes = GrammemeSet()
        grammemes.low = low
        grammemes.high = high
        let n = Int(baseCount)
        let base = StoredAnalysis.isInline(n)
            ? InlineCodes(words: inlineCodes, count: n)
            : InlineCodes(loading: UnsafeRawPointer(codes + Int(baseStart)), count: n)
        return WordAnalysis(tag: MorphTag(PartOfSpeech(unchecked: partOfSpeech), grammemes), score: score,
                            method: WordAnalysis.Method(unchecked: method), paradigm: paradigm, form: form, prior: prior,
                            fixedPrefix: fixedPrefix, stemLength: stemLength, base: base)
    }
}

extension PartOfSpeech {
    /// The case with raw value `raw`, which must be one (a raw value read back from a
    /// ``StoredAnalysis``). O(1): the raw values are the case indices, in order (a test checks).
    @inlinable
    init(unchecked raw: UInt8) { self = unsafeBitCast(raw, to: PartOfSpeech.self) }
}

extension WordAnalysis.Method {
    /// The case with raw value `raw`, which must be one. O(1), as ``PartOfSpeech/init(unchecked:)``.
    @inlinable
    init(unchecked raw: UInt8) { self = unsafeBitCast(raw, to: WordAnalysis.Method.self) }
}
