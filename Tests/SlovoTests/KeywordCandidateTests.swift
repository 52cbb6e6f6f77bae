import Testing
@testable import SlovoKeywords
import Slovo

/// The candidate phrases the finder proposes, in their normal form.
@Suite struct KeywordCandidateTests {
    static let analyzer = try? Analyzer.standard(entities: false, keywords: true)

    func candidates(_ text: String) throws -> [String] {
        let analyzer = try #require(Self.analyzer)
        let extractor = try #require(analyzer.keywordExtractor)
        let a = analyzer.analyze(text)
        var copy = text
        return copy.withUTF8 { bytes in
            extractor.candidatePhrases(in: bytes, tokens: a.tokens, sentences: a.sentences, morphology: a.morphology)
        }
    }

    @Test(arguments: [
        ("Стратегия развития региона утверждена.", ["стратегия развития", "развитие региона", "стратегия", "развитие", "регион"]),
        ("Клуб ИТ-директоров провёл встречу.", ["клуб ИТ-директоров", "ИТ-директора"]),
        // A common noun with a compound whose capitals are only an abbreviation is a phrase.
        ("Заседание клуба ИТ-директоров прошло.", ["клуб ИТ-директоров", "заседание клуба"]),
        ("Вологодские представители посетили IT-центр в Калуге.", ["вологодские представители", "IT-центр", "Калуга"]),
        ("Представители Департамента стратегического планирования приехали.",
         ["Департамент стратегического планирования", "стратегическое планирование"]),
        ("Сотрудники областной Корпорации развития выступили.", ["областная Корпорация развития", "областная Корпорация"]),
        ("Доход по рублевым вкладам вырос.", ["рублевые вклады"]),
        ("Мы встретили Алексея Петровича Логанцова вчера.", ["Алексей Петрович Логанцов", "Логанцов"]),
        ("Проект создания ИКТ-кластера обсудили.", ["ИКТ-кластер", "создание ИКТ-кластера"]),
    ])
    func nounPhrasesAreFoundInTheirNormalForm(_ text: String, _ expected: [String]) throws {
        let found = try candidates(text)
        for phrase in expected { #expect(found.contains(phrase), "\(phrase) in \(found)") }
    }

    @Test(arguments: [
        // Pronouns, numbers, verbs and prepositions are never candidates.
        ("Он купил 5 книг в магазине.", ["он", "5", "купил", "в"]),
        // A phrase never crosses a comma, a sentence boundary or a verb.
        ("Делегация посетила Калугу, Вологду и Тверь.", ["Калуга Вологда", "Вологда Тверь"]),
        ("Мы приехали в Калугу. Вологда ждёт.", ["Калуга Вологда"]),
        // A first name or patronymic alone is no keyword; time words are stop nouns.
        ("В прошлом году Алексей Петрович Логанцов выступил.", ["Алексей", "Петрович", "год"]),
    ])
    func stopWordsNumbersAndFragmentsAreNotCandidates(_ text: String, _ excluded: [String]) throws {
        let found = try candidates(text)
        for phrase in excluded { #expect(!found.contains(phrase), "\(phrase) in \(found)") }
    }
}
