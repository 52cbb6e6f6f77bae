import Slovo

/// What the consumer prints beyond tokens and sentences. Each layer is one function: it returns
/// nil while Slovo's `Analysis` does not carry that layer, and the printout says so. When a
/// layer lands on main, replace `nil` with the line in the comment (written against the API of
/// the branch that brings it).
enum Layers {
    /// The lemma of each word of the first sentence (chosen in context).
    static func lemmas(_ analysis: Analysis) -> [String]? {
        analysis.sentences.first.map { $0.tokens.compactMap { analysis.lemma(of: $0) } }
    }

    /// The people named in the text, each once, in normal form ("Алексей Петрович Логанцов").
    static func people(_ analysis: Analysis) -> [String]? {
        analysis.entityGroups.filter { $0.type == .person }.map(\.normal)
    }

    /// The key phrases of the text, best first (SlovoKeywords; no API yet).
    static func keywords(_ analysis: Analysis) -> [String]? { nil }
}
