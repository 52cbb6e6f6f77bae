import Testing
import SlovoText
import SlovoInvariants

// Properties of the tokenizer over generated hostile text and real samples (see
// TokenInvariants for the rules). A failure names the seed that reproduces it.

@Test func generatedTextsKeepTheTokenInvariants() {
    for seed in 0..<400 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let violations = TokenInvariants.check(text, Tokenizer().tokenize(text))
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func realSamplesKeepTheTokenInvariants() {
    let samples = SampleTexts.all()
    #expect(!samples.isEmpty)
    for (k, text) in samples.enumerated() {
        let violations = TokenInvariants.check(text, Tokenizer().tokenize(text))
        #expect(violations.isEmpty, "sample \(k): \(violations)")
    }
}

@Test func randomScalarSoupKeepsTheTokenInvariants() {
    for seed in 0..<200 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        var text = ""
        for _ in 0..<generator.random.int(1...60) { text.unicodeScalars.append(generator.anyScalar()) }
        let violations = TokenInvariants.check(text, Tokenizer().tokenize(text))
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func everyEntryPointGivesTheSameTokensEveryTime() {
    let tokenizer = Tokenizer()
    for seed in 0..<100 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        var text = generator.text()
        let tokens = tokenizer.tokenize(text)
        #expect(tokenizer.tokenize(text) == tokens, "seed \(seed): a second run differs")
        text.withUTF8 { bytes in
            #expect(tokenizer.tokenize(bytes) == tokens, "seed \(seed): the byte form differs")
            var appended = [Token(start: 0, end: 1, kind: .word)]
            tokenizer.tokenize(bytes, into: &appended)
            #expect(Array(appended.dropFirst()) == tokens, "seed \(seed): appending differs")
        }
    }
}

/// Paragraphs joined by blank lines tokenize as each one alone (shifted): no rule reaches
/// across a blank line. Over 256 KiB this also checks that the tokenizer's chunking (it hands
/// ICU about 64 KiB at a time) changes nothing.
@Test func paragraphsTokenizeAloneAsInALongText() {
    var generator = TextGenerator(seed: 7)
    var paragraphs: [String] = []
    var length = 0
    while length < 600_000 {
        let paragraph = generator.text(maxPieces: 80)
        paragraphs.append(paragraph)
        length += paragraph.utf8.count + 2
    }
    let tokenizer = Tokenizer()
    var expected: [Token] = []
    var offset: Int32 = 0
    for paragraph in paragraphs {
        for token in tokenizer.tokenize(paragraph) {
            expected.append(Token(start: token.start + offset, end: token.end + offset, kind: token.kind, flags: token.flags))
        }
        offset += Int32(paragraph.utf8.count + 2)
    }
    let whole = paragraphs.joined(separator: "\n\n")
    let tokens = tokenizer.tokenize(whole)
    #expect(tokens.count == expected.count)
    if let k = (0..<min(tokens.count, expected.count)).first(where: { tokens[$0] != expected[$0] }) {
        Issue.record("first difference at token \(k): \(tokens[k]) vs \(expected[k]), text \(Quoted.swiftLiteral(tokens[k].text(in: whole)))")
    }
    #expect(TokenInvariants.check(whole, tokens).isEmpty)
}

@Test func textWithoutCharactersThatCarryTextHasNoTokens() {
    for text in ["", " ", "\n\n\r\n", "\u{FEFF}", "\u{200D}\u{200B}\u{2060}", "\u{A0}\u{2028}\u{3000}\u{202F}", "\t\u{200F}\u{202E}\u{2069}"] {
        #expect(Tokenizer().tokenize(text).isEmpty, "\(Quoted.swiftLiteral(text))")
    }
}
