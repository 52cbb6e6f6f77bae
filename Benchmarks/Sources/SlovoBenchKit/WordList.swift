import Slovo

/// Words of a text, stored contiguously: the lower-cased Cyrillic words (the stemmers' input,
/// the same for Slovo and for libstemmer) or every word token as written (the lemmatizer's).
public struct WordList: Sendable {
    /// The words' bytes, one after another.
    public let storage: [UInt8]
    /// Word `k` is `storage[offsets[k] ..< offsets[k + 1]]`.
    public let offsets: [Int32]

    /// Number of words.
    public var count: Int { offsets.count - 1 }
    /// Bytes of all words.
    public var byteCount: Int { storage.count }
    /// The longest word, in bytes.
    public let longest: Int

    /// The word tokens of `text` written in Cyrillic, lower-cased (ё kept: both stemmers fold
    /// it), at most `limit` of them.
    public init(text: BenchText, limit: Int = .max) {
        self.init(text: text, limit: limit, asWritten: false)
    }

    /// With `asWritten`, every word token of `text` (any script) as it is written, the
    /// lemmatizer's input; otherwise the lower-cased Cyrillic words of ``init(text:limit:)``.
    public init(text: BenchText, limit: Int = .max, asWritten: Bool) {
        var storage: [UInt8] = []
        var offsets: [Int32] = [0]
        var longest = 0
        var source = asWritten ? String(decoding: text.bytes, as: UTF8.self)
                               : String(decoding: text.bytes, as: UTF8.self).lowercased()
        source.withUTF8 { bytes in
            for token in Tokenizer().tokenize(bytes)
            where token.kind == .word && (asWritten || token.script == .cyrillic) {
                storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.byteRange]))
                offsets.append(Int32(storage.count))
                longest = max(longest, token.byteCount)
                if offsets.count > limit { break }
            }
        }
        self.storage = storage
        self.offsets = offsets
        self.longest = longest
    }

    /// Calls `body` with each word's bytes. No allocation.
    @inline(__always)
    public func forEach(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        storage.withUnsafeBufferPointer { all in
            offsets.withUnsafeBufferPointer { offsets in
                var start = Int(offsets[0])
                for k in 1..<offsets.count {
                    let end = Int(offsets[k])
                    body(UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
        }
    }
}
