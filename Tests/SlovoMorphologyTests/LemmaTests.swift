import Testing
@testable import SlovoMorphology

/// The best context-free lemma and part of speech, one row per part of speech.
let partOfSpeechCases: [LemmaCase] = [
    .init("городами", "город", .noun),
    .init("Калуге", "калуга", .noun),
    .init("областной", "областной", .adjective),
    .init("красивыми", "красивый", .adjective),
    .init("должна", "должен", .shortAdjective),
    .init("готовы", "готовый", .shortAdjective),
    .init("быстрее", "быстрый", .comparative),
    .init("посетили", "посетить", .verb),
    .init("работать", "работать", .infinitive),
    .init("читающего", "читать", .participle),
    .init("построен", "построить", .shortParticiple),
    .init("прочитав", "прочитать", .gerund),
    .init("трёх", "три", .numeral),
    .init("медленно", "медленно", .adverb),
    .init("нами", "мы", .pronoun),
    .init("нельзя", "нельзя", .predicative),
    .init("около", "около", .preposition),
    .init("со", "со", .preposition),
    .init("однако", "однако", .conjunction),
    .init("ведь", "ведь", .particle),
    .init("ах", "ах", .interjection),
]

@Suite struct LemmaTests {
    @Test(arguments: partOfSpeechCases)
    func bestLemmaAndPartOfSpeech(_ row: LemmaCase) throws {
        let lexicon = try #require(testLexicon)
        let best = try #require(lexicon.analyses(of: row.word).first)
        #expect(lexicon.lemma(of: best) == row.lemma)
        #expect(best.tag.partOfSpeech == row.pos)
        #expect(lexicon.lemma(row.word) == row.lemma)
    }

    @Test func analysesAreRankedAndScoresSumToAboutOne() throws {
        let lexicon = try #require(testLexicon)
        let all = lexicon.analyses(of: "стали")
        #expect(all.count >= 2)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
        let sum = all.reduce(Float(0)) { $0 + $1.score }
        #expect(abs(sum - 1) < 0.01)
        #expect(Set(all.map { lexicon.lemma(of: $0) }).isSuperset(of: ["стать", "сталь"]))
    }

    @Test func grammemesOfAnAnalysis() throws {
        let lexicon = try #require(testLexicon)
        let a = try #require(lexicon.analyses(of: "посетили").first)
        #expect(a.tag.tense == .past)
        #expect(a.tag.number == .plural)
        #expect(a.tag.aspect == .perfective)
        #expect(a.tag.mood == .indicative)
        let n = try #require(lexicon.analyses(of: "городами").first)
        #expect(n.tag.case == .instrumental)
        #expect(n.tag.gender == .masculine)
        #expect(n.tag.animacy == .inanimate)
        #expect(n.tag.description.hasPrefix("NOUN,"))
    }

    @Test(arguments: ["", "2013", "«", "...", "—"])
    func nonWordsAreTheirOwnLemma(_ text: String) throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma(text) == text)
    }

    @Test(arguments: [("г.", "год"), ("ул.", "улица"), ("тыс.", "тысяча"), ("А.", "а")])
    func abbreviationsAndInitials(_ word: String, _ lemma: String) throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma(word) == lemma)
    }

    @Test func stressMarksAreIgnored() throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.lemma("доро\u{301}гой") == lexicon.lemma("дорогой"))
    }

    @Test func theAllocationFreePathGivesTheSameLemma() throws {
        let lexicon = try #require(testLexicon)
        var out: [UInt8] = []
        var scratch: [WordAnalysis] = []
        for word in ["Калуге", "рублевым", "ИКТ-кластера", "2013", "«"] {
            out.removeAll()
            var w = word
            w.withUTF8 { lexicon.appendLemma(utf8: $0, to: &out, scratch: &scratch) }
            #expect(String(decoding: out, as: UTF8.self) == lexicon.lemma(word))
        }
    }

    @Test func resultsAreTheSameOnEveryThread() async throws {
        let lexicon = try #require(testLexicon)
        let words = ["Калуге", "стали", "Перфильева", "ИКТ-кластера", "его", "хакатонами"]
        let expected = words.map { lexicon.analyses(of: $0) }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { words.map { lexicon.analyses(of: $0) } == expected }
            }
            for await same in group { #expect(same) }
        }
    }
}
