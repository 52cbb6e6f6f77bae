import SlovoText
import SlovoMorphology

/// Lemma accuracy on UD sentences, with the conventions of the shared data's README:
/// case-insensitive, ё = е, gold tokens tagged PUNCT, SYM, X or NUM skipped.
public enum LemmaEvaluation {
    /// Counts of one run.
    public struct Result: Sendable {
        /// Gold tokens scored.
        public var tokens = 0
        /// Tokens whose predicted lemma equals the gold lemma.
        public var correct = 0
        /// In-context mode: scored tokens whose span matched a Slovo token exactly (the rest
        /// fall back to the context-free lemma of the gold form).
        public var aligned = 0
        /// Accuracy in 0...1.
        public var accuracy: Double { tokens == 0 ? 0 : Double(correct) / Double(tokens) }
    }

    /// Parts of speech the convention does not score.
    static let skipped: Set<String> = ["PUNCT", "SYM", "X", "NUM"]

    /// Lemmas compared as the convention says: lower-case, ё as е.
    public static func normalized(_ lemma: some StringProtocol) -> String {
        String(lemma.lowercased().map { $0 == "ё" ? "е" : $0 })
    }

    /// Scores context-free lemmas of each gold token's form, or (with an analyzer) the lemmas
    /// Slovo chooses in the sentence, aligned to the gold spans. `predictions` receives every
    /// gold token's predicted lemma, sentence by sentence (for `score.py lemma`).
    /// O(total text).
    public static func evaluate(_ gold: [GoldSentence], lexicon: Lexicon, analyzer: Analyzer? = nil,
                                predictions: ((Int, [String]) -> Void)? = nil) -> Result {
        var result = Result()
        var memo = MorphologyMemo()
        for (index, sentence) in gold.enumerated() {
            var predicted: [String] = []
            var contextLemmas: [Range<Int>: String] = [:]
            if let analyzer {
                let analysis = analyzer.analyze(sentence.text, memo: &memo)
                var text = analysis.text
                text.withUTF8 { bytes in
                    var offsets = CodePointOffsets(bytes)
                    for k in analysis.tokens.indices {
                        let t = analysis.tokens[k]
                        let span = offsets.codePointOffset(of: Int(t.start))..<offsets.codePointOffset(of: Int(t.end))
                        if let lemma = analysis.lemma(of: k) { contextLemmas[span] = lemma }
                    }
                }
            }
            for (k, form) in sentence.forms.enumerated() {
                var lemma: String
                if let l = contextLemmas[sentence.tokens[k]] {
                    lemma = l
                    if !skipped.contains(sentence.upos[k]) { result.aligned += 1 }
                } else {
                    lemma = lexicon.lemma(form)
                }
                if lemma.isEmpty { lemma = form }
                predicted.append(lemma)
                guard !skipped.contains(sentence.upos[k]) else { continue }
                result.tokens += 1
                if normalized(lemma) == normalized(sentence.lemmas[k]) { result.correct += 1 }
            }
            predictions?(index, predicted)
        }
        return result
    }
}
