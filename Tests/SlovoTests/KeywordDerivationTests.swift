import Testing
@testable import SlovoKeywords
import Slovo

/// Adjectives standing for the nouns they are derived from ("калужский" for Калуга): the file
/// format, the stems the generator tries, and their effect on candidates.
@Suite struct KeywordDerivationTests {
    static let analyzer = try? Analyzer.standard(entities: false, keywords: true)

    @Test func theFileFormatPairsAnAdjectiveWithItsNoun() throws {
        let derivations = try KeywordDerivations(tsv: "# comment\nкалужский\tКалуга\nэкономический\tэкономика\n")
        #expect(derivations.count == 2)
        #expect(derivations.noun(ofAdjective: "калужский") == "Калуга")
        #expect(derivations.noun(ofAdjective: "экономический") == "экономика")
        #expect(derivations.noun(ofAdjective: "вологодский") == nil)
    }

    @Test func theFirstPairOfAnAdjectiveWins() {
        let derivations = KeywordDerivations(pairs: [("калужский", "Калуга"), ("калужский", "Калужка")])
        #expect(derivations.noun(ofAdjective: "калужский") == "Калуга")
        #expect(derivations.count == 1)
    }

    @Test func aLineWithoutTwoFieldsIsRejected() {
        #expect(throws: KeywordDataError.self) { try KeywordDerivations(tsv: "калужский Калуга\n") }
    }

    @Test(arguments: [
        ("калуга", "калуж"),      // г/ж
        ("вологда", "вологод"),   // a vowel put into the final cluster
        ("россия", "росси"),      // the final vowel dropped
        ("экономика", "экономич"), // к/ч
    ])
    func stemsAllowTheUsualAlternations(_ noun: String, _ stem: String) {
        #expect(KeywordDerivationsBuilder.stems(of: noun).contains(stem))
    }

    @Test func theShippedDerivationsKnowPlaceAdjectives() throws {
        let derivations = try KeywordDerivations.load()
        #expect(derivations.noun(ofAdjective: "калужский") == "Калуга")
        #expect(derivations.noun(ofAdjective: "российский") == "Россия")
        // "русский" has a life of its own and is not "Русь".
        #expect(derivations.noun(ofAdjective: "русский") == nil)
    }

    @Test func aDerivedAdjectiveMakesItsNounACandidate() throws {
        let analyzer = try #require(Self.analyzer)
        let extractor = try #require(analyzer.keywordExtractor)
        let text = "Калужские предприятия выросли. Калужский губернатор доволен."
        let a = analyzer.analyze(text)
        var copy = text
        let found = copy.withUTF8 { bytes in
            extractor.candidatePhrases(in: bytes, tokens: a.tokens, sentences: a.sentences, morphology: a.morphology)
        }
        #expect(found.contains("Калуга"), "\(found)")
        #expect(found.contains("калужские предприятия"), "\(found)")
    }
}
