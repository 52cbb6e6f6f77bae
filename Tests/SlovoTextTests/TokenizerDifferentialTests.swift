import Testing
import SlovoText

// The tokenizer on the fast segmenter must give exactly the tokens (spans, kinds, flags) and
// sentences it gives on ICU's segments: this checks everything the fast path adds after
// segmentation (token kinds and case/script flags decided while scanning, isolated tokens
// finished at once, address anchors collected by the scanner).

func expectSameTokens(_ text: String, _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let fast = Tokenizer(segmentation: .fast).tokenize(text)
    let reference = Tokenizer(segmentation: .icu).tokenize(text)
    guard fast != reference else { return }
    let index = (0..<min(fast.count, reference.count)).first { fast[$0] != reference[$0] } ?? min(fast.count, reference.count)
    func describe(_ tokens: [Token]) -> String {
        guard index < tokens.count else { return "nothing" }
        let t = tokens[index]
        return "\(t.text(in: text).debugDescription) \(t.kind) flags \(t.flags.rawValue) at \(t.start)..<\(t.end)"
    }
    Issue.record("\(label) token \(index): fast \(describe(fast)), ICU \(describe(reference))",
                 sourceLocation: sourceLocation)
}

@Test func hardCasesTokenizeAsOnICUSegments() {
    for text in hardSegmentationCases { expectSameTokens(text, text.debugDescription) }
    expectSameTokens(hardSegmentationCases.joined(separator: " "), "all hard cases")
    expectSameTokens(hardSegmentationCases.joined(separator: ""), "all hard cases, no spaces")
}

@Test func ruleExamplesTokenizeAsOnICUSegments() {
    for c in tokenizerCases { expectSameTokens(c.text, c.text) }
    for c in sentenceCases { expectSameTokens(c.text, c.text) }
}

@Test func seededRandomMixturesTokenizeAsOnICUSegments() {
    var generator = SeededGenerator(seed: 9)
    for k in 0..<300 {
        let text = RandomText.mixture(length: Int.random(in: 1...400, using: &generator), using: &generator)
        expectSameTokens(text, "mixture \(k)")
    }
    expectSameTokens(RandomText.mixture(length: 300_000, lineFeeds: false, using: &generator), "long mixture")
}

@Test func corpusSliceTokenizesAsOnICUSegments() throws {
    guard let path = SharedData.corpusPath else {
        print("../shared/data/corpus not present: corpus token differential test skipped")
        return
    }
    let bytes = try #require(SharedData.read(path, limit: 2 << 20))
    let end = (bytes.lastIndex(of: 0x0A) ?? bytes.count - 1) + 1
    expectSameTokens(String(decoding: bytes[0..<end], as: UTF8.self), "corpus slice")
}

/// The whole 48 MB corpus at the token level, in pieces of about 4 MB cut after a line feed;
/// runs only when SLOVO_FULL_CORPUS=1 (`.ci/steps/40-tokenizer-differential`).
@Test(.enabled(if: SharedData.environment("SLOVO_FULL_CORPUS") == "1"))
func wholeCorpusTokenizesAsOnICUSegments() throws {
    let path = try #require(SharedData.corpusPath, "SLOVO_FULL_CORPUS=1 but ../shared/data/corpus is missing")
    let bytes = try #require(SharedData.read(path))
    var start = 0
    var tokens = 0
    while start < bytes.count {
        var end = min(bytes.count, start + (4 << 20))
        while end < bytes.count && bytes[end - 1] != 0x0A { end += 1 }
        bytes[start..<end].withUnsafeBufferPointer { piece in
            let fast = Tokenizer(segmentation: .fast).tokenize(piece)
            let reference = Tokenizer(segmentation: .icu).tokenize(piece)
            tokens += reference.count
            #expect(fast == reference, "tokens differ in bytes \(start)..<\(end)")
        }
        start = end
    }
    print("whole corpus: \(bytes.count) bytes, \(tokens) tokens compared")
}
