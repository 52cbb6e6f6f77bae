import Testing
import Slovo
import SlovoInvariants

// Entities over generated hostile text and real samples (see EntityInvariants): mentions on
// token boundaries, groups consistent, JSON offsets that give back each entity's text.

@Test func generatedTextsKeepTheEntityRules() throws {
    let analyzer = try Analyzer.standard()
    for seed in 0..<150 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let violations = EntityInvariants.check(analyzer.analyze(text))
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func realSamplesKeepTheEntityRules() throws {
    let analyzer = try Analyzer.standard()
    for (k, text) in SampleTexts.all(documents: 5, sentences: 100).enumerated() {
        let violations = EntityInvariants.check(analyzer.analyze(text))
        #expect(violations.isEmpty, "sample \(k): \(violations)")
    }
}
