import SlovoMorphology
import SlovoText

/// Turns the analyses chosen in context into the small per-token facts the entity tagger
/// reads: part of speech, case, proper-name tags, and a hash of the lemma.
public enum EntityMorphology {
    /// One ``WordMorphology`` per token (none when `analyses` is empty). O(tokens); one scratch
    /// buffer for lemmas.
    public static func features(of analyses: [WordAnalysis], tokens: [Token], lexicon: Lexicon) -> [WordMorphology]? {
        guard analyses.count == tokens.count, !analyses.isEmpty else { return nil }
        var result = [WordMorphology](repeating: WordMorphology(), count: tokens.count)
        var lemma: [UInt8] = []
        lemma.reserveCapacity(64)
        for (i, a) in analyses.enumerated() where tokens[i].kind == .word {
            var proper: ProperNameFlags = []
            let tag = a.tag
            if tag.isFirstName { proper.insert(.firstName) }
            if tag.isSurname { proper.insert(.surname) }
            if tag.isPatronymic { proper.insert(.patronymic) }
            if tag.isToponym { proper.insert(.toponym) }
            if tag.isOrganization { proper.insert(.organization) }
            if tag.isAbbreviation { proper.insert(.abbreviation) }
            if a.method == .dictionary { proper.insert(.known) }
            lemma.removeAll(keepingCapacity: true)
            lexicon.appendLemma(of: a, to: &lemma)
            let lemmaHash = lemma.withUnsafeBufferPointer { LemmaKey.hash($0) }
            result[i] = WordMorphology(pos: tag.partOfSpeech.rawValue &+ 1, grammaticalCase: tag.case.map { $0.rawValue &+ 1 } ?? 0,
                                       proper: proper, lemma: lemmaHash)
        }
        return result
    }
}
