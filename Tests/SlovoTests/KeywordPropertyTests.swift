import Testing
import Slovo
import SlovoInvariants

// Keywords over generated hostile text and real samples (see KeywordInvariants): occurrences on
// token boundaries, scores in [0, 1] best first, JSON offsets that give back each occurrence.

@Test func generatedTextsKeepTheKeywordRules() throws {
    let analyzer = try Analyzer.standard()
    for seed in 0..<150 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let violations = KeywordInvariants.check(analyzer.analyze(text))
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func realSamplesKeepTheKeywordRules() throws {
    let analyzer = try Analyzer.standard()
    for (k, text) in SampleTexts.all(documents: 5, sentences: 100).enumerated() {
        let analysis = analyzer.analyze(text)
        // The demo text and the scraped page (the first samples) are articles: they have
        // keywords; a short UD sentence may have none.
        if k < 2 { #expect(analysis.keywords.count >= 5, "sample \(k) has \(analysis.keywords.count) keywords") }
        let violations = KeywordInvariants.check(analysis)
        #expect(violations.isEmpty, "sample \(k): \(violations)")
    }
}
