/// A small seeded random generator (SplitMix64): the same seed always gives the same texts, so
/// a failing property test names a seed that reproduces it.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// Generates hostile and ordinary text: Russian and Latin words, numbers, punctuation and
/// quotes, abbreviations and initials, web addresses, combining marks, characters outside the
/// BMP and emoji sequences, CR LF and lone CR, byte order marks, zero-width joiners, right-to-left
/// marks and scripts, NUL and other control characters, and random Unicode scalars.
public struct TextGenerator: Sendable {
    public var random: SeededRandom

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// Whole fragments that exercise the tokenizer's and the splitter's rules.
    public static let fragments: [String] = [
        "Калуга", "Вологодская область", "представители посетили", "IT-центр", "кто-то", "из-за",
        "т. е.", "т.е.", "и т. д.", "и др.", "г.", "в 1995 г.", "ул. Ленина", "им. Пушкина", "проф.", "XX в.",
        "А. П. Логанцов", "А.П.Логанцов", "Node.js", "1 000 000", "3,5", "0.7", "20-й", "1960-х", "46-49",
        "3:0", "06:30", "2007/08", "воздушно- и", "https://example.ru/a?b=1&c=(2)", "http://сайт.рф/путь.",
        "www.site.ru", "volbusiness.ru", "user.name+tag@mail.ru", "#тег", "#hotel_grafit", "@имя",
        "@screened-200", "&quot;", "&#39;&#39;", ":)", "=(", ")))", "(((", "...", "…", "?!", "!!!", "?..",
        "«", "»", "„", "“", "”", "\"", "'", "—", "–", "-", "‐", "(", ")", "[", "]", "«Идём!» — сказал он.",
        "— Да. — Нет.", "1.", "12.", "Ёлка", "ёж", "ЁЖ", "МИД", "д'Артаньян", "5 млн руб.", "%", "$", "₽",
        "°C", "+7 (495) 123-45-67", "e-mail", "Москва.Калуга", "a.b.c", "----", "....", "«««", "»»»",
        "((()))", "\"\"\"", "Я", "я", "И", "О", "под-", "-то",
    ]

    /// Single characters and short sequences that tend to break text code.
    public static let tricky: [String] = [
        "\u{301}", "\u{308}", "е\u{301}", "и\u{306}", "\u{336}", "\u{20E3}", "1\u{FE0F}\u{20E3}",
        "😀", "👍🏽", "👨‍👩‍👧", "🇷🇺", "🏳️‍🌈", "❤️", "𝔸", "𐌰", "𠀋", "\u{10FFFF}", "\u{E000}", "\u{FFFD}",
        "\r\n", "\n", "\r", "\n\n", "\t", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{202F}", "\u{2009}",
        "\u{85}", "\u{FEFF}", "\u{200D}", "\u{200B}", "\u{200C}", "\u{2060}", "\u{AD}", "\u{200F}", "\u{200E}",
        "\u{202E}", "\u{2067}", "\u{2069}", "שלום", "مرحبا", "\u{0}", "\u{1}", "\u{7}", "\u{1B}[31m", "\u{1B}",
        "\u{7F}", "\u{9B}", "\u{8}", "\u{C}", "\u{B}", "東京", "カタカナ", "ภาษาไทย", "हिन्दी", "ÅÄÖ", "ß", "İ",
        "ﬁ", "Ⅻ", "²", "٣", "½", "\u{2044}", "\u{FF0E}", "\u{3002}", "\u{FE52}", "\u{2E}\u{301}",
    ]

    static let russianLetters = Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    static let latinLetters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    static let separators = [" ", " ", " ", " ", "", "  ", ". ", ", ", "\n", "! ", "? ", " — ", "\r\n", ".\n\n"]

    /// A random word of Russian (or Latin) letters, sometimes capitalized.
    public mutating func word(latin: Bool = false) -> String {
        let letters = latin ? Self.latinLetters : Self.russianLetters
        let count = random.int(1...12)
        return String((0..<count).map { _ in random.pick(letters) })
    }

    /// A random Unicode scalar from anywhere in the code space (surrogates excluded).
    public mutating func anyScalar() -> Unicode.Scalar {
        while true {
            let value: UInt32
            switch random.int(0...3) {
            case 0: value = UInt32(random.int(0...0x7F))
            case 1: value = UInt32(random.int(0x80...0x7FF))
            case 2: value = UInt32(random.int(0x800...0xFFFF))
            default: value = UInt32(random.int(0x10000...0x10FFFF))
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    /// One piece of text.
    public mutating func piece() -> String {
        switch random.int(0...19) {
        case 0...6: return word()
        case 7: return word(latin: true)
        case 8: return String(random.int(0...99_999))
        case 9...11: return random.pick(Self.fragments)
        case 12...15: return random.pick(Self.tricky)
        case 16: return word() + random.pick(Self.tricky) + word()
        case 17: return String(Character(anyScalar()))
        case 18: return String(repeating: random.pick(["«", "»", "\"", "(", ")", "-", ".", "„", "“"]), count: random.int(2...20))
        default: return random.pick(Self.fragments) + random.pick(Self.tricky)
        }
    }

    /// A text of up to `maxPieces` pieces with separators between them.
    public mutating func text(maxPieces: Int = 40) -> String {
        var out = ""
        if random.chance(0.05) { out.unicodeScalars.append("\u{FEFF}") }
        for _ in 0..<random.int(0...maxPieces) {
            out += piece()
            out += random.pick(Self.separators)
        }
        return out
    }
}
