import SlovoText

/// The result of analysing one text: its tokens and sentences (more layers as they land).
/// Offsets are UTF-8 byte offsets into ``text``; the JSON output converts them to code points.
public struct Analysis: Sendable {
    /// The text as given. With page cleaning (``Analyzer/analyze(_:cleaning:)``) this is the
    /// original, not the blanked copy that was analysed: offsets are valid in both.
    public internal(set) var text: String
    /// What page cleaning removed (empty without cleaning), sorted by offset.
    public internal(set) var removed: [RemovedRange] = []
    /// Tokens in text order.
    public let tokens: [Token]
    /// Sentences in text order; each holds a range of ``tokens``.
    public let sentences: [Sentence]

    /// Creates an analysis from its parts.
    public init(text: String, tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text of token `index`.
    public func text(of index: Int) -> Substring { tokens[index].text(in: text) }
}
