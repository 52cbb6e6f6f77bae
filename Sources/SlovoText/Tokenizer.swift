/// Splits Russian (and any other) text into tokens: ICU's word segments (found by a byte
/// scanner that is proven to give exactly ICU's segments, ``WordSegmenter``), then small named
/// Russian rules on top (hyphenated words, abbreviations, initials, numbers, web addresses,
/// hashtags, punctuation runs, emoji runs).
///
/// A `Tokenizer` is an immutable value: share one across threads. Each call keeps its own
/// scratch state; ICU's iterators are cached per thread. Time is linear in the text; memory
/// besides the tokens is bounded by the chunk size (about a megabyte) unless the text runs on
/// without white space, when it grows with that run.
///
/// ```swift
/// let text = "Алексей Петрович Логанцов посетил IT-центр в г. Калуге."
/// for token in Tokenizer().tokenize(text) {
///     print(token.kind, token.text(in: text))
/// }
/// ```
public struct Tokenizer: Sendable {
    /// Where the word segments under the Russian rules come from. Both give the same tokens.
    public enum Segmentation: Sendable {
        /// A byte scanner for plain Cyrillic, Latin, digit and punctuation runs, ICU for
        /// everything else; proven to give ICU's segments (``WordSegmenter``). The default.
        case fast
        /// ICU for every segment (``ICUWordSegments``): the reference, about three times slower.
        case icu
    }

    /// Where the word segments come from.
    public let segmentation: Segmentation

    /// Creates a tokenizer.
    public init(segmentation: Segmentation = .fast) {
        self.segmentation = segmentation
    }

    /// Tokens of `text`, in order. O(n) in the length of the text.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize($0) }
    }

    /// Tokens of valid UTF-8 bytes, in order. O(n).
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokenize(bytes, into: &tokens)
        return tokens
    }

    /// Appends the tokens of valid UTF-8 bytes to `tokens`, reusing its storage. O(n).
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        TokenizerPipeline.run(bytes, segmentation: segmentation, into: &tokens)
    }
}
