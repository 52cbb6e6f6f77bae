/// The steps of the Snowball Russian algorithm, one function each, in the order the algorithm
/// applies them. All searches are for suffixes that lie entirely in RV.
extension StemmingWord {
    /// Runs every step. O(1): each step looks at a bounded number of final letters.
    @inline(__always)
    mutating func applySteps() {
        step1RemoveInflection()
        step2RemoveFinalI()
        step3RemoveDerivational()
        step4TidyUp()
    }

    /// Step 1: remove a PERFECTIVE GERUND ending; when there is none, remove a REFLEXIVE ending
    /// if present, then the first of ADJECTIVAL, VERB or NOUN that is found.
    @inline(__always)
    mutating func step1RemoveInflection() {
        if removeLongest(of: RussianSuffixes.perfectiveGerund) { return }
        _ = removeLongest(of: RussianSuffixes.reflexive)
        if removeAdjectival() { return }
        if removeLongest(of: RussianSuffixes.verb) { return }
        _ = removeLongest(of: RussianSuffixes.noun)
    }

    /// ADJECTIVAL: an ADJECTIVE ending, then a PARTICIPLE ending before it if there is one.
    @inline(__always)
    mutating func removeAdjectival() -> Bool {
        guard removeLongest(of: RussianSuffixes.adjective) else { return false }
        _ = removeLongest(of: RussianSuffixes.participle)
        return true
    }

    /// Step 2: a final и goes.
    @inline(__always)
    mutating func step2RemoveFinalI() {
        if endsWith(RussianLetters.и) { end -= 1 }
    }

    /// Step 3: a DERIVATIONAL ending goes when it lies entirely in R2.
    @inline(__always)
    mutating func step3RemoveDerivational() {
        let match = RussianSuffixes.derivational.longestMatch(in: self)
        if match.length > 0 && end - match.length >= r2 { end -= match.length }
    }

    /// Step 4: undouble a final нн; or remove a SUPERLATIVE ending, then undouble нн; or remove a
    /// final ь.
    @inline(__always)
    mutating func step4TidyUp() {
        let match = RussianSuffixes.tidyUp.longestMatch(in: self)
        switch match.value {
        case RussianSuffixes.superlative:
            end -= match.length
            undoubleN()
        case RussianSuffixes.finalN:
            undoubleN()
        case RussianSuffixes.softSign:
            end -= 1
        default:
            break
        }
    }

    /// нн at the end (both in RV) becomes н.
    @inline(__always)
    mutating func undoubleN() {
        guard end - 2 >= rv,
              code(at: end - 1) == RussianLetters.н,
              code(at: end - 2) == RussianLetters.н else { return }
        end -= 1
    }
}
