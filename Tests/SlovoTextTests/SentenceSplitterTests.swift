import Testing
import SlovoText

struct SentenceCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let text: String
    let sentences: [String]
    var testDescription: String { "\(rule): \(text)" }
}

func sentenceTexts(_ text: String) -> [String] {
    let tokens = Tokenizer().tokenize(text)
    var copy = text
    return copy.withUTF8 { bytes in
        SentenceSplitter().split(bytes, tokens: tokens).map {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.byteRange]), as: UTF8.self)
        }
    }
}

let sentenceCases: [SentenceCase] = [
    .init(rule: "period", text: "Он пришёл. Она ушла.", sentences: ["Он пришёл.", "Она ушла."]),
    .init(rule: "question and exclamation", text: "Кто там? Я! Да.", sentences: ["Кто там?", "Я!", "Да."]),
    .init(rule: "abbreviation inside", text: "Это, т. е. главное, верно. Дальше.", sentences: ["Это, т. е. главное, верно.", "Дальше."]),
    .init(rule: "г. before a name", text: "Он живёт в г. Калуга. Это город.", sentences: ["Он живёт в г. Калуга.", "Это город."]),
    .init(rule: "г. after a year ends a sentence", text: "Это было в 2013 г. Потом всё изменилось.",
          sentences: ["Это было в 2013 г.", "Потом всё изменилось."]),
    .init(rule: "и т. д. ends a sentence", text: "Яблоки, груши и т. д. Потом овощи.",
          sentences: ["Яблоки, груши и т. д.", "Потом овощи."]),
    .init(rule: "initials", text: "Пришёл А. П. Логанцов. Он сказал.", sentences: ["Пришёл А. П. Логанцов.", "Он сказал."]),
    .init(rule: "direct speech", text: "«Идём!» — сказал он. Мы пошли.", sentences: ["«Идём!» — сказал он.", "Мы пошли."]),
    .init(rule: "quote closes a sentence", text: "Он сказал: «Идём». Мы пошли.", sentences: ["Он сказал: «Идём».", "Мы пошли."]),
    .init(rule: "ellipsis before lower case", text: "Ну... я не знаю. Да.", sentences: ["Ну... я не знаю.", "Да."]),
    .init(rule: "ellipsis before upper case", text: "Ну... Ладно.", sentences: ["Ну...", "Ладно."]),
    .init(rule: "numbered list", text: "1. Первый пункт.\n2. Второй пункт.", sentences: ["1. Первый пункт.", "2. Второй пункт."]),
    .init(rule: "heading without a period", text: "Вологодские представители посетили IT-центр\nАвтор: Наталья", 
          sentences: ["Вологодские представители посетили IT-центр", "Автор: Наталья"]),
    .init(rule: "wrapped line", text: "Это длинное\nпредложение.", sentences: ["Это длинное\nпредложение."]),
    .init(rule: "blank line", text: "Заголовок\n\nтекст", sentences: ["Заголовок", "текст"]),
    .init(rule: "emoji between sentences", text: "Хей! 😊 Ставь лайк", sentences: ["Хей! 😊", "Ставь лайк"]),
]

@Test("sentence rules", arguments: sentenceCases)
func sentenceRule(_ c: SentenceCase) {
    #expect(sentenceTexts(c.text) == c.sentences)
}

@Test func sentencesTileTheTokens() {
    let text = "Раз. Два! Три?\nЧетыре"
    let tokens = Tokenizer().tokenize(text)
    let sentences = SentenceSplitter().split(text, tokens: tokens)
    var next = 0
    for s in sentences {
        #expect(s.tokens.lowerBound == next)
        next = s.tokens.upperBound
    }
    #expect(next == tokens.count)
}
