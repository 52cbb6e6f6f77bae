/// The characters the fast word segmenter decides by itself, with their UAX #29 word-break
/// class as ICU 72 applies it, and what the tokenizer makes of them.
///
/// Only characters whose behaviour is fully known are listed: ASCII (but `_`, which is
/// ExtendNumLet), the Cyrillic letters U+0400–U+045F, the Latin-1 letters, and a few common
/// punctuation marks and spaces of Russian text. Everything else is `unknown`, and the
/// segmenter hands the text around it to ICU.
///
/// A class code is one byte: the low four bits are the word-break class, bits 4–5 say which
/// token a lone "other" character becomes; for letters, bit 4 marks '@', bit 6 an upper-case
/// letter, bit 7 a Latin one.
enum FastCharClass {
    // Word-break classes (low four bits).
    static let unknown: UInt8 = 0
    static let letter: UInt8 = 1        // ALetter, and '@' (ICU's tailoring: "@имя" stays whole)
    static let digit: UInt8 = 2         // Numeric
    static let space: UInt8 = 3         // U+0020, WSegSpace
    static let lineFeed: UInt8 = 4      // LF
    static let carriageReturn: UInt8 = 5  // CR
    static let newline: UInt8 = 6       // VT, FF, NEL, LS, PS
    static let other: UInt8 = 7         // no word-break rule applies (ICU's status 0)
    static let midLetter: UInt8 = 8     // joins letters: U+00B7 (ICU drops ':' from MidLetter)
    static let midNum: UInt8 = 9        // joins digits: ',' ';'
    static let midNumLet: UInt8 = 10    // joins letters or digits: '.' '\'' U+2018 U+2019

    static let classMask: UInt8 = 0x0F

    // What a lone character of the other and mid classes becomes (bits 4–5).
    static let blank: UInt8 = 0 << 4        // white space: no token
    static let punctuation: UInt8 = 1 << 4
    static let symbol: UInt8 = 2 << 4
    static let tokenMask: UInt8 = 3 << 4

    // Letters (bits 4, 6, 7).
    static let notAlphabetic: UInt8 = 1 << 4  // '@': joins like a letter, has no case or script
    static let upper: UInt8 = 1 << 6
    static let latin: UInt8 = 1 << 7

    /// Classes of the 128 ASCII bytes. Written once when first used, read-only after (hence
    /// safe to share); a pointer so that the scanner reads it without bounds checks.
    nonisolated(unsafe) static let asciiTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        for b in 0..<128 {
            table[b] = asciiClass(UInt8(b))
        }
        return UnsafePointer(table)
    }()

    private static func asciiClass(_ b: UInt8) -> UInt8 {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return letter | upper | latin
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return letter | latin
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit
        case 0x20: return space
        case 0x0A: return lineFeed
        case 0x0D: return carriageReturn
        case 0x0B, 0x0C: return newline
        case UInt8(ascii: "_"): return unknown  // ExtendNumLet: left to ICU
        case UInt8(ascii: "@"): return letter | notAlphabetic
        case UInt8(ascii: "."), UInt8(ascii: "'"): return midNumLet | punctuation
        case UInt8(ascii: ","), UInt8(ascii: ";"): return midNum | punctuation
        default:
            // Word_Break Other (':' and '"' included: no rule joins them outside Hebrew).
            if b == 0x09 { return other | blank }
            return other | (CharClass.isPunctuation(UInt32(b)) ? punctuation : symbol)
        }
    }

    /// The class and byte length of the non-ASCII scalar at `i` (`p[i] >= 0x80`); `unknown`
    /// for anything not listed, and for malformed or truncated UTF-8. Reads no byte at or
    /// after `end`. O(1).
    @inline(__always)
    static func nonASCII(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (UInt8, Int) {
        let b0 = p[i]
        guard i + 1 < end else { return (unknown, 1) }
        let b1 = p[i + 1]
        guard b1 & 0xC0 == 0x80 else { return (unknown, 1) }
        switch b0 {
        case 0xD0:  // U+0400–U+043F: upper case up to U+042F
            return (b1 < 0xB0 ? letter | upper : letter, 2)
        case 0xD1:  // U+0440–U+045F are lower-case letters; U+0460 on is left to ICU
            return (b1 < 0xA0 ? letter : unknown, 2)
        case 0xC3:  // U+00C0–U+00FF: Latin letters but × and ÷
            if b1 == 0x97 || b1 == 0xB7 { return (other | symbol, 2) }
            return (b1 < 0x9F ? letter | upper | latin : letter | latin, 2)
        case 0xC2:
            switch b1 {
            case 0xA0: return (other | blank, 2)           // no-break space
            case 0x85: return (newline, 2)                 // NEL
            case 0xAB, 0xBB, 0xA7: return (other | punctuation, 2)  // « » §
            case 0xB0: return (other | symbol, 2)          // °
            case 0xB7: return (midLetter | punctuation, 2)  // middle dot
            default: return (unknown, 2)
            }
        case 0xE2:
            guard i + 2 < end else { return (unknown, 1) }
            let b2 = p[i + 2]
            guard b2 & 0xC0 == 0x80 else { return (unknown, 1) }
            switch (b1, b2) {
            case (0x80, 0x90), (0x80, 0x91), (0x80, 0x93), (0x80, 0x94), (0x80, 0x95),  // hyphens, dashes
                 (0x80, 0x9C), (0x80, 0x9D), (0x80, 0x9E),  // “ ” „
                 (0x80, 0xA2), (0x80, 0xA6), (0x80, 0xB9), (0x80, 0xBA):  // • … ‹ ›
                return (other | punctuation, 3)
            case (0x80, 0x98), (0x80, 0x99):  // ‘ ’
                return (midNumLet | punctuation, 3)
            case (0x80, 0xA8), (0x80, 0xA9):  // line and paragraph separators
                return (newline, 3)
            case (0x84, 0x96), (0x88, 0x92), (0x82, 0xAC), (0x82, 0xBD):  // № − € ₽
                return (other | symbol, 3)
            default:
                return (unknown, 3)
            }
        default:
            return (unknown, 1)
        }
    }

    /// Is there a word break between a character of class `before` and one of class `after`
    /// whatever surrounds them? Both must be known classes (a known character is never
    /// Extend, Format or ZWJ, so nothing attaches to the one before). UAX #29 WB3–WB3d, and
    /// the absence of any rule that continues after an "other" character or before one.
    @inline(__always)
    static func isCertainBreak(_ before: UInt8, _ after: UInt8) -> Bool {
        let b = before & classMask, a = after & classMask
        if b == unknown || a == unknown { return false }
        if b == carriageReturn { return a != lineFeed }
        if b == lineFeed || b == newline || b == other { return true }
        if a == lineFeed || a == carriageReturn || a == newline || a == other { return true }
        if b == space { return a != space }
        if a == space { return true }
        return false
    }
}
