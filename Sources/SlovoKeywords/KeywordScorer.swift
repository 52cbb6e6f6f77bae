#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scores candidates by in-document statistics and specificity:
///
///     score = tf^frequency × idf^specificity × (1 + position × early) × (1 + spread × spread)
///           × (1 + title × inTitle) × (1 + proper × isProper) × phrase^(words − 1)
///           [× singlePhrase for a phrase seen once] [× unseen when the background has none
///           of its words]
///
/// where tf counts occurrences (title occurrences weigh ``KeywordWeights/titleCount`` each,
/// adjectives derived from the noun ``KeywordWeights/derived``),
/// idf is ln((N + 1) / (df + 1)) / ln(N + 1) for the background's N documents and the word's
/// document frequency df (a phrase takes the mean over its words), `early` is 1 for the first
/// sentence falling to 0 for the last, `spread` is the share of sentences between the first and
/// last occurrence. O(1) per candidate plus one background lookup per word.
struct KeywordScorer {
    let background: KeywordBackground
    let weights: KeywordWeights
    let logDocuments: Double
    /// For each noun of the derivations, whether it is a name (written with a capital).
    let derivationNames: [Bool]

    init(background: KeywordBackground, weights: KeywordWeights, derivations: KeywordDerivations) {
        self.background = background
        self.weights = weights
        derivationNames = derivations.nounIsName
        logDocuments = log(Double(background.documentCount) + 1)
    }

    /// Specificity of a lemma seen in `documents` background documents, in 0...1.
    func idf(documents: Int) -> Double {
        log((Double(background.documentCount) + 1) / (Double(documents) + 1)) / logDocuments
    }

    /// Scores every candidate of `table` found in `source` (the text; `sentenceCount` ≥ 1).
    func score(_ table: inout CandidateTable, source: KeywordSource, title: KeywordSource?) {
        let sentenceCount = Double(max(1, source.sentences.count))
        let w = weights
        for c in table.candidates.indices {
            let candidate = table.candidates[c]
            let first = table.occurrences[candidate.first]
            let inTitle = first.kind.contains(.title) && title != nil
            // Specificity: mean over the words, read from the first occurrence.
            var specificity = 0.0
            var words = 0
            var capitalized = 0
            var unseen = 0
            for k in Int(first.start)..<Int(first.end) {
                let word = inTitle ? title!.words[k] : source.words[k]
                guard word.key != 0 else { continue }
                // A derived adjective stands for its noun: the noun's key is the candidate's.
                let key = first.kind.contains(.derived) ? candidate.key : word.key
                let df = background.documents(containing: key)
                if df == 0 { unseen += 1 }
                specificity += idf(documents: df)
                words += 1
                let traits = word.traits
                if traits.contains(.properName) || traits.contains(.allCaps)
                    || (traits.contains(.capitalized) && !traits.contains(.sentenceStart)) {
                    capitalized += 1
                } else if first.kind.contains(.derived), word.derived >= 0,
                          word.derived < derivationNames.count, derivationNames[Int(word.derived)] {
                    capitalized += 1
                }
            }
            specificity = words > 0 ? specificity / Double(words) : 0
            let tf = Double(candidate.count) + w.derived * Double(candidate.derivedCount)
                + w.titleCount * Double(candidate.titleCount)
            var score = pow(tf, w.frequency) * pow(max(specificity, 1e-6), w.specificity)
            if candidate.count + candidate.derivedCount > 0 {
                let early = 1 - Double(candidate.firstSentence) / sentenceCount
                let spread = Double(candidate.lastSentence - candidate.firstSentence) / sentenceCount
                score *= (1 + w.position * early) * (1 + w.spread * spread)
            }
            if candidate.titleCount > 0 { score *= 1 + w.title }
            if unseen > 0 && unseen == words { score *= w.unseen }
            let proper = !candidate.kind.isDisjoint(with: [.name, .person, .organization, .location])
                || (words > 0 && capitalized == words)
            if proper { score *= 1 + w.proper }
            if candidate.words > 1 {
                score *= pow(w.phrase, Double(candidate.words - 1))
                if candidate.count + candidate.titleCount < 2 && candidate.titleCount == 0
                    && candidate.kind.isDisjoint(with: .entity) {
                    score *= w.singlePhrase
                }
            }
            table.candidates[c].score = score
        }
    }
}
