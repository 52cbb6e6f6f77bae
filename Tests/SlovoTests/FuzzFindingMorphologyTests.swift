import Testing
import Slovo
import SlovoInvariants

// Regression tests for what the morphology property tests and fuzzing found.

/// A phrase without words (only punctuation, numbers or symbols) crashed the phrase
/// normalizer: it looked for a head among no words ("Index out of range").
@Test func phrasesWithoutWordsNormalizeToThemselves() throws {
    let analyzer = try Analyzer.standard()
    for text in ["!!! ...", "1 000 — 2", "😀 #", "«»"] {
        let analysis = analyzer.analyze(text)
        #expect(analysis.normalizedPhrase(0..<analysis.tokens.count) == text, "\(text)")
    }
    let normalizer = PhraseNormalizer(lexicon: try Lexicon.shared())
    #expect(normalizer.normalize([String]()) == [])
    #expect(normalizer.normalize("") == "")
}
