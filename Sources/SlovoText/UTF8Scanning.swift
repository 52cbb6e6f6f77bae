/// Small helpers for reading Unicode scalars straight from valid UTF-8 bytes.
///
/// Every function assumes valid UTF-8 (Swift strings always are) and an index at a scalar
/// boundary. They never allocate.
public enum UTF8Scanning {
    /// Length in bytes of the scalar whose lead byte is `lead`.
    @inlinable @inline(__always)
    public static func scalarLength(lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar starting at `index`. O(1).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            guard index + 1 < bytes.count else { return (0xFFFD, 1) }
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard index + 2 < bytes.count else { return (0xFFFD, bytes.count - index) }
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6)
                | (UInt32(bytes[index + 2]) & 0x3F), 3)
        }
        guard index + 3 < bytes.count else { return (0xFFFD, bytes.count - index) }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4)
    }

    /// Decodes the scalar that ends just before `index`. O(1).
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> (scalar: UInt32, length: Int) {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && index - start < 4 { start -= 1 }
        return decode(bytes, at: start)
    }

    /// Number of scalars (code points) in `bytes[range]`: the count of non-continuation bytes.
    @inlinable
    public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether `b0 b1` is the UTF-8 of a scalar in U+0400-U+045F (the basic Cyrillic block).
    @inline(__always)
    package static func isBasicCyrillic(_ b0: UInt8, _ b1: UInt8) -> Bool {
        (b0 == 0xD0 && b1 >= 0x80 && b1 <= 0xBF) || (b0 == 0xD1 && b1 >= 0x80 && b1 <= 0x9F)
    }

    /// The number of hyphens in `bytes` when they hold only printable ASCII (with tab) and
    /// basic Cyrillic (U+0400-U+045F), else nil. In such text every scalar is a `Character` of
    /// its own (no combining marks, no CR LF), so byte-level paths can stand for `String` ones.
    /// O(count).
    package static func hyphenCountIfSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hyphens = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20 || b == 0x09, b != 0x7F else { return nil }
                if b == 0x2D { hyphens += 1 }
                i += 1
            } else {
                guard i + 1 < bytes.count, isBasicCyrillic(b, bytes[i + 1]) else { return nil }
                i += 2
            }
        }
        return hyphens
    }
}

/// Character classes used by the tokenizer and the sentence splitter.
public enum CharClass {
    @inlinable @inline(__always)
    public static func isCyrillicLetter(_ c: UInt32) -> Bool {
        (c >= 0x0400 && c <= 0x0481) || (c >= 0x048A && c <= 0x052F)
    }

    @inlinable @inline(__always)
    public static func isLatinLetter(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
    }

    @inlinable @inline(__always)
    public static func isASCIIDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Any letter, by Unicode properties (fast paths for Latin-1, Cyrillic and General
    /// Punctuation, which holds no letter).
    @inlinable
    public static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        if c < 0xC0 { return c == 0xAA || c == 0xB5 || c == 0xBA }  // ª µ º
        if c < 0x100 { return c != 0xD7 && c != 0xF7 }
        if isCyrillicLetter(c) { return true }
        if c >= 0x2000 && c <= 0x206F { return false }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isAlphabetic && !scalar.properties.isWhitespace
    }

    /// Upper-case letters (fast paths for Latin and Cyrillic).
    @inlinable
    public static func isUppercase(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        if c >= 0x0410 && c <= 0x042F { return true }
        if c == 0x0401 { return true }
        if c >= 0x0430 && c <= 0x045F { return false }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isUppercase
    }

    /// Lower-case letters (fast paths for Latin and Cyrillic).
    @inlinable
    public static func isLowercase(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        if c >= 0x0430 && c <= 0x045F { return true }
        if c >= 0x0400 && c <= 0x042F { return false }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isLowercase
    }

    /// White space by Unicode's White_Space property.
    @inlinable
    public static func isWhitespace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        if c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 { return true }
        if c >= 0x2000 && c <= 0x200A { return true }
        return c == 0x85 || c == 0x1680
    }

    /// Characters that take no room and carry no text: zero-width space, word joiner, BOM,
    /// soft hyphen, bidi marks. They are skipped like white space.
    @inlinable
    public static func isIgnorable(_ c: UInt32) -> Bool {
        c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD
            || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
    }

    /// Combining marks (general categories Mn, Mc, Me) and variation selectors.
    @inlinable
    public static func isCombining(_ c: UInt32) -> Bool {
        if c < 0x0300 { return false }
        if c <= 0x036F { return true }
        if c >= 0xFE00 && c <= 0xFE0F { return true }
        guard let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Emoji that render as pictures: Extended_Pictographic, regional indicators and keycaps.
    @inlinable
    public static func isEmoji(_ c: UInt32) -> Bool {
        if c < 0xA9 { return false }
        if c >= 0x1F1E6 && c <= 0x1F1FF { return true }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isEmojiPresentation
            || (scalar.properties.isEmoji && c >= 0x2000)
    }

    /// Punctuation by general category (P*), plus the ASCII ones.
    @inlinable
    public static func isPunctuation(_ c: UInt32) -> Bool {
        if c < 0x80 {
            switch UInt8(c) {
            case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "%"),
                UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"),
                UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"),
                UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "`"):
                return c != 0x25  // '%' is a symbol for us
            default: return false
            }
        }
        guard let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
