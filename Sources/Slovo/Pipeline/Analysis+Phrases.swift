import SlovoText
import SlovoMorphology

extension Analysis {
    /// The tokens `range` (a noun phrase found in this analysis: an entity, a key phrase) in
    /// their dictionary form: the head noun in the nominative, agreeing adjectives, name parts
    /// in the nominative, the rest as written; the text between tokens is kept as it is, and
    /// each word keeps its capitalization. Nil without morphology.
    ///
    /// ```swift
    /// let a = try Analyzer.standard().analyze("Сотрудники Банка «Открытие» приехали.")
    /// a.normalizedPhrase(1..<5)   // "Банк «Открытие»"
    /// ```
    /// O(words × analyses²).
    public func normalizedPhrase(_ range: Range<Int>, gender: Grammeme? = nil) -> String? {
        guard let lexicon, !range.isEmpty else { return lexicon == nil ? nil : "" }
        // The words of the phrase (punctuation and other tokens are kept but do not take part).
        let wordIndices = range.filter { tokens[$0].kind == .word }
        let normalized = PhraseNormalizer(lexicon: lexicon).normalize(wordIndices.map { text(of: $0) }, gender: gender)
        var replacement: [Int: String] = [:]
        for (k, index) in wordIndices.enumerated() { replacement[index] = normalized[k] }
        var out = ""
        let utf8 = text.utf8
        for k in range {
            if k > range.lowerBound {
                let gap = utf8.index(utf8.startIndex, offsetBy: Int(tokens[k - 1].end))..<utf8.index(utf8.startIndex, offsetBy: Int(tokens[k].start))
                out += text[gap]
            }
            out += replacement[k] ?? String(text(of: k))
        }
        return out
    }
}
