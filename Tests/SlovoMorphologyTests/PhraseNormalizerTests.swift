import Testing
@testable import SlovoMorphology

/// A noun phrase and its dictionary form.
let phraseCases: [(String, String)] = [
    ("областной Корпорации развития", "областная Корпорация развития"),
    ("рублевым вкладам", "рублевые вклады"),
    ("Алексея Петровича Логанцова", "Алексей Петрович Логанцов"),
    ("Наталье Леонтьевой", "Наталья Леонтьева"),
    ("Леонтьевой Натальи", "Леонтьева Наталья"),
    ("Перфильевой", "Перфильева"),
    ("ИКТ-кластера", "ИКТ-кластер"),
    ("IT-индустрии", "IT-индустрия"),
    ("калужского IT-кластера", "калужский IT-кластер"),
    ("Правительства Вологодской области", "Правительство Вологодской области"),
    ("Вологодской области", "Вологодская область"),
    ("клуба ИТ-директоров", "клуб ИТ-директоров"),
    ("Банка «Открытие»", "Банк «Открытие»"),
    ("новых технологий", "новые технологии"),
    ("большими красными домами", "большие красные дома"),
    ("Ростове-на-Дону", "Ростов-на-Дону"),
    ("МИДа", "МИД"),
    ("Калужской обл.", "Калужская обл."),
    ("городской Администрации", "городская Администрация"),
]

@Suite struct PhraseNormalizerTests {
    @Test(arguments: phraseCases)
    func putsTheNounPhraseIntoTheNominativeWithAgreement(_ phrase: String, _ expected: String) throws {
        let normalizer = PhraseNormalizer(lexicon: try #require(testLexicon))
        #expect(normalizer.normalize(phrase) == expected)
    }

    @Test func theGenderChoosesTheReadingOfASurname() throws {
        let normalizer = PhraseNormalizer(lexicon: try #require(testLexicon))
        #expect(normalizer.normalize("Перфильева", gender: .masculine) == "Перфильев")
        #expect(normalizer.normalize("Перфильева", gender: .feminine) == "Перфильева")
    }

    @Test func capitalizationIsCarriedOver() {
        #expect(CaseTransfer.apply(from: "Корпорации", to: "корпорация") == "Корпорация")
        #expect(CaseTransfer.apply(from: "ИКТ-кластера", to: "икт-кластер") == "ИКТ-кластер")
        #expect(CaseTransfer.apply(from: "МИДа", to: "мид") == "МИД")
        #expect(CaseTransfer.apply(from: "ЦЕНТРА", to: "центр") == "ЦЕНТР")
        #expect(CaseTransfer.apply(from: "дома", to: "дом") == "дом")
    }
}
