import Testing
@testable import SlovoMorphology

/// A name form, its lemma, and the tag the best analysis of that kind must have.
struct NameCase: CustomTestStringConvertible, Sendable {
    let word: String
    let lemma: String
    let kind: Grammeme
    let gender: Grammeme
    var testDescription: String { "\(word) -> \(lemma)" }
}

let nameCases: [NameCase] = [
    .init(word: "Алексея", lemma: "алексей", kind: .firstName, gender: .masculine),
    .init(word: "Натальей", lemma: "наталья", kind: .firstName, gender: .feminine),
    .init(word: "Петровича", lemma: "петрович", kind: .patronymic, gender: .masculine),
    .init(word: "Петровной", lemma: "петровна", kind: .patronymic, gender: .feminine),
    .init(word: "Логанцова", lemma: "логанцов", kind: .surname, gender: .masculine),
    .init(word: "Ивановой", lemma: "иванова", kind: .surname, gender: .feminine),
    .init(word: "Вологды", lemma: "вологда", kind: .toponym, gender: .feminine),
    .init(word: "Калуге", lemma: "калуга", kind: .toponym, gender: .feminine),
]

@Suite struct ProperNameTests {
    @Test(arguments: nameCases)
    func nameFormsHaveTheirLemmaAndTags(_ row: NameCase) throws {
        let lexicon = try #require(testLexicon)
        let a = try #require(lexicon.analyses(of: row.word).first { $0.tag.grammemes.contains(row.kind) && $0.tag.gender == row.gender })
        #expect(lexicon.lemma(of: a) == row.lemma)
    }

    @Test func anOrganizationIsTagged() throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.analyses(of: "Газпрома").contains { $0.tag.isOrganization })
    }

    @Test func aSurnameInAOrReadsAsAMansGenitiveOrAWomansNominative() throws {
        let lexicon = try #require(testLexicon)
        let all = lexicon.analyses(of: "Перфильева")
        let man = try #require(all.first { $0.tag.isSurname && $0.tag.gender == .masculine })
        let woman = try #require(all.first { $0.tag.isSurname && $0.tag.gender == .feminine })
        #expect(lexicon.lemma(of: man) == "перфильев")
        #expect(lexicon.lemma(of: woman) == "перфильева")
        #expect(man.tag.case == .genitive || man.tag.case == .accusative)
        #expect(woman.tag.case == .nominative)
    }
}
