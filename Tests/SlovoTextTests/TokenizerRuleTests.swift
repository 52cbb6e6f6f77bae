import Testing
import SlovoText

/// Each row: a text and the tokens the tokenizer must produce (texts joined by " | ").
struct TokenizerCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let text: String
    let tokens: String
    var testDescription: String { "\(rule): \(text)" }
}

func tokenTexts(_ text: String) -> String {
    Tokenizer().tokenize(text).map { String($0.text(in: text)) }.joined(separator: " | ")
}

func tokenKinds(_ text: String) -> [TokenKind] {
    Tokenizer().tokenize(text).map(\.kind)
}

let tokenizerCases: [TokenizerCase] = [
    // hyphenated words stay whole; dashes between words split
    .init(rule: "hyphen", text: "IT-центр", tokens: "IT-центр"),
    .init(rule: "hyphen", text: "ИКТ-кластер", tokens: "ИКТ-кластер"),
    .init(rule: "hyphen", text: "кто-то пришёл", tokens: "кто-то | пришёл"),
    .init(rule: "hyphen", text: "в Санкт-Петербурге", tokens: "в | Санкт-Петербурге"),
    .init(rule: "hyphen", text: "северо-западный", tokens: "северо-западный"),
    .init(rule: "hyphen", text: "треш-метал-группы", tokens: "треш-метал-группы"),
    .init(rule: "hyphen", text: "Вологда - ИТ-град", tokens: "Вологда | - | ИТ-град"),
    .init(rule: "hyphen", text: "Вологда — столица", tokens: "Вологда | — | столица"),
    .init(rule: "hyphen", text: "слово—слово", tokens: "слово | — | слово"),
    .init(rule: "suspended hyphen", text: "воздушно- и водоплавающие", tokens: "воздушно- | и | водоплавающие"),
    // numbers
    .init(rule: "decimal comma", text: "до 0,7 процента", tokens: "до | 0,7 | процента"),
    .init(rule: "decimal point", text: "версия 3.5", tokens: "версия | 3.5"),
    .init(rule: "grouped thousands", text: "1 000 000 рублей", tokens: "1 000 000 | рублей"),
    .init(rule: "grouped thousands", text: "в 2013 году 600 000 человек", tokens: "в | 2013 | году | 600 000 | человек"),
    .init(rule: "ordinal", text: "20-й век", tokens: "20-й | век"),
    .init(rule: "ordinal", text: "в 1960-х годах", tokens: "в | 1960-х | годах"),
    .init(rule: "range", text: "46-49 лет", tokens: "46-49 | лет"),
    .init(rule: "score", text: "счёт 3:0", tokens: "счёт | 3:0"),
    .init(rule: "time", text: "в 06:30", tokens: "в | 06:30"),
    .init(rule: "season", text: "сезон 2007/08", tokens: "сезон | 2007/08"),
    .init(rule: "percent", text: "15% годовых", tokens: "15 | % | годовых"),
    // abbreviations and initials
    .init(rule: "abbreviation", text: "т. е. так", tokens: "т. | е. | так"),
    .init(rule: "abbreviation", text: "и т.д. и т.п.", tokens: "и | т. | д. | и | т. | п."),
    .init(rule: "abbreviation", text: "г. Калуга", tokens: "г. | Калуга"),
    .init(rule: "abbreviation", text: "ул. Ленина", tokens: "ул. | Ленина"),
    .init(rule: "abbreviation", text: "им. Пушкина", tokens: "им. | Пушкина"),
    .init(rule: "abbreviation", text: "5 руб. за штуку", tokens: "5 | руб. | за | штуку"),
    .init(rule: "abbreviation", text: "5 млн рублей", tokens: "5 | млн | рублей"),
    .init(rule: "abbreviation", text: "10 тыс. человек", tokens: "10 | тыс. | человек"),
    .init(rule: "abbreviation also a word", text: "острый ум. Потом", tokens: "острый | ум | . | Потом"),
    .init(rule: "abbreviation also a word", text: "ум. 1950", tokens: "ум. | 1950"),
    .init(rule: "initials", text: "А. П. Логанцов", tokens: "А. | П. | Логанцов"),
    .init(rule: "initials", text: "А.П.Логанцов", tokens: "А. | П. | Логанцов"),
    .init(rule: "initials", text: "Логанцов А.П.", tokens: "Логанцов | А. | П."),
    .init(rule: "not an abbreviation", text: "Это был я.", tokens: "Это | был | я | ."),
    // quotes and punctuation
    .init(rule: "quotes", text: "«Бизнес-софт»", tokens: "« | Бизнес-софт | »"),
    .init(rule: "quotes", text: "„Вологда“", tokens: "„ | Вологда | “"),
    .init(rule: "quotes", text: "\"Открытие\"", tokens: "\" | Открытие | \""),
    .init(rule: "ellipsis", text: "Ну...", tokens: "Ну | ..."),
    .init(rule: "terminal run", text: "Что?!", tokens: "Что | ?!"),
    .init(rule: "terminal run", text: "Да!!!", tokens: "Да | !!!"),
    .init(rule: "bracket run", text: "ура)))", tokens: "ура | )))"),
    .init(rule: "emoticon", text: "привет :)", tokens: "привет | :)"),
    .init(rule: "html entity", text: "слово&#39;&#39; дальше", tokens: "слово | &#39;&#39; | дальше"),
    // web, hashtags, emoji
    .init(rule: "url", text: "сайт https://chn.ge/2JRea20.", tokens: "сайт | https://chn.ge/2JRea20 | ."),
    .init(rule: "url", text: "сайтом volbusiness.ru Александр", tokens: "сайтом | volbusiness.ru | Александр"),
    .init(rule: "url", text: "www.example.com/a?b=1", tokens: "www.example.com/a?b=1"),
    .init(rule: "email", text: "пишите info@corp.ru.", tokens: "пишите | info@corp.ru | ."),
    .init(rule: "hashtag", text: "#рыбалка #hotel_grafit", tokens: "#рыбалка | #hotel_grafit"),
    .init(rule: "mention", text: "@screened-200 привет", tokens: "@screened-200 | привет"),
    .init(rule: "emoji run", text: "Ставь ❤️ 😍😍😍", tokens: "Ставь | ❤️ | 😍😍😍"),
    .init(rule: "emoji zwj", text: "🤷‍♀️ ну", tokens: "🤷‍♀️ | ну"),
    // marks inside words
    .init(rule: "stress mark", text: "Во́дская пяти́на", tokens: "Во́дская | пяти́на"),
    .init(rule: "apostrophe", text: "Didn't д'Артаньян", tokens: "Didn't | д'Артаньян"),
    .init(rule: "soft hyphen", text: "ин\u{AD}форма\u{AD}ция", tokens: "ин\u{AD}форма\u{AD}ция"),
]

