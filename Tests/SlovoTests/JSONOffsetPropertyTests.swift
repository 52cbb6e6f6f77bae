import Testing
import Slovo
import SlovoInvariants

// The JSON output's code-point offsets (Python string indices) give back exactly each token's
// and sentence's text, for generated text and for the characters that break offset code.

@Test func generatedTextsHaveOffsetsThatRoundTrip() {
    let analyzer = Analyzer()
    for seed in 0..<300 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        let violations = OffsetInvariants.check(analyzer.analyze(text))
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(text)): \(violations)")
    }
}

@Test func realSamplesHaveOffsetsThatRoundTrip() {
    let analyzer = Analyzer()
    for (k, text) in SampleTexts.all(documents: 10, sentences: 100).enumerated() {
        let violations = OffsetInvariants.check(analyzer.analyze(text))
        #expect(violations.isEmpty, "sample \(k): \(violations)")
    }
}

struct OffsetCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    /// A token's text and its code-point span.
    let token: String
    let span: Range<Int>
    var testDescription: String { name }
}

let offsetCases: [OffsetCase] = [
    .init(name: "combining stress mark", text: "Замо\u{301}к и за\u{301}мок.", token: "за\u{301}мок", span: 9..<15),
    .init(name: "non-BMP letters", text: "𝔸𝔹 Калуга", token: "Калуга", span: 3..<9),
    .init(name: "emoji ZWJ sequence", text: "👨\u{200D}👩\u{200D}👧 Калуга", token: "Калуга", span: 6..<12),
    .init(name: "CR LF", text: "Первая.\r\nВторая.", token: "Вторая", span: 9..<15),
    .init(name: "byte order mark inside the text", text: "\u{FEFF}Калуга", token: "Калуга", span: 1..<7),
    .init(name: "zero-width joiner between words", text: "Вологда\u{200D} Калуга", token: "Калуга", span: 9..<15),
    // ICU attaches format characters to the word before them: the token keeps the override.
    .init(name: "right-to-left marks", text: "\u{200F}שלום\u{200E} Калуга\u{202E}", token: "Калуга\u{202E}", span: 7..<14),
    .init(name: "NUL and controls", text: "\u{0}\u{1B}[31m Калуга", token: "Калуга", span: 7..<13),
    .init(name: "line and paragraph separators", text: "А\u{2028}Б\u{2029}Калуга", token: "Калуга", span: 4..<10),
]

@Test(arguments: offsetCases)
func offsetsCountCodePoints(_ c: OffsetCase) {
    let analysis = Analyzer().analyze(c.text)
    #expect(OffsetInvariants.check(analysis).isEmpty)
    var writer = JSONWriter()
    writer.raw("{")
    AnalysisJSON.writeTokensAndSentences(analysis, into: &writer)
    writer.raw("}")
    guard case .success(let json) = JSONInvariants.parse(writer.bytes), case .array(let tokens)? = json["tokens"] else {
        Issue.record("unreadable JSON")
        return
    }
    let match = tokens.first { $0["text"]?.stringValue.map { Array($0.utf8) == Array(c.token.utf8) } == true }
    #expect(match?["start"] == .number(String(c.span.lowerBound)) && match?["end"] == .number(String(c.span.upperBound)),
            "\(c.token) at \(String(describing: match))")
}

@Test func theJSONOutputIsIdenticalAcrossRuns() {
    for seed in 0..<50 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let text = generator.text()
        func render() -> [UInt8] {
            var writer = JSONWriter()
            AnalysisJSON.writeTokensAndSentences(Analyzer().analyze(text), fields: [.text, .stems], into: &writer)
            return writer.bytes
        }
        #expect(render() == render(), "seed \(seed)")
    }
}
