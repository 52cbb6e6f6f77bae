/// A sentence: a byte range of the original text (from its first token's start to its last
/// token's end) and the range of its tokens in the token array.
public struct Sentence: Sendable, Hashable {
    /// Byte offset of the first token.
    public var start: Int32
    /// Byte offset just past the last token (trailing white space excluded).
    public var end: Int32
    /// Indices of the sentence's tokens in the token array.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(start: Int32, end: Int32, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    /// The byte range in the original text's UTF-8 view.
    public var byteRange: Range<Int> { Int(start)..<Int(end) }
}
