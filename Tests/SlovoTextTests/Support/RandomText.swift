/// Seeded random texts for differential and property tests: mostly Russian words, spaces and
/// punctuation (what the fast path sees), mixed with everything it must leave to ICU.
enum RandomText {
    static let words = ["слово", "Москва", "и", "в", "IT", "центр", "Калуга", "т", "г", "ул", "кто", "то",
                        "don", "t", "foo", "bar", "ёлка", "ЁЖ", "МИД", "iPhone", "2013", "3", "5", "000",
                        "1960", "й", "Пётр", "А", "П", "Node", "js", "www", "site", "ru", "info", "corp",
                        "http", "https", "co", "ок", "ум", "и.о", "л'", "Élan", "café", "ÀÉÎ"]
    static let separators = [" ", " ", " ", " ", "  ", ", ", ". ", ".", ",", "-", " - ", " — ", "—", "–", "'",
                             "’", ":", ";", "!", "?", "...", "…", "«", "»", "\"", "(", ")", "/", "@", "#",
                             "&", "%", "\u{A0}", "\t", "·", "№", "°", "€", "−", "\r\n", "\n", "\r", "\n\n",
                             "‘", "“", "”", "„", "$", "+", "=", "*", "[", "]", "{", "}", "|", "\\", "~", "^",
                             "`", "<", ">", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "§", "•", "‹", "›", "×"]
    static let hard = ["\u{301}", "\u{AD}", "\u{200D}", "\u{200B}", "\u{FE0F}", "_", "\u{202F}", "\u{2009}",
                       "\u{3000}", "👍", "👍🏽", "🇷🇺", "👨‍👩‍👧", "1️⃣", "©", "™", "שלום", "צה\"ל", "ש'",
                       "カタカナ", "漢字", "ภาษาไทย", "αβγ", "ά", "١٢٣", "𝐀", "𝟏", "\u{200F}", "\u{FEFF}",
                       "\u{0}", "\u{7F}", "ѣ", "\u{483}", "½", "²", "ª", "µ", "ß", "\u{E000}", "\u{1F1F7}"]

    /// About `length` characters; line feeds (and carriage returns) only when `lineFeeds`.
    static func mixture<G: RandomNumberGenerator>(length: Int, lineFeeds: Bool = true, using g: inout G) -> String {
        var text = ""
        var count = 0
        while count < length {
            let piece: String
            switch Int.random(in: 0..<100, using: &g) {
            case 0..<50: piece = words.randomElement(using: &g)!
            case 50..<90: piece = separators.randomElement(using: &g)!
            default: piece = hard.randomElement(using: &g)!
            }
            if !lineFeeds && piece.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) { continue }
            text += piece
            count += piece.unicodeScalars.count
        }
        return text
    }
}
