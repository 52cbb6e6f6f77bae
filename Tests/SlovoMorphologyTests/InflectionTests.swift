import Testing
@testable import SlovoMorphology

/// A word, the grammemes to inflect its best analysis of the given part of speech to, and the result.
struct InflectionCase: CustomTestStringConvertible, Sendable {
    let word: String
    let pos: PartOfSpeech
    let to: GrammemeSet
    let expected: String
    var testDescription: String { "\(word) -> \(to) = \(expected)" }
}

let inflectionCases: [InflectionCase] = [
    .init(word: "вкладам", pos: .noun, to: [.nominative], expected: "вклады"),
    .init(word: "город", pos: .noun, to: [.prepositional, .plural], expected: "городах"),
    .init(word: "областной", pos: .adjective, to: [.nominative, .feminine, .singular], expected: "областная"),
    .init(word: "новый", pos: .adjective, to: [.genitive, .plural], expected: "новых"),
    .init(word: "красивый", pos: .adjective, to: [.nominative, .neuter, .singular], expected: "красивое"),
    .init(word: "Логанцов", pos: .noun, to: [.dative], expected: "логанцову"),
    .init(word: "Перфильев", pos: .noun, to: [.feminine, .nominative], expected: "перфильева"),
    .init(word: "Иванов", pos: .noun, to: [.feminine, .genitive], expected: "ивановой"),
    .init(word: "Петрович", pos: .noun, to: [.instrumental], expected: "петровичем"),
    .init(word: "читать", pos: .infinitive, to: [], expected: "читать"),
    .init(word: "кластера", pos: .noun, to: [.nominative, .plural], expected: "кластеры"),
    .init(word: "ИКТ-кластера", pos: .noun, to: [.nominative, .singular], expected: "икт-кластер"),
    .init(word: "ёлки", pos: .noun, to: [.instrumental, .singular], expected: "ёлкой"),
]

@Suite struct InflectionTests {
    @Test(arguments: inflectionCases)
    func inflectsToTheGivenGrammemes(_ row: InflectionCase) throws {
        let lexicon = try #require(testLexicon)
        let a = try #require(lexicon.analyses(of: row.word).first { $0.tag.partOfSpeech == row.pos })
        let inflected = try #require(lexicon.inflect(a, to: row.to))
        #expect(lexicon.word(of: inflected) == row.expected)
        #expect(inflected.tag.grammemes.isSuperset(of: row.to))
    }

    @Test func aFormTheLexemeLacksIsNil() throws {
        let lexicon = try #require(testLexicon)
        let a = try #require(lexicon.analyses(of: "ножницы").first { $0.tag.partOfSpeech == .noun })
        #expect(lexicon.inflect(a, to: [.singular, .nominative, .masculine]) == nil)
    }

    @Test func theLexemeListsEveryForm() throws {
        let lexicon = try #require(testLexicon)
        let a = try #require(lexicon.analyses(of: "столами").first)
        let forms = Set(lexicon.lexeme(of: a).map { lexicon.word(of: $0) })
        #expect(forms.isSuperset(of: ["стол", "стола", "столу", "столом", "столе", "столы", "столов", "столам", "столах"]))
    }
}
