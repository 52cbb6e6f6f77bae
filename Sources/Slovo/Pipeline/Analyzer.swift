import SlovoText

/// The Slovo pipeline: text -> tokens -> sentences -> (morphology, entities, keywords).
///
/// Build one `Analyzer` and share it: it is immutable and `Sendable`, and every call keeps its
/// own scratch state, so any number of threads may call ``analyze(_:)`` at once.
///
/// ```swift
/// let analyzer = Analyzer()
/// let analysis = analyzer.analyze("Вологодские представители посетили IT-центр в Калуге.")
/// print(analysis.tokens.count, analysis.sentences.count)
/// ```
public struct Analyzer: Sendable {
    /// The tokenizer used.
    public let tokenizer: Tokenizer
    /// The sentence splitter used.
    public let sentenceSplitter: SentenceSplitter

    /// Creates an analyzer.
    public init() {
        tokenizer = Tokenizer()
        sentenceSplitter = SentenceSplitter()
    }

    /// Analyses one text. O(n) in its length.
    public func analyze(_ text: String) -> Analysis {
        var text = text
        let (tokens, sentences) = text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes)
            return (tokens, sentenceSplitter.split(bytes, tokens: tokens))
        }
        return Analysis(text: text, tokens: tokens, sentences: sentences)
    }
}
