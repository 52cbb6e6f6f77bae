import Testing
import Slovo

// Regression tests for what the limit checks (Tests/Limits/run.sh) found in the morphology stage.

/// A hostile "sentence" (no final mark, millions of tokens) was searched in one lattice with
/// every candidate of every token: 10 MB of "г. " took 4.6 GB. It is now tagged in windows;
/// each token still gets its analysis and lemma, and text shorter than a window is unchanged.
@Test func aSentenceLongerThanTheTaggingWindowGetsAnAnalysisPerToken() throws {
    let analyzer = try Analyzer.standard()
    let text = String(repeating: "г. ", count: 3_000) + "Калуга"
    let analysis = analyzer.analyze(text)
    #expect(analysis.sentences.count == 1)
    #expect(analysis.morphology.count == analysis.tokens.count)
    #expect(analysis.tokens.indices.allSatisfy { analysis.lemma(of: $0) != nil })
    #expect(analysis.lemma(of: analysis.tokens.count - 1) == "калуга")
}
