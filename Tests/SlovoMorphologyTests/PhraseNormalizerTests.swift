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

    /// Originals and forms where the byte-level path applies, and where it must decline.
    static let transferPairs: [(String, String)] = [
        ("Корпорации", "корпорация"), ("ИКТ-кластера", "икт-кластер"), ("МИДа", "мид"),
        ("ЦЕНТРА", "центр"), ("дома", "дом"), ("Ростове-на-Дону", "ростов-на-дону"),
        ("РОСТОВЕ-НА-ДОНУ", "ростов-на-дону"), ("Ростове-на-Дону", "ростов"), ("Ёлки", "ёлка"),
        ("ЁЛКИ", "ёлка"), ("ЎЗБЕК", "ўзбек"), ("Ѐ", "ѐѐѐ"), ("IT-индустрии", "it-индустрия"),
        ("IT-ИНДУСТРИИ", "it-индустрия"), ("McDonald's", "mcdonald's"), ("A", "ab"), ("AB", "abc"),
        ("А1", "а12"), ("-", "-"), ("а-", "б-"), ("-а", "-б"), ("", "мид"), ("МИД", ""),
        ("X{|}~", "x{|}~y"), ("Х\tМ", "хаб"), ("Мида", "mid-x"), ("ИКТ-", "икт-кластер"),
        // Outside the fast ranges: the scalar path.
        ("Е\u{301}лки", "ёлка"), ("ИКТ-кластера\u{301}", "икт-кластер"), ("STRAßE", "straße"),
        ("ß", "ßa"), ("ÉCOLE", "école"), ("ЄВРО", "євро"), ("Ѣ", "ѣ"), ("Ѣ", "дом"), ("МИ\r\nД", "мид"),
    ]

    @Test func theByteLevelTransferEqualsTheScalarOne() {
        for (original, form) in Self.transferPairs {
            #expect(CaseTransfer.apply(from: original, to: form) == CaseTransfer.applySlow(from: original, to: form),
                    "\(original) -> \(form)")
            #expect(CaseTransfer.apply(from: original.dropFirst(0), to: form) == CaseTransfer.applySlow(from: original, to: form))
        }
        #expect(CaseTransfer.applyFast(from: "ИКТ-кластера", to: "икт-кластер") == "ИКТ-кластер")
        #expect(CaseTransfer.applyFast(from: "Ростове-на-Дону", to: "ростов-на-дону") == "Ростов-на-Дону")
        #expect(CaseTransfer.applyFast(from: "МИДа", to: "мид") == "МИД")
        #expect(CaseTransfer.applyFast(from: "STRAßE", to: "straße") == nil)
        #expect(CaseTransfer.applyFast(from: "Е\u{301}лки", to: "ёлка") == nil)
        #expect(CaseTransfer.applyFast(from: "ЄВРО", to: "євро") == "ЄВРО")  // U+0404, in the block
        #expect(CaseTransfer.applyFast(from: "Ѣ", to: "ѣ") == nil)  // U+0462, past it
    }
}
