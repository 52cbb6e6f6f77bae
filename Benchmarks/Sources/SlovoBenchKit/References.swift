import CBenchICU
import CLibstemmer

/// The raw ICU word-break loop over UTF-8 input, conversion to UTF-16 included: the
/// reference the tokenizer is measured against.
public final class ICUWordBreakReference {
    let scratch: UnsafeMutablePointer<UInt16>
    let capacity: Int

    /// Prepares a UTF-16 buffer for inputs of up to `maxBytes` UTF-8 bytes.
    public init(maxBytes: Int) {
        capacity = max(1, maxBytes)
        scratch = .allocate(capacity: capacity)
    }

    deinit { scratch.deallocate() }

    /// Word-break boundaries in `text`. O(n).
    public func boundaries(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(text.count <= capacity)
        return Int(slovo_bench_icu_word_boundaries(text.baseAddress, Int32(text.count), scratch, Int32(capacity)))
    }

    /// ICU's version.
    public static var version: String { String(cString: slovo_bench_icu_version()) }
}

/// The Snowball project's C libstemmer, Russian, UTF-8: the stemmer's reference.
public final class LibstemmerReference {
    let stemmer: OpaquePointer

    /// Nil when libstemmer has no Russian stemmer.
    public init?() {
        guard let stemmer = sb_stemmer_new("russian", "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The length in bytes of the stem of `word`; the stem stays in libstemmer's buffer.
    @inline(__always)
    public func stemLength(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        _ = sb_stemmer_stem(stemmer, word.baseAddress, Int32(word.count))
        return Int(sb_stemmer_length(stemmer))
    }

    /// The stem of `word` as bytes (for checks, allocates).
    public func stem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let result = sb_stemmer_stem(stemmer, word.baseAddress, Int32(word.count)) else { return [] }
        return Array(UnsafeBufferPointer(start: result, count: Int(sb_stemmer_length(stemmer))))
    }
}