@Test("tokenizer rules", arguments: tokenizerCases)
func tokenizerRule(_ c: TokenizerCase) {
    #expect(tokenTexts(c.text) == c.tokens)
}

@Test func tokenKindsOfAMixedText() {
    let text = "В 2013 г. IT-центр, https://a.ru #тег @имя 15% 😊"
    #expect(tokenKinds(text) == [.word, .number, .word, .word, .punctuation, .url, .hashtag, .mention,
                                 .number, .symbol, .emoji])
}

@Test func ordinalsAndRangesAreNumbersAndHyphenatedWordsAreWords() {
    #expect(tokenKinds("20-й") == [.number])
    #expect(tokenKinds("46-49") == [.number])
    #expect(tokenKinds("кто-то") == [.word])
}

@Test func wordScriptsAndCase() {
    let text = "Калуга IT-центр МИД iPhone"
    let tokens = Tokenizer().tokenize(text)
    #expect(tokens.map(\.script) == [.cyrillic, .mixed, .cyrillic, .latin])
    #expect(tokens[0].flags.contains(.capitalized))
    #expect(tokens[2].flags.contains(.allCaps))
    #expect(!tokens[3].flags.contains(.capitalized))
}

@Test func abbreviationAndInitialFlags() {
    let text = "А. Пушкин жил в г. Москве"
    let tokens = Tokenizer().tokenize(text)
    #expect(tokens[0].flags.contains(.initial))
    #expect(tokens[4].flags.contains(.abbreviation))
}

@Test func emptyAndWhitespaceTextsHaveNoTokens() {
    #expect(Tokenizer().tokenize("").isEmpty)
    #expect(Tokenizer().tokenize(" \n\t\u{200B}\u{FEFF} ").isEmpty)
}

@Test func tokensAreOrderedNonOverlappingAndCoverAllText() {
    let text = "«На самом деле мы не заметили каких-то четких особенностей», – сказал он. 😊😊 #тег 1 000 р."
    var copy = text
    copy.withUTF8 { bytes in
        let tokens = Tokenizer().tokenize(bytes)
        var last: Int32 = 0
        for t in tokens {
            #expect(t.start >= last && t.end > t.start)
            // Everything between tokens is white space.
            for b in bytes[Int(last)..<Int(t.start)] { #expect(b == 0x20) }
            last = t.end
        }
        #expect(Int(last) == bytes.count)
    }
}

@Test func longTextsAreCutIntoChunksWithoutLosingTokens() {
    let sentence = "Вологодские представители посетили IT-центр в Калуге.\n"
    let text = String(repeating: sentence, count: 5000)  // over 256 KiB
    let tokens = Tokenizer().tokenize(text)
    #expect(tokens.count == 5000 * 7)
}

@Test func letterFastPathsAgreeWithUnicodeProperties() {
    // CharClass.isLetter answers some ranges without Unicode properties: they must agree.
    for c in UInt32(0)..<0x2100 {
        guard let scalar = Unicode.Scalar(c) else { continue }
        let byProperties = scalar.properties.isAlphabetic && !scalar.properties.isWhitespace
        #expect(CharClass.isLetter(c) == byProperties, "U+\(String(c, radix: 16))")
    }
}
