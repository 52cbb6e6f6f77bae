/// A word being stemmed: the codes of its characters (see ``RussianLetters``), where it ends now
/// that suffixes were removed, and the starts of its regions RV and R2.
///
/// Positions count characters from the start of the word. Only the last ``windowSize``
/// characters are kept, in a ring: every suffix the algorithm removes, with the letter it
/// looks at before it, lies far inside that window, so words of any length are stemmed with a
/// fixed amount of stack memory.
struct StemmingWord {
    /// Characters kept (a power of two); suffixes removed in total are at most 18 letters.
    static let windowSize = 64
    static let windowMask = windowSize - 1

    /// The ring of codes: character `i` is at `codes[i & windowMask]`.
    let codes: UnsafeMutablePointer<UInt8>
    /// Characters left: the word is `0..<end`.
    var end: Int
    /// Start of RV: the position after the first vowel (or the word's length).
    let rv: Int
    /// Start of R2 (or the word's length).
    let r2: Int

    /// The code of character `position`, which must be within the last ``windowSize``.
    @inline(__always)
    func code(at position: Int) -> UInt8 {
        codes[position & Self.windowMask]
    }

    /// True when the character before the last `suffixLength` ones is а or я and lies in RV.
    @inline(__always)
    func followsAOrYa(suffixLength: Int) -> Bool {
        let position = end - suffixLength - 1
        guard position >= rv else { return false }
        let code = code(at: position)
        return code == RussianLetters.а || code == RussianLetters.я
    }

    /// True when the word ends with `code` inside RV.
    @inline(__always)
    func endsWith(_ code: UInt8) -> Bool {
        end > rv && self.code(at: end - 1) == code
    }

    /// Removes the longest suffix of `table`, checking the condition of group 1; returns false
    /// (and removes nothing) when no suffix matches or its condition fails.
    @inline(__always)
    mutating func removeLongest(of table: SuffixTable) -> Bool {
        let match = table.longestMatch(in: self)
        guard match.length > 0 else { return false }
        if match.value == RussianSuffixes.followsAOrYa && !followsAOrYa(suffixLength: match.length) {
            return false
        }
        end -= match.length
        return true
    }
}
