import Testing
import SlovoText
@testable import SlovoMorphology

/// The compact list of analyses holds exactly the values put in, bases longer than a record's
/// inline room included.
@Suite struct WordAnalysisListTests {
    /// Analyses of words with short and long bases ("превысокомногорассмотрительствующий":
    /// more codes than a record keeps inline).
    static func sampleAnalyses(_ lexicon: Lexicon) -> [WordAnalysis] {
        ["Калуге", "того", "превысокомногорассмотрительствующий", "северо-восточно-западно-южного", "г.", "42",
         "IT-центр", "достопримечательностями", "Логанцова"].flatMap { lexicon.analyses(of: $0) }
    }

    @Test func codesAreEqualWhateverLiesPastTheirCount() {
        var long = InlineCodes(), short = InlineCodes()
        for code: UInt8 in [5, 9, 14, 3] { long.append(code) }
        for code: UInt8 in [5, 9] { short.append(code) }
        long.remove(2..<2, 2..<4)
        #expect(long.count == 2)
        #expect(long == short)
        #expect(long.hashValue == short.hashValue)
    }

    @Test func aRecordTakesFortyBytes() {
        #expect(MemoryLayout<ListRecord>.stride == 40)
    }

    @Test func everyAnalysisReadsBackAsItWasPut() throws {
        let lexicon = try #require(testLexicon)
        let analyses = Self.sampleAnalyses(lexicon)
        #expect(analyses.contains { !StoredAnalysis.isInline($0.base.count) }, "no long base in the sample")
        let list = WordAnalysisList(analyses)
        #expect(list.count == analyses.count)
        #expect(Array(list) == analyses)
        for range in [0..<analyses.count, 0..<0, 2..<(analyses.count - 1)] {
            #expect(list.array(range) == Array(analyses[range]))
        }
    }

    @Test func anElementSetIsReadBack() throws {
        let lexicon = try #require(testLexicon)
        let analyses = Self.sampleAnalyses(lexicon)
        var list = WordAnalysisList(analyses.map { _ in analyses[0] })
        for (i, a) in analyses.enumerated().reversed() { list[i] = a }
        #expect(Array(list) == analyses)
        #expect(list == WordAnalysisList(analyses))
        list[0] = analyses[1]
        #expect(list != WordAnalysisList(analyses))
    }

    @Test func taggingIntoAListChoosesWhatAnArrayGets() throws {
        let lexicon = try #require(testLexicon)
        let tagger = MorphologyTagger(lexicon: lexicon)
        var text = MemoTests.text
        let (array, list) = text.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes)
            var array: [WordAnalysis] = [], list = WordAnalysisList()
            var memoA = MorphologyMemo(), memoB = MorphologyMemo()
            for sentence in SentenceSplitter().split(bytes, tokens: tokens) {
                tagger.tag(tokens, sentence.tokens, in: bytes, memo: &memoA, into: &array)
                tagger.tag(tokens, sentence.tokens, in: bytes, memo: &memoB, into: &list)
            }
            return (array, list)
        }
        #expect(array.contains { !StoredAnalysis.isInline($0.base.count) }, "no long base chosen")
        #expect(array.contains { $0.tag.partOfSpeech == .pronoun }, "no demonstrative made a pronoun")
        #expect(Array(list) == array)
    }
}
