/// The lexicon's one-byte alphabet: Russian letters, hyphen, apostrophe, dot, digits and Latin
/// letters. Words are looked up as code sequences (lower-case), which halves the bytes of
/// Cyrillic text and makes case folding a table lookup.
///
/// Codes: 1...33 а...я with ё at 7 (after е); 34 "-"; 35 "'"; 36 "."; 37...46 digits;
/// 47...72 Latin a...z. 0 is never a letter. The generator writes the same alphabet into the
/// file's `ALPH` section, and loading checks it.
enum Alphabet {
    static let letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя-'.0123456789abcdefghijklmnopqrstuvwxyz"
    static let ye: UInt8 = 6
    static let yo: UInt8 = 7
    static let hyphen: UInt8 = 34
    static let apostrophe: UInt8 = 35
    static let dot: UInt8 = 36
    static let firstDigit: UInt8 = 37
    static let firstLatin: UInt8 = 47
    static let count = 72

    /// Whether `code` is a Cyrillic letter.
    @inline(__always) static func isCyrillic(_ code: UInt8) -> Bool { code >= 1 && code <= 33 }
    /// Whether `code` is a Latin letter.
    @inline(__always) static func isLatin(_ code: UInt8) -> Bool { code >= firstLatin && code < firstLatin + 26 }
    /// Whether `code` is a digit.
    @inline(__always) static func isDigit(_ code: UInt8) -> Bool { code >= firstDigit && code < firstDigit + 10 }
    /// `code` with ё folded to е (the lookup key).
    @inline(__always) static func fold(_ code: UInt8) -> UInt8 { code == yo ? ye : code }

    /// The code of a Unicode scalar, lower-cased; `ignorable` for stress marks and soft hyphens;
    /// nil for anything outside the alphabet. O(1).
    @inline(__always)
    static func code(of scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x430...0x435: return UInt8(scalar - 0x430 + 1)        // а...е
        case 0x436...0x44F: return UInt8(scalar - 0x436 + 8)        // ж...я
        case 0x410...0x415: return UInt8(scalar - 0x410 + 1)        // А...Е
        case 0x416...0x42F: return UInt8(scalar - 0x416 + 8)        // Ж...Я
        case 0x451, 0x401: return yo
        case 0x2D, 0x2010, 0x2011: return hyphen
        case 0x27, 0x2019: return apostrophe
        case 0x2E: return dot
        case 0x30...0x39: return UInt8(scalar - 0x30) + firstDigit
        case 0x61...0x7A: return UInt8(scalar - 0x61) + firstLatin
        case 0x41...0x5A: return UInt8(scalar - 0x41) + firstLatin
        case 0x300, 0x301, 0xAD: return ignorable
        default: return nil
        }
    }

    /// Returned by ``code(of:)`` for characters that are dropped (stress marks, soft hyphen).
    static let ignorable: UInt8 = 0

    /// UTF-8 of each code, lower-case: `utf8Lower[code]` has 1 or 2 bytes.
    static let utf8Lower: [[UInt8]] = {
        var table: [[UInt8]] = [[]]
        for ch in letters.unicodeScalars { table.append(Array(String(ch).utf8)) }
        return table
    }()

    /// Writes the lower-case UTF-8 of `code` (one or two bytes) at `out + at`; returns the
    /// offset after it. O(1).
    @inline(__always)
    static func writeUTF8(_ code: UInt8, to out: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
        if code >= 1 && code <= 33 {
            let scalar: UInt32
            if code <= 6 { scalar = 0x430 + UInt32(code - 1) }
            else if code == yo { scalar = 0x451 }
            else { scalar = 0x436 + UInt32(code - 8) }
            out[at] = UInt8(0xC0 | (scalar >> 6))
            out[at + 1] = UInt8(0x80 | (scalar & 0x3F))
            return at + 2
        }
        if code >= hyphen && code < firstLatin + 26 {
            // "-", "'", ".", digits, Latin: one byte each.
            let byte: UInt8
            switch code {
            case hyphen: byte = 0x2D
            case apostrophe: byte = 0x27
            case dot: byte = 0x2E
            default: byte = code < firstLatin ? code - firstDigit + 0x30 : code - firstLatin + 0x61
            }
            out[at] = byte
            return at + 1
        }
        // Code 0 (never stored) and anything else: as the table says.
        var n = at
        for b in utf8Lower[Int(code)] { out[n] = b; n += 1 }
        return n
    }

    /// Appends the lower-case UTF-8 of `code` to `out`. O(1).
    @inline(__always)
    static func appendUTF8(_ code: UInt8, to out: inout [UInt8]) {
        // Fast path for Cyrillic: two bytes computed, no table.
        if code >= 1 && code <= 33 {
            let scalar: UInt32
            if code <= 6 { scalar = 0x430 + UInt32(code - 1) }
            else if code == yo { scalar = 0x451 }
            else { scalar = 0x436 + UInt32(code - 8) }
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            out.append(contentsOf: utf8Lower[Int(code)])
        }
    }
}
