/// One token: its kind and a UTF-8 byte range into the original text.
///
/// A token owns no string: call ``text(in:)`` to read it. Offsets are `Int32` to keep the token
/// 12 bytes wide; documents are limited to 2 GiB.
public struct Token: Sendable, Hashable {
    /// Byte offset of the first UTF-8 byte in the original text.
    public var start: Int32
    /// Byte offset just past the last UTF-8 byte (exclusive).
    public var end: Int32
    /// What the token is.
    public var kind: TokenKind
    /// Properties found while tokenizing (case, script, abbreviation...).
    public var flags: TokenFlags

    /// Creates a token over `start..<end` of the text's UTF-8 bytes.
    @inlinable
    public init(start: Int32, end: Int32, kind: TokenKind, flags: TokenFlags = []) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    /// The byte range in the original text's UTF-8 view.
    @inlinable public var byteRange: Range<Int> { Int(start)..<Int(end) }

    /// Number of UTF-8 bytes.
    @inlinable public var byteCount: Int { Int(end - start) }

    /// The token's text in `text`, which must be the string that was tokenized. O(1) for
    /// native Swift strings.
    @inlinable
    public func text(in text: String) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let upper = utf8.index(lower, offsetBy: Int(end - start))
        return text[lower..<upper]
    }

    /// The script of a word token (none for other kinds).
    @inlinable @inline(__always) public var script: Script { flags.script }
}

/// Properties of a token, packed into one byte. (The flags are inlinable computed constants,
/// not stored `static let`s, which other modules read through a call and a once-check.)
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first letter is upper-case ("Калуга", "IT").
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// Every letter is upper-case and there are at least two ("МИД", "IT").
    @inlinable public static var allCaps: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// An abbreviation from the abbreviation list, with its dot ("г.", "т.", "ул.") or
    /// without ("млн", "тыс").
    @inlinable public static var abbreviation: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// One upper-case letter and a dot, as in initials ("А.").
    @inlinable public static var initial: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// Joined from parts by a hyphen ("кто-то", "20-й").
    @inlinable public static var hyphenated: TokenFlags { TokenFlags(rawValue: 1 << 4) }
    // Bits 5-7 hold the script.
    static let scriptShift: UInt8 = 5
    static let scriptMask: UInt8 = 0b1110_0000

    /// The script of a word.
    @inlinable public var script: Script {
        Script(rawValue: (rawValue & 0b1110_0000) >> 5) ?? .none
    }

    /// A copy with the script bits set.
    @inlinable public func with(script: Script) -> TokenFlags {
        TokenFlags(rawValue: (rawValue & 0b0001_1111) | (script.rawValue << 5))
    }
}
