import Slovo

/// Rules for the morphology stage (an ``Analyzer`` with a lexicon):
///
/// - one word analysis per token; a lemma for every word token and none for other tokens; a
///   lemma is non-empty and lower-case (as `lowercased()` leaves it);
/// - the analysis does not depend on what a reused ``MorphologyMemo`` saw before: analysing
///   with a memo filled by other texts gives the same tags and lemmas as a fresh analysis;
/// - the tokens and sentences are those of an analyzer without morphology;
/// - normalizing any phrase of the analysis gives a string (punctuation-only phrases too), and
///   listing the lexeme of a word's analysis gives non-empty forms.
public enum MorphologyInvariants {
    public static func check(_ text: String, analyzer: Analyzer, memo: inout MorphologyMemo) -> Violations {
        var v = Violations()
        let fresh = analyzer.analyze(text)
        let reused = analyzer.analyze(text, memo: &memo)
        guard fresh.morphology.count == fresh.tokens.count else {
            v.add("\(fresh.morphology.count) word analyses for \(fresh.tokens.count) tokens")
            return v
        }
        let plain = Analyzer().analyze(text)
        v.expect(plain.tokens == fresh.tokens && plain.sentences == fresh.sentences,
                 "morphology changed the tokens or sentences")
        v.expect(reused.tokens == fresh.tokens && reused.morphology == fresh.morphology,
                 "a reused memo changed the analysis")
        for k in fresh.tokens.indices {
            let lemma = fresh.lemma(of: k)
            if fresh.tokens[k].kind == .word {
                guard let lemma, !lemma.isEmpty else {
                    v.add("word token \(k) \(Quoted.swiftLiteral(fresh.text(of: k))) has no lemma")
                    continue
                }
                v.expect(lemma.lowercased() == lemma, "lemma \(Quoted.swiftLiteral(lemma)) of token \(k) is not lower-case")
            } else {
                v.expect(lemma == nil, "token \(k) of kind \(fresh.tokens[k].kind) has a lemma")
            }
        }
        if let lexicon = fresh.lexicon {
            for k in fresh.tokens.indices.prefix(4) where fresh.tokens[k].kind == .word {
                // (A non-word's analysis does not hold its text: its forms are empty by design.)
                guard let analysis = fresh.wordAnalysis(of: k), analysis.method != .nonWord else { continue }
                for form in lexicon.lexeme(of: analysis).prefix(8) {
                    v.expect(!lexicon.word(of: form).isEmpty, "an empty form in the lexeme of token \(k)")
                }
            }
        }
        for sentence in fresh.sentences.prefix(4) {
            v.expect(fresh.normalizedPhrase(sentence.tokens) != nil, "no normalized phrase for a sentence")
        }
        return v
    }
}
