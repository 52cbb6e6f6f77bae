import Testing
import Slovo
import SlovoInvariants

// The morphology stage over generated hostile text and real samples (see MorphologyInvariants):
// a lemma per word token, a reused memo changes nothing, lexemes and phrases never fail.

@Test func generatedTextsKeepTheMorphologyRules() throws {
    let analyzer = try Analyzer.standard()
    var memo = MorphologyMemo()
    for seed in 0..<150 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let violations = MorphologyInvariants.check(text, analyzer: analyzer, memo: &memo)
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func realSamplesKeepTheMorphologyRules() throws {
    let analyzer = try Analyzer.standard()
    var memo = MorphologyMemo()
    for (k, text) in SampleTexts.all(documents: 5, sentences: 100).enumerated() {
        let violations = MorphologyInvariants.check(text, analyzer: analyzer, memo: &memo)
        #expect(violations.isEmpty, "sample \(k): \(violations)")
    }
}
