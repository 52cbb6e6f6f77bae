import Testing
import SlovoText

// Invariants of the tokenizer and the sentence splitter, checked over generated and real text:
// tokens are in order, non-overlapping, inside the text and on scalar boundaries, and cover
// every character that is not white space or ignorable; sentences are in order and tile the
// tokens; the output is the same on every run and on every thread. (Linear time is checked by
// `.ci/steps/41-tokenizer-linear-time`, outside the unit tests, since timings are noisy.)

/// Texts to check: the hard segmentation cases, seeded random mixtures, and real text (the
/// demo text of the repository; a corpus slice when ../shared is present).
let invariantTexts: [(String, String)] = {
    var texts = hardSegmentationCases.map { ("hard case \($0.debugDescription)", $0) }
    texts.append(("all hard cases", hardSegmentationCases.joined(separator: " ")))
    var generator = SeededGenerator(seed: 77)
    for k in 0..<150 {
        let length = Int.random(in: 0...800, using: &generator)
        texts.append(("mixture \(k)", RandomText.mixture(length: length, using: &generator)))
    }
    texts.append(("long mixture", RandomText.mixture(length: 200_000, lineFeeds: false, using: &generator)))
    if let demo = SharedData.read(SharedData.packageRoot + "/Examples/kaluga-it-cluster.txt") {
        texts.append(("demo text", String(decoding: demo, as: UTF8.self)))
    }
    if let path = SharedData.corpusPath, let bytes = SharedData.read(path, limit: 1 << 20) {
        let end = (bytes.lastIndex(of: 0x0A) ?? bytes.count - 1) + 1
        texts.append(("corpus slice", String(decoding: bytes[0..<end], as: UTF8.self)))
    }
    return texts
}()

/// Checks every invariant on one text; returns the problems found (at most a few).
func invariantViolations(_ text: String) -> [String] {
    var problems: [String] = []
    var copy = text
    copy.withUTF8 { bytes in
        let tokens = Tokenizer().tokenize(bytes)
        let sentences = SentenceSplitter().split(bytes, tokens: tokens)
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for (k, token) in tokens.enumerated() {
            let start = Int(token.start), end = Int(token.end)
            guard 0 <= start, start < end, end <= bytes.count else {
                problems.append("token \(k) \(start)..<\(end) outside the text of \(bytes.count) bytes")
                return
            }
            if start < previousEnd { problems.append("token \(k) starts at \(start), before \(previousEnd)") }
            if bytes[start] & 0xC0 == 0x80 || (end < bytes.count && bytes[end] & 0xC0 == 0x80) {
                problems.append("token \(k) \(start)..<\(end) cuts a character")
            }
            for i in start..<end { covered[i] = true }
            previousEnd = end
        }
        // Every character outside the tokens is white space or ignorable.
        var i = 0
        while i < bytes.count && problems.count < 5 {
            let (c, length) = UTF8Scanning.decode(bytes, at: i)
            if !covered[i] && !CharClass.isWhitespace(c) && !CharClass.isIgnorable(c) {
                problems.append("U+\(String(c, radix: 16, uppercase: true)) at byte \(i) is in no token")
            }
            i += length
        }
        // Sentences tile the tokens, in order, and span from their first to their last token.
        var next = 0
        for (k, sentence) in sentences.enumerated() {
            guard sentence.tokens.lowerBound == next, sentence.tokens.upperBound > next,
                  sentence.tokens.upperBound <= tokens.count else {
                problems.append("sentence \(k) holds tokens \(sentence.tokens), expected from \(next)")
                return
            }
            if sentence.start != tokens[sentence.tokens.lowerBound].start
                || sentence.end != tokens[sentence.tokens.upperBound - 1].end {
                problems.append("sentence \(k) spans \(sentence.start)..<\(sentence.end), not its tokens")
            }
            next = sentence.tokens.upperBound
        }
        if next != tokens.count { problems.append("sentences cover \(next) of \(tokens.count) tokens") }
    }
    return problems
}

@Test func tokensAndSentencesKeepTheirInvariants() {
    for (name, text) in invariantTexts {
        let problems = invariantViolations(text)
        #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
    }
}

@Test func outputIsTheSameOnEveryRun() {
    for (name, text) in invariantTexts.prefix(60) {
        let first = Tokenizer().tokenize(text)
        let second = Tokenizer().tokenize(text)
        #expect(first == second, "\(name)")
        #expect(SentenceSplitter().split(text, tokens: first) == SentenceSplitter().split(text, tokens: second), "\(name)")
    }
}

@Test func outputIsTheSameOnEveryThread() async {
    // One shared tokenizer and splitter, eight concurrent tasks, each over every text.
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    let texts = invariantTexts.map(\.1)
    let expected = texts.map { text -> [Token] in tokenizer.tokenize(text) }
    let expectedSentences = zip(texts, expected).map { splitter.split($0, tokens: $1) }
    let mismatches = await withTaskGroup(of: Int.self) { group in
        for task in 0..<8 {
            group.addTask {
                var mismatches = 0
                var generator = SeededGenerator.task(task)
                for k in texts.indices.shuffled(using: &generator) {
                    let tokens = tokenizer.tokenize(texts[k])
                    if tokens != expected[k] || splitter.split(texts[k], tokens: tokens) != expectedSentences[k] {
                        mismatches += 1
                    }
                }
                return mismatches
            }
        }
        return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
}

@Test func emptyAndBlankTextsHaveNoTokensAndNoSentences() {
    for text in ["", " ", "\n\n", "\u{200B}\u{FEFF}", " \t\u{A0}\u{3000} "] {
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.isEmpty, "\(text.debugDescription)")
        #expect(SentenceSplitter().split(text, tokens: tokens).isEmpty, "\(text.debugDescription)")
    }
}
