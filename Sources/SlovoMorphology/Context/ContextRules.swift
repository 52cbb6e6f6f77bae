#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scores for choosing analyses in context: the log-likelihood of each analysis, and bonuses
/// or penalties for neighbours that fit together or not.
enum ContextRules {
    /// Bonus for an adjective (or participle, pronoun-adjective) agreeing with the next word.
    static let agreement: Float = 3
    /// Penalty for an adjective that does not agree with the noun or adjective after it.
    static let disagreement: Float = -2
    /// Bonus for a case the preposition before governs; penalty for another case.
    static let government: Float = 3
    static let wrongCase: Float = -3

    /// Weight of the choice among one lexeme's forms, against the choice of the lexeme.
    static let formWeight: Float = 0.3

    /// Log-likelihood of each analysis of one word: the likelihood of its lexeme (its most
    /// likely analysis), plus a weaker share for the form, so that context decides among the
    /// forms of one lexeme more easily than between lexemes. O(k²).
    static func emissions(_ analyses: [WordAnalysis], _ range: Range<Int>, into scores: UnsafeMutableBufferPointer<Float>) {
        for i in range {
            let a = analyses[i]
            var lexeme: Float = 0
            for j in range where analyses[j].paradigm == a.paradigm && analyses[j].base == a.base {
                lexeme = max(lexeme, analyses[j].score)
            }
            let l = max(lexeme, 0.0005)
            let e = log2f(l) + formWeight * log2f(max(a.score, 0.0005) / l)
            scores[i] = isPossessive(a.tag) ? max(e, possessiveFloor) : e
        }
    }

    /// The least log-likelihood of the possessive reading of "его", "её", "их": OpenCorpora's
    /// statistics all but ignore it, yet before a noun it is the usual reading.
    static let possessiveFloor: Float = -3.3

    /// The indeclinable possessives "его", "её", "их".
    @inline(__always)
    static func isPossessive(_ tag: MorphTag) -> Bool {
        tag.partOfSpeech == .adjective && tag.grammemes.contains(.fixed) && tag.grammemes.contains(.pronominal)
    }

    /// Score of `right` directly after `left`; `governed` is the set of cases governed by the
    /// left token when it is a preposition.
    @inline(__always)
    static func transition(_ left: WordAnalysis, governed: GrammemeSet?, _ right: WordAnalysis) -> Float {
        let l = left.tag, r = right.tag
        if l.partOfSpeech == .preposition {
            guard let governed, r.partOfSpeech.hasCase, let c = r.case else { return 0 }
            return governed.contains(c) ? government : wrongCase
        }
        if isAgreeing(l), r.partOfSpeech == .noun || isAgreeing(r) {
            return agrees(l, r) ? agreement : disagreement
        }
        return 0
    }

    /// Words that agree with the noun they modify: full adjectives and participles (including
    /// pronoun-adjectives "этот", "его").
    @inline(__always)
    static func isAgreeing(_ tag: MorphTag) -> Bool {
        (tag.partOfSpeech == .adjective || tag.partOfSpeech == .participle) && tag.case != nil
    }

    /// Case, number, gender (in the singular) and animacy (when both have it) agree.
    @inline(__always)
    static func agrees(_ a: MorphTag, _ b: MorphTag) -> Bool {
        guard let ca = a.case, let cb = b.case, mainCase(ca) == mainCase(cb) else { return false }
        let na = a.number, nb = b.number
        if let na, let nb, na != nb { return false }
        if na == .singular || nb == .singular {
            if let ga = a.gender, let gb = b.gender, ga != gb, ga != .commonGender, gb != .commonGender { return false }
        }
        if mainCase(ca) == .accusative, let aa = a.animacy, let ab = b.animacy, aa != ab { return false }
        return true
    }

    /// The second genitive, accusative and locative count as the main ones.
    @inline(__always)
    static func mainCase(_ c: Grammeme) -> Grammeme {
        switch c {
        case .genitive2: return .genitive
        case .accusative2: return .accusative
        case .locative2: return .prepositional
        default: return c
        }
    }
}
