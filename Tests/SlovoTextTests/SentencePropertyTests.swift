import Testing
import SlovoText
import SlovoInvariants

// Properties of the sentence splitter (see SentenceInvariants): sentences tile the tokens and
// their spans match, over generated text, real samples and filtered token arrays.

@Test func generatedTextsSplitIntoSentencesThatTileTheTokens() {
    for seed in 0..<400 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let tokens = Tokenizer().tokenize(text)
        let violations = SentenceInvariants.check(tokens, SentenceSplitter().split(text, tokens: tokens))
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func realSamplesSplitIntoSentencesThatTileTheTokens() {
    for (k, text) in SampleTexts.all().enumerated() {
        let tokens = Tokenizer().tokenize(text)
        let violations = SentenceInvariants.check(tokens, SentenceSplitter().split(text, tokens: tokens))
        #expect(violations.isEmpty, "sample \(k): \(violations)")
    }
}

@Test func anyInOrderSubsetOfTheTokensSplitsIntoSentencesThatTileIt() {
    for seed in 0..<200 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let subset = Tokenizer().tokenize(text).filter { _ in generator.random.chance(0.6) }
        let violations = SentenceInvariants.check(subset, SentenceSplitter().split(text, tokens: subset))
        #expect(violations.isEmpty, "seed \(seed): \(violations)")
    }
}

@Test func splittingTheSameTokensTwiceGivesTheSameSentences() {
    for seed in 0..<50 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let tokens = Tokenizer().tokenize(text)
        #expect(SentenceSplitter().split(text, tokens: tokens) == SentenceSplitter().split(text, tokens: tokens))
    }
}
