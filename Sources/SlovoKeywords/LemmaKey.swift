/// 64-bit keys for lemmas and lemma sequences: the keyword stage compares words by these keys
/// and makes no `String` until it writes its output.
///
/// A lemma's key is FNV-1a over its UTF-8 bytes with "ё" folded to "е" (the lemma is
/// lower-case already), so "ёлка" and "елка" share a key. The function is fixed (no per-process
/// seed) because the background file (``KeywordBackground``) stores these keys.
///
/// ```swift
/// LemmaKey.of("ёлка") == LemmaKey.of("елка")       // true
/// LemmaKey.combine(LemmaKey.of("клуб"), LemmaKey.of("директор"))   // the phrase's key
/// ```
public enum LemmaKey {
    /// The key of the lower-case lemma `bytes` (UTF-8); never 0. O(n), no allocation.
    @inlinable
    public static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = 0
        let n = bytes.count
        while i < n {
            var b = bytes[i]
            // ё (D1 91) -> е (D0 B5)
            if b == 0xD1 && i + 1 < n && bytes[i + 1] == 0x91 {
                h = (h ^ 0xD0) &* 0x0000_0100_0000_01B3
                b = 0xB5
                i += 1
            }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h == 0 ? 1 : h
    }

    /// The key of a lower-case lemma given as a string (allocates a copy; for tests and data
    /// building). O(n).
    public static func of(_ lemma: some StringProtocol) -> UInt64 {
        var copy = String(lemma)
        return copy.withUTF8 { of(utf8: $0) }
    }

    /// The key of a phrase whose key so far is `phrase`, extended by the lemma key `next`;
    /// order-sensitive and never 0. A phrase of one word has that word's key. O(1).
    @inlinable
    public static func combine(_ phrase: UInt64, _ next: UInt64) -> UInt64 {
        var h = (phrase ^ (phrase >> 29)) &* 0xBF58_476D_1CE4_E5B9
        h ^= next &+ 0x9E37_79B9_7F4A_7C15 &+ (h << 6) &+ (h >> 2)
        return h == 0 ? 1 : h
    }
}
