import Testing
@testable import SlovoMorphology

/// Words that are not in the lexicon, and the lemma predicted for them.
let unknownWordCases: [(String, String)] = [
    ("хакатонами", "хакатон"),
    ("коворкингов", "коворкинг"),
    ("краудфандинговой", "краудфандинговый"),
    ("зазумить", "зазумить"),
    ("Перфильевой", "перфильева"),
    ("антивирусами", "антивирус"),
]

/// Hyphenated words: the last part inflects, the rest is kept.
let hyphenatedCases: [(String, String)] = [
    ("ИКТ-кластера", "икт-кластер"),
    ("IT-индустрии", "it-индустрия"),
    ("IT-сферы", "it-сфера"),
    ("кого-то", "кто-то"),
    ("по-русски", "по-русски"),
    ("Санкт-Петербурге", "санкт-петербург"),
    ("бизнес-инкубатора", "бизнес-инкубатор"),
]

/// ё and е: an е finds ё words; an ё finds only ё words.
let yoCases: [(String, String)] = [
    ("ёлки", "ёлка"),
    ("елки", "ёлка"),
    ("ЁЛКАМИ", "ёлка"),
    ("всё", "всё"),
    ("пришёл", "прийти"),
    ("пришел", "прийти"),
    ("рублевым", "рублёвый"),
]

@Suite struct UnknownWordTests {
    @Test(arguments: unknownWordCases)
    func unknownWordsArePredictedFromTheirEnding(_ word: String, _ lemma: String) throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma(word) == lemma)
    }

    @Test(arguments: hyphenatedCases)
    func hyphenatedWordsInflectTheirLastPart(_ word: String, _ lemma: String) throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma(word) == lemma)
    }

    @Test(arguments: yoCases)
    func yoAndYeAreInterchangeableOnLookup(_ word: String, _ lemma: String) throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma(word) == lemma)
    }

    @Test func anYoInTheWordMustBeAnYoInTheLexicon() throws {
        let lexicon = try #require(testLexicon)
        // "всё" is not a form of "все" written with е; "все" may be either.
        #expect(!lexicon.analyses(of: "всё").contains { $0.tag.number == .plural })
        #expect(lexicon.analyses(of: "все").contains { $0.tag.number == .plural })
    }

    @Test func latinWordsAndNumbersAreNonWords() throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.analyses(of: "IT").first?.tag.partOfSpeech == .latin)
        #expect(lexicon.analyses(of: "XIX").first?.tag.partOfSpeech == .romanNumeral)
        #expect(lexicon.analyses(of: "2013").first?.tag.partOfSpeech == .number)
        #expect(lexicon.lemma("IT") == "it")
    }

    @Test func predictedAnalysesSaySo() throws {
        let lexicon = try #require(testLexicon)
        let a = try #require(lexicon.analyses(of: "хакатонами").first)
        #expect(a.method == .suffixPrediction)
        #expect(a.tag.partOfSpeech == .noun)
        #expect(a.tag.case == .instrumental)
    }
}

@Suite struct UnknownNameTests {
    @Test(arguments: [("Сырбу", "сырбу"), ("Мопертюи", "мопертюи")])
    func aCapitalizedUnknownWordEndingInAVowelMayBeIndeclinable(_ word: String, _ lemma: String) throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma(word) == lemma)
    }
}
