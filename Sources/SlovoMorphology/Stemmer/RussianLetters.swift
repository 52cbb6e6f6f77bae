/// The internal alphabet of the stemmer: one byte per character of a word.
///
/// Lower-case Cyrillic letters а...я get the codes 1...32 in alphabetical order, ё and Ё share
/// the code of е (the algorithm treats ё as е), upper-case А...Я share the code of their
/// lower-case letter, and every other character (Latin letters, digits, hyphens, combining
/// marks, other Cyrillic letters such as і or ђ) gets 0, which is "not a vowel" and appears in
/// no suffix.
enum RussianLetters {
    /// Code of characters that are not Russian letters.
    static let other: UInt8 = 0

    static let а: UInt8 = 1
    static let е: UInt8 = 6
    static let и: UInt8 = 9
    static let н: UInt8 = 14
    static let я: UInt8 = 32

    /// The vowels of the algorithm.
    static let vowels = "аеиоуыэюя"

    /// Bit `c` is set when code `c` is a vowel (а 1, е 6, и 9, о 15, у 20, ы 28, э 30, ю 31,
    /// я 32). A literal, so the hot loop reads a constant; a test checks it against ``vowels``.
    static let vowelMask: UInt64 = 0x1_D010_8242

    /// True when `code` is a vowel. O(1).
    @inline(__always)
    static func isVowel(_ code: UInt8) -> Bool {
        (vowelMask >> UInt64(code)) & 1 != 0
    }

    /// The code of one Unicode scalar (for building tables; the hot path decodes bytes with
    /// ``code(lead:trail:)``).
    static func code(of scalar: Unicode.Scalar) -> UInt8 {
        let bytes = Array(String(scalar).utf8)
        guard bytes.count == 2, bytes[0] == 0xD0 || bytes[0] == 0xD1 else { return other }
        return code(lead: bytes[0], trail: bytes[1])
    }

    /// The code of the two-byte UTF-8 sequence `lead trail`, where `lead` is 0xD0 or 0xD1.
    /// O(1), no table.
    @inline(__always)
    static func code(lead: UInt8, trail: UInt8) -> UInt8 {
        if lead == 0xD0 {
            switch trail {
            case 0xB0...0xBF: return trail &- 0xAF          // а...п
            case 0x90...0xAF: return trail &- 0x8F          // А...Я
            case 0x81: return е                              // Ё
            default: return other
            }
        } else {
            switch trail {
            case 0x80...0x8F: return trail &- 0x80 &+ 17     // р...я
            case 0x91: return е                              // ё
            default: return other
            }
        }
    }

    /// Writes the two UTF-8 bytes of the lower-case letter of `code` (1...32) at `bytes`.
    @inline(__always)
    static func writeLowercase(_ code: UInt8, to bytes: UnsafeMutablePointer<UInt8>) {
        if code <= 16 {
            bytes[0] = 0xD0
            bytes[1] = code &+ 0xAF          // а...п: D0 B0...BF
        } else {
            bytes[0] = 0xD1
            bytes[1] = code &+ 0x6F          // р...я: D1 80...8F
        }
    }

    /// The letter of a code, for tests and debugging ("?" for ``other``).
    static func letter(_ code: UInt8) -> Character {
        guard code >= 1 && code <= 32 else { return "?" }
        return Character(Unicode.Scalar(0x042F + UInt32(code))!)
    }
}
