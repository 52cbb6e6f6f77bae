import Testing
import Slovo
import SlovoInvariants

// One Analyzer shared by 8 concurrent tasks gives every task the results a lone caller gets.
// Run under ThreadSanitizer too: swift test --sanitize=thread --filter AnalyzerConcurrency.

@Test func oneAnalyzerSharedByEightTasksGivesEachTheSequentialResults() async {
    let analyzer = Analyzer()
    var generator = TextGenerator(seed: 42)
    let texts = (0..<64).map { _ in generator.text(maxPieces: 60) } + SampleTexts.all(documents: 4, sentences: 16)
    let expected = texts.map { text in
        let analysis = analyzer.analyze(text)
        return (analysis.tokens, analysis.sentences)
    }
    let mismatches = await withTaskGroup(of: Int.self) { group in
        for task in 0..<8 {
            group.addTask {
                var mismatches = 0
                for round in 0..<2 {
                    // Each task walks the texts in its own order, so different texts overlap.
                    for k in texts.indices {
                        let index = (k * (task + 1) + round) % texts.count
                        let analysis = analyzer.analyze(texts[index])
                        if analysis.tokens != expected[index].0 || analysis.sentences != expected[index].1 { mismatches += 1 }
                        _ = analysis.tokens.indices.prefix(8).map { analysis.stem(of: $0) }
                    }
                }
                return mismatches
            }
        }
        return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
}

@Test func tokenizersOnManyThreadsAgreeWithOneThread() async {
    var generator = TextGenerator(seed: 9)
    let text = (0..<200).map { _ in generator.text(maxPieces: 20) }.joined(separator: "\n")
    let expected = Tokenizer().tokenize(text)
    let results = await withTaskGroup(of: Bool.self) { group in
        for _ in 0..<8 { group.addTask { Tokenizer().tokenize(text) == expected } }
        return await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(results == Array(repeating: true, count: 8))
}
