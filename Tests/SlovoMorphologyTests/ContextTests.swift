import Testing
import SlovoText
@testable import SlovoMorphology

/// A sentence, a word in it, and the lemma chosen for that word in context.
struct ContextCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let word: String
    let lemma: String
    var testDescription: String { "\(word) in «\(sentence)» -> \(lemma)" }
}

let contextCases: [ContextCase] = [
    .init(sentence: "Я видел его дом.", word: "его", lemma: "его"),
    .init(sentence: "Я видел его вчера.", word: "его", lemma: "он"),
    .init(sentence: "Их дети играли.", word: "Их", lemma: "их"),
    .init(sentence: "После того как он ушёл, стало тихо.", word: "того", lemma: "то"),
    .init(sentence: "Того человека не было.", word: "Того", lemma: "тот"),
    .init(sentence: "Мы говорили об этом решении.", word: "этом", lemma: "этот"),
    .init(sentence: "Представители посетили IT-центр в Калуге.", word: "Калуге", lemma: "калуга"),
    .init(sentence: "Он живёт в большом доме.", word: "большом", lemma: "большой"),
]

@Suite struct ContextTests {
    func chosenLemma(_ row: ContextCase) throws -> String {
        let lexicon = try #require(testLexicon)
        let tagger = MorphologyTagger(lexicon: lexicon)
        var text = row.sentence
        return try text.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes)
            var chosen: [WordAnalysis] = []
            tagger.tag(tokens, 0..<tokens.count, in: bytes, into: &chosen)
            let index = try #require(tokens.firstIndex { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.byteRange]), as: UTF8.self) == row.word })
            return lexicon.lemma(of: chosen[index])
        }
    }

    @Test(arguments: contextCases)
    func neighboursChooseTheLemma(_ row: ContextCase) throws {
        #expect(try chosenLemma(row) == row.lemma)
    }

    @Test func onePerToken() throws {
        let lexicon = try #require(testLexicon)
        var text = "В 1995 г. «Открытие» и А. П. Логанцов — в Калуге!"
        text.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes)
            var chosen: [WordAnalysis] = []
            MorphologyTagger(lexicon: lexicon).tag(tokens, 0..<tokens.count, in: bytes, into: &chosen)
            #expect(chosen.count == tokens.count)
        }
    }
}

@Suite struct AgreementTests {
    @Test func adjectiveAndNounAgreeInCaseNumberAndGender() throws {
        let lexicon = try #require(testLexicon)
        let adjectives = lexicon.analyses(of: "областной")
        let nouns = lexicon.analyses(of: "Корпорации")
        let pairs = adjectives.flatMap { a in nouns.filter { a.tag.agrees(with: $0.tag) }.map { (a.tag, $0.tag) } }
        #expect(!pairs.isEmpty)
        #expect(pairs.allSatisfy { $0.0.gender == .feminine && $0.0.number == .singular })
        let masculine = try #require(lexicon.analyses(of: "большим").first { $0.tag.number == .singular })
        let feminine = try #require(lexicon.analyses(of: "рекой").first)
        #expect(!masculine.tag.agrees(with: feminine.tag))
    }
}
