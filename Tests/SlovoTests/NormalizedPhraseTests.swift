import Testing
import Slovo

@Suite struct NormalizedPhraseTests {
    static let analyzer = try? Analyzer.standard()

    @Test(arguments: [
        ("Сотрудники Банка «Открытие» приехали.", 1..<5, "Банк «Открытие»"),
        ("Мы встретили Алексея Петровича Логанцова вчера.", 2..<5, "Алексей Петрович Логанцов"),
        ("Директор областной Корпорации развития выступил.", 1..<4, "областная Корпорация развития"),
        ("Доход по рублевым вкладам вырос.", 2..<4, "рублевые вклады"),
    ])
    func phraseOfTokensInItsDictionaryForm(_ text: String, _ range: Range<Int>, _ expected: String) throws {
        let analyzer = try #require(NormalizedPhraseTests.analyzer)
        #expect(analyzer.analyze(text).normalizedPhrase(range) == expected)
    }

    @Test func noMorphologyNoPhrase() {
        #expect(Analyzer().analyze("в Калуге").normalizedPhrase(1..<2) == nil)
    }

    @Test func tokensCarryTheirLemmaAndTag() throws {
        let analyzer = try #require(NormalizedPhraseTests.analyzer)
        let a = analyzer.analyze("Представители посетили IT-центр в Калуге.")
        let k = try #require(a.tokens.indices.first { a.text(of: $0) == "Калуге" })
        #expect(a.lemma(of: k) == "калуга")
        #expect(a.tag(of: k)?.case == .prepositional)
        #expect(a.lemma(of: a.tokens.count - 1) == nil)  // the final dot is not a word
    }
}
