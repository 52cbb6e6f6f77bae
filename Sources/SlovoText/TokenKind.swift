/// What a token is. Stored in one byte inside ``Token``.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Letters (Cyrillic, Latin, mixed or other scripts), possibly hyphenated ("IT-центр"),
    /// with an apostrophe ("д'Артаньян") or an abbreviation's dot ("г.", "т.").
    case word
    /// Integers, decimals with comma or point ("0,7", "3.5"), grouped thousands ("1 000 000"),
    /// ranges and scores ("46-49", "3:0"); ordinals with a suffix ("20-й") are words.
    case number
    /// Punctuation marks, including runs such as "..." or "?!" and quotes « » „ “ " ".
    case punctuation
    /// Symbols such as "%", "$", "₽", "+", "°".
    case symbol
    /// Web addresses ("https://example.ru/a?b=1", "www.site.ru", "volbusiness.ru").
    case url
    /// E-mail addresses.
    case email
    /// "#тег".
    case hashtag
    /// "@имя".
    case mention
    /// Emoji, including sequences joined with ZWJ and runs of emoji without spaces.
    case emoji

    /// The lower-case name used in JSON and reports.
    public var description: String {
        switch self {
        case .word: return "word"
        case .number: return "number"
        case .punctuation: return "punct"
        case .symbol: return "symbol"
        case .url: return "url"
        case .email: return "email"
        case .hashtag: return "hashtag"
        case .mention: return "mention"
        case .emoji: return "emoji"
        }
    }
}

/// The writing system of a word token.
public enum Script: UInt8, Sendable, CustomStringConvertible {
    case none = 0, cyrillic, latin, mixed, other

    public var description: String {
        switch self {
        case .none: return "none"
        case .cyrillic: return "cyrillic"
        case .latin: return "latin"
        case .mixed: return "mixed"
        case .other: return "other"
        }
    }
}
