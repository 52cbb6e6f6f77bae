import Slovo

/// What the consumer prints beyond tokens and sentences, one function per layer of Slovo's
/// `Analysis` (a layer that returns nil is reported as not provided).
enum Layers {
    /// The lemma of each word of the first sentence (chosen in context).
    static func lemmas(_ analysis: Analysis) -> [String]? {
        analysis.sentences.first.map { $0.tokens.compactMap { analysis.lemma(of: $0) } }
    }

    /// The people named in the text, each once, in normal form ("Алексей Петрович Логанцов").
    static func people(_ analysis: Analysis) -> [String]? {
        analysis.entityGroups.filter { $0.type == .person }.map(\.normal)
    }

    /// The ten best key phrases of the text, in normal form, best first ("IT-кластер").
    static func keywords(_ analysis: Analysis) -> [String]? {
        analysis.keywords.prefix(10).map(\.text)
    }
}
