import Slovo

/// What the consumer prints beyond tokens and sentences. Each layer is one function: it returns
/// nil while Slovo's `Analysis` does not carry that layer, and the printout says so. When a
/// layer lands, replace `nil` with the one line that reads it.
enum Layers {
    /// The lemma of each word of the first sentence. Arrives with the lexicon
    /// (`Analyzer.standard()`, then `analysis.lemma(of:)`).
    static func lemmas(_ analysis: Analysis) -> [String]? { nil }

    /// The people named in the text, in normal form (SlovoEntities).
    static func people(_ analysis: Analysis) -> [String]? { nil }

    /// The key phrases of the text, best first (SlovoKeywords).
    static func keywords(_ analysis: Analysis) -> [String]? { nil }
}
