import SlovoText

/// The Snowball Russian stemmer, written from the algorithm's published description: regions
/// RV and R2; perfective gerund, reflexive, adjectival, verb and noun endings; a final и;
/// derivational endings; tidy-up (нн, superlatives, ь). ё is treated as е.
///
/// Its output equals the Snowball reference on every word of the Snowball test vocabulary.
/// Words with no Russian vowel to start a region (Latin words, numbers) come back unchanged,
/// lower-cased, as Snowball leaves them.
///
/// ```swift
/// let stemmer = RussianStemmer()
/// stemmer.stem("Калуге")        // "калуг"
/// stemmer.stem("вологодские")   // "вологодск"
/// ```
///
/// A `RussianStemmer` holds no state: share one freely across threads. For the hot path use
/// ``stemLength(utf8:)`` or ``stem(utf8:into:)``, which never allocate.
public struct RussianStemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// The stem of a word: lower-cased, ё folded to е, Russian endings removed.
    ///
    /// - Complexity: O(n) in the word's length. Allocates the result (and a lower-cased copy).
    public func stem(_ word: some StringProtocol) -> String {
        var lowered = word.lowercased()
        return lowered.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                stem(utf8: bytes, into: output)
            }
        }
    }

    /// The length in bytes of the stem of a word given as UTF-8 bytes.
    ///
    /// The word may be in any case and may contain ё: Cyrillic letters are compared without
    /// case and ё as е, and every Cyrillic letter takes two bytes in each of those forms. So the
    /// stem is the first `stemLength` bytes of the word once it is lower-cased and ё-folded
    /// (and, for input that is already so, simply a prefix of the input).
    ///
    /// - Complexity: O(n) in the word's length; no heap allocation.
    @inline(__always)
    public func stemLength(utf8 word: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: StemmingWord.windowSize) { ring in
            StemmingWord.stemByteCount(word, ring: ring.baseAddress!)
        }
    }

    /// Writes the stem of a word given as UTF-8 bytes into `buffer`, lower-casing ASCII and
    /// Cyrillic letters and folding ё to е, and returns its length in bytes. Other characters
    /// are copied as they are (use ``stem(_:)`` for full Unicode lower-casing).
    ///
    /// With a buffer at least as long as the word, the folded word is written in the same pass
    /// that reads it (the bytes past the returned length are scratch); a shorter buffer takes a
    /// second pass over the stem.
    ///
    /// - Precondition: `buffer` holds at least the stem; a buffer as long as `word` always does.
    /// - Complexity: O(n) in the word's length; no heap allocation.
    @inline(__always)
    public func stem(utf8 word: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        if buffer.count >= word.count, let output = buffer.baseAddress {
            // One pass: fold into the buffer while reading.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: StemmingWord.windowSize) { ring in
                StemmingWord.stemByteCount(word, ring: ring.baseAddress!, folded: output)
            }
        }
        let length = stemLength(utf8: word)
        precondition(buffer.count >= length, "the stem buffer is too small")
        return Self.copyFolded(UnsafeBufferPointer(rebasing: word[..<length]), into: buffer)
    }

    /// True when every character of the word is ASCII or a letter of the Russian alphabet, so
    /// that ``stem(utf8:into:)`` gives exactly what ``stem(_:)`` gives (it lower-cases only those).
    ///
    /// - Complexity: O(n) in the word's length; no heap allocation.
    public func foldsCaseCompletely(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = word.count
        while index < count {
            let byte = word[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard (byte == 0xD0 || byte == 0xD1) && index + 1 < count,
                  RussianLetters.code(lead: byte, trail: word[index + 1]) != RussianLetters.other
            else { return false }
            index += 2
        }
        return true
    }

    /// The stem of a token of `text` (normally a word token). See ``stem(_:)``.
    ///
    /// - Complexity: O(n) in the token's length.
    public func stem(of token: Token, in text: String) -> String {
        stem(token.text(in: text))
    }

    /// The length in bytes of the stem of a token, given the UTF-8 bytes of the text it was
    /// found in. See ``stemLength(utf8:)``.
    ///
    /// - Complexity: O(n) in the token's length; no heap allocation.
    @inline(__always)
    public func stemLength(of token: Token, in text: UnsafeBufferPointer<UInt8>) -> Int {
        stemLength(utf8: UnsafeBufferPointer(rebasing: text[token.byteRange]))
    }

    /// Copies UTF-8 bytes, lower-casing ASCII and Cyrillic А...Я and Ё and folding ё to е
    /// (none of which changes a character's length). Returns the number of bytes written.
    @inline(__always)
    static func copyFolded(_ source: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte == 0xD0 || byte == 0xD1, index + 1 < count {
                var lead = byte
                var trail = source[index + 1]
                if lead == 0xD0 {
                    switch trail {
                    case 0x90...0x9F: trail &+= 0x20                  // А...П -> а...п
                    case 0xA0...0xAF: lead = 0xD1; trail &-= 0x20     // Р...Я -> р...я
                    case 0x81: trail = 0xB5                           // Ё -> е
                    default: break
                    }
                } else if trail == 0x91 {                             // ё -> е
                    lead = 0xD0
                    trail = 0xB5
                }
                output[index] = lead
                output[index + 1] = trail
                index += 2
            } else {
                output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                index += 1
            }
        }
        return count
    }
}
