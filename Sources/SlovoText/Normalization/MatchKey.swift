/// The matching form of a word: lower case, ё folded to е, stress marks (U+0301, U+0300) and
/// soft hyphens (U+00AD) dropped, "и" + combining breve composed to "й". Two spellings of one
/// word ("Ёлка", "ёлка", "елка", "ё́лка") get the same key.
///
/// Written into a caller's buffer, so that the hot path allocates nothing. Cyrillic and Latin
/// are handled byte by byte; other scripts go through Unicode's lower-case mapping.
public enum MatchKey {
    /// The most bytes a key can take for `byteCount` input bytes.
    @inlinable public static func capacity(for byteCount: Int) -> Int { byteCount * 3 + 4 }

    /// Writes the key of `bytes[range]` into `out` (which must have ``capacity(for:)`` bytes)
    /// and returns its length. O(n).
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                             into out: UnsafeMutablePointer<UInt8>) -> Int {
        var i = range.lowerBound
        var o = 0
        let end = range.upperBound
        let source = UnsafeRawPointer(bytes.baseAddress!)
        let target = UnsafeMutableRawPointer(out)
        while i < end {
            // The common case first: a run of lower-case letters а..п (D0 B0..BF) and р..я
            // (D1 80..8F), none followed by a combining mark (whose UTF-8 starts with 0xCC),
            // copied eight bytes at a time, then two.
            while i &+ 8 < end {
                let word = source.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                guard isFourLowerCaseLetters(word), bytes[i &+ 8] != 0xCC else { break }
                target.storeBytes(of: word.littleEndian, toByteOffset: o, as: UInt64.self)
                i &+= 8
                o &+= 8
            }
            while i &+ 2 < end {
                let pair = source.loadUnaligned(fromByteOffset: i, as: UInt16.self).littleEndian
                let masked = pair & 0xF0FF
                guard masked == 0xB0D0 || masked == 0x80D1, bytes[i &+ 2] != 0xCC else { break }
                target.storeBytes(of: pair.littleEndian, toByteOffset: o, as: UInt16.self)
                i &+= 2
                o &+= 2
            }
            guard i < end else { break }
            let b = bytes[i]
            if b < 0x80 {
                out[o] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                o += 1
                i += 1
                continue
            }
            if (b == 0xD0 || b == 0xD1) && i + 1 < end {
                let b1 = bytes[i + 1]
                var c0 = b, c1 = b1
                if b == 0xD0 {
                    if b1 >= 0x90 && b1 <= 0x9F { c1 = b1 + 0x20 }                       // А..П
                    else if b1 >= 0xA0 && b1 <= 0xAF { c0 = 0xD1; c1 = b1 - 0x20 }         // Р..Я
                    else if b1 == 0x81 { c1 = 0xB5 }                                      // Ё -> е
                    else if b1 >= 0x80 && b1 <= 0x8F { c0 = 0xD1; c1 = b1 + 0x10 }         // Ѐ..Џ
                } else if b1 == 0x91 {
                    c0 = 0xD0; c1 = 0xB5                                                  // ё -> е
                }
                // и/И + combining breve (U+0306) -> й; е + combining diaeresis (U+0308) -> е.
                if i + 3 < end && bytes[i + 2] == 0xCC && (bytes[i + 3] == 0x86 || bytes[i + 3] == 0x88) {
                    if c0 == 0xD0 && c1 == 0xB8 && bytes[i + 3] == 0x86 { c1 = 0xB9; i += 2 }
                    else if c0 == 0xD0 && c1 == 0xB5 && bytes[i + 3] == 0x88 { i += 2 }
                }
                out[o] = c0
                out[o + 1] = c1
                o += 2
                i += 2
                continue
            }
            let (scalar, length) = UTF8Scanning.decode(bytes, at: i)
            i += length
            if scalar == 0x301 || scalar == 0x300 || scalar == 0xAD { continue }
            guard let s = Unicode.Scalar(scalar) else { continue }
            if s.properties.changesWhenLowercased {
                for lower in s.properties.lowercaseMapping.utf8 {
                    out[o] = lower
                    o += 1
                }
            } else {
                var k = i - length
                while k < i { out[o] = bytes[k]; o += 1; k += 1 }
            }
        }
        return o
    }

    /// Whether the eight bytes of `word` (little-endian: the first byte lowest) are four
    /// lower-case letters а..я: each 16-bit lane, masked with F0FF, is B0D0 (D0 B0..BF) or
    /// 80D1 (D1 80..8F). Xored with B0D0, a lane is 0 or 3001 exactly then: no bit set outside
    /// bits 0, 12 and 13, and those three alike. O(1), no branch.
    @inline(__always)
    static func isFourLowerCaseLetters(_ word: UInt64) -> Bool {
        let x = (word & 0xF0FF_F0FF_F0FF_F0FF) ^ 0xB0D0_B0D0_B0D0_B0D0
        let outside = x & ~0x3001_3001_3001_3001
        let unlike = ((x ^ (x >> 12)) | (x ^ (x >> 13))) & 0x0001_0001_0001_0001
        return outside | unlike == 0
    }

    /// The key of a string (allocates; for tests and non-hot paths).
    public static func of<S: StringProtocol>(_ text: S) -> String {
        var copy = String(text)
        return copy.withUTF8 { bytes in
            let capacity = capacity(for: bytes.count)
            return String(unsafeUninitializedCapacity: capacity) { out in
                write(bytes, 0..<bytes.count, into: out.baseAddress!)
            }
        }
    }
}
