/// What the context search compares of one candidate analysis, packed in 32 bits and worked
/// out once per word form (``MorphologyMemo``): case, main case, number, gender, animacy and
/// the classes the rules look at. ``transition(_:governed:_:)`` scores a pair of neighbours
/// from two of these exactly as ``ContextRules/transition(_:governed:_:)`` does from their
/// tags, with a few integer compares.
struct CandidateFeatures: Sendable, Equatable {
    var bits: UInt32

    // Fields: a code of 0 means "none".
    static let caseShift: UInt32 = 0          // 4 bits: Grammeme raw value + 1
    static let mainCaseShift: UInt32 = 4      // 4 bits: ContextRules.mainCase, raw value + 1
    static let numberShift: UInt32 = 8        // 2 bits: 1 singular, 2 plural
    static let genderShift: UInt32 = 10       // 3 bits: 1 masculine, 2 feminine, 3 neuter, 4 common
    static let animacyShift: UInt32 = 13      // 2 bits: 1 animate, 2 inanimate
    // Flags.
    static let preposition: UInt32 = 1 << 16
    static let agreeing: UInt32 = 1 << 17     // ContextRules.isAgreeing
    static let noun: UInt32 = 1 << 18
    static let caseClass: UInt32 = 1 << 19    // PartOfSpeech.hasCase
    /// An oblique singular non-feminine form of "тот" that may be the pronoun "то"
    /// (``MorphologyTagger/substantivizeDemonstrative``); set by the tagger.
    static let demonstrative: UInt32 = 1 << 20
    /// A candidate that a preposition or an agreeing word before it may score: one with a
    /// case-bearing part of speech, a noun, an agreeing word.
    static let receptive: UInt32 = caseClass | noun | agreeing

    static let singularCode: UInt32 = 1
    static let feminineCode: UInt32 = 2
    static let commonGenderCode: UInt32 = 4
    static let accusativeCode = UInt32(Grammeme.accusative.rawValue) + 1

    /// The grammemes of each category as bit masks of ``GrammemeSet``'s low word, written out
    /// so that no lazily made global is touched per candidate (a test checks them against
    /// `Grammeme.cases`, `.numbers`, `.genders`, `.animacies`).
    static let caseBits: UInt64 = 0x3FF            // nomn ... loc2 (0-9)
    static let numberBits: UInt64 = 0b11 << 10     // sing, plur
    static let genderBits: UInt64 = 0b1111 << 15   // masc, femn, neut, ms-f
    static let animacyBits: UInt64 = 0b11 << 21    // anim, inan

    /// The first grammeme of `category` in `low` (as ``GrammemeSet/first(in:)``), its raw value
    /// + 1; 0 for none.
    @inline(__always)
    static func code(_ low: UInt64, _ category: UInt64) -> UInt32 {
        let bits = low & category
        return bits == 0 ? 0 : UInt32(bits.trailingZeroBitCount) + 1
    }

    /// The features of `tag`. O(1).
    init(_ tag: MorphTag) {
        let low = tag.grammemes.low
        var bits: UInt32 = 0
        let c = CandidateFeatures.code(low, CandidateFeatures.caseBits)
        if c != 0 {
            bits |= c << CandidateFeatures.caseShift
            let main = ContextRules.mainCase(Grammeme(rawValue: UInt8(c - 1))!)
            bits |= (UInt32(main.rawValue) + 1) << CandidateFeatures.mainCaseShift
        }
        let n = CandidateFeatures.code(low, CandidateFeatures.numberBits)
        if n != 0 { bits |= (n - UInt32(Grammeme.singular.rawValue)) << CandidateFeatures.numberShift }
        let g = CandidateFeatures.code(low, CandidateFeatures.genderBits)
        if g != 0 { bits |= (g - UInt32(Grammeme.masculine.rawValue)) << CandidateFeatures.genderShift }
        let a = CandidateFeatures.code(low, CandidateFeatures.animacyBits)
        if a != 0 { bits |= (a - UInt32(Grammeme.animate.rawValue)) << CandidateFeatures.animacyShift }
        let pos = tag.partOfSpeech
        if pos == .preposition { bits |= CandidateFeatures.preposition }
        if (pos == .adjective || pos == .participle) && c != 0 { bits |= CandidateFeatures.agreeing }
        if pos == .noun { bits |= CandidateFeatures.noun }
        if pos.hasCase { bits |= CandidateFeatures.caseClass }
        self.bits = bits
    }

    @inline(__always) var caseCode: UInt32 { bits & 0xF }
    @inline(__always) var mainCaseCode: UInt32 { (bits >> CandidateFeatures.mainCaseShift) & 0xF }
    @inline(__always) var numberCode: UInt32 { (bits >> CandidateFeatures.numberShift) & 0x3 }
    @inline(__always) var genderCode: UInt32 { (bits >> CandidateFeatures.genderShift) & 0x7 }
    @inline(__always) var animacyCode: UInt32 { (bits >> CandidateFeatures.animacyShift) & 0x3 }
    @inline(__always) func has(_ flag: UInt32) -> Bool { bits & flag != 0 }

    /// The cases a preposition governs as a mask over case codes, with bit 31 set; 0 for
    /// "not a preposition" (nil).
    @inline(__always)
    static func governedMask(_ cases: GrammemeSet?) -> UInt32 {
        guard let cases else { return 0 }
        var mask: UInt32 = 1 << 31
        for c in Grammeme.allCases where c.rawValue <= Grammeme.locative2.rawValue && cases.contains(c) {
            mask |= 1 << (UInt32(c.rawValue) + 1)
        }
        return mask
    }

    /// ``ContextRules/transition(_:governed:_:)`` over features; `governed` is the left
    /// token's ``governedMask(_:)``. O(1).
    @inline(__always)
    static func transition(_ l: CandidateFeatures, governed: UInt32, _ r: CandidateFeatures) -> Float {
        if l.has(preposition) {
            guard governed != 0, r.has(caseClass), r.caseCode != 0 else { return 0 }
            return governed & (1 << r.caseCode) != 0 ? ContextRules.government : ContextRules.wrongCase
        }
        if l.has(agreeing), r.bits & (noun | agreeing) != 0 {
            return agrees(l, r) ? ContextRules.agreement : ContextRules.disagreement
        }
        return 0
    }

    /// ``ContextRules/agrees(_:_:)`` over features. O(1).
    @inline(__always)
    static func agrees(_ a: CandidateFeatures, _ b: CandidateFeatures) -> Bool {
        let ma = a.mainCaseCode, mb = b.mainCaseCode
        guard a.caseCode != 0, b.caseCode != 0, ma == mb else { return false }
        let na = a.numberCode, nb = b.numberCode
        if na != 0 && nb != 0 && na != nb { return false }
        if na == singularCode || nb == singularCode {
            let ga = a.genderCode, gb = b.genderCode
            if ga != 0 && gb != 0 && ga != gb && ga != commonGenderCode && gb != commonGenderCode { return false }
        }
        if ma == accusativeCode {
            let aa = a.animacyCode, ab = b.animacyCode
            if aa != 0 && ab != 0 && aa != ab { return false }
        }
        return true
    }
}
