import SlovoMorphology
import SlovoText

/// Turns the analyses chosen in context into the small per-token facts the entity tagger
/// reads: part of speech, case, proper-name tags, and a hash of the lemma.
public enum EntityMorphology {
    /// One ``WordMorphology`` per token (none when `analyses` is empty). O(tokens); one scratch
    /// buffer for lemmas.
    public static func features(of analyses: some Collection<WordAnalysis>, tokens: [Token],
                                lexicon: Lexicon) -> [WordMorphology]? {
        guard analyses.count == tokens.count, !analyses.isEmpty else { return nil }
        var result = [WordMorphology](repeating: WordMorphology(), count: tokens.count)
        var lemma: [UInt8] = []
        lemma.reserveCapacity(64)
        for (i, a) in analyses.enumerated() where tokens[i].kind == .word {
            result[i] = facts(of: a, lemmaHash: lemmaHash(of: a, lexicon: lexicon, scratch: &lemma))
        }
        return result
    }

    /// The same, with each lemma's hash and the longest place name it starts remembered with
    /// the word in the word memo (`words.memoKeys`, the slots ``DocumentWords`` just read):
    /// a word met again in the same reading costs nothing more. Also gives, per token, the
    /// most words of a place name its lemma can start (0: none).
    static func features(of analyses: [WordAnalysis], tokens: [Token], words: DocumentWords, lexicon: Lexicon,
                         stemFacts: StemFactsTable, memo: KeyedMemo<WordFacts>)
        -> (morphology: [WordMorphology], lemmaPlaceLengths: [UInt8])? {
        guard analyses.count == tokens.count, !analyses.isEmpty else { return nil }
        var result = [WordMorphology](repeating: WordMorphology(), count: tokens.count)
        var lengths = [UInt8](repeating: 0, count: tokens.count)
        var lemma: [UInt8] = []
        lemma.reserveCapacity(64)
        // Written through buffers, so that a write checks no uniqueness (a call per write).
        result.withUnsafeMutableBufferPointer { result in
            lengths.withUnsafeMutableBufferPointer { lengths in
                for i in tokens.indices where tokens[i].kind == .word {
                    let a = analyses[i]
                    var facts = words.facts[i]
                    let identity = a.lemmaIdentity
                    if !facts.hasLemma || facts.lemmaIdentity != identity {
                        let hash = lemmaHash(of: a, lexicon: lexicon, scratch: &lemma)
                        facts.lemmaIdentity = identity
                        facts.lemma = hash
                        facts.lemmaPlaceNameLength = stemFacts.facts(of: hash).placeNameLength
                        facts.hasLemma = true
                        if words.memoKeys[i] != 0 { memo.store(facts, for: words.memoKeys[i]) }
                    }
                    result[i] = self.facts(of: a, lemmaHash: facts.lemma)
                    lengths[i] = facts.lemmaPlaceNameLength
                }
            }
        }
        return (result, lengths)
    }

    /// The hash of an analysis's lemma (``LemmaKey``).
    static func lemmaHash(of a: WordAnalysis, lexicon: Lexicon, scratch lemma: inout [UInt8]) -> UInt64 {
        lemma.removeAll(keepingCapacity: true)
        lexicon.appendLemma(of: a, to: &lemma)
        return lemma.withUnsafeBufferPointer { LemmaKey.hash($0) }
    }

    /// The tagger's facts of one analysis whose lemma hashes to `lemmaHash`.
    static func facts(of a: WordAnalysis, lemmaHash: UInt64) -> WordMorphology {
        var proper: ProperNameFlags = []
        let tag = a.tag
        if tag.isFirstName { proper.insert(.firstName) }
        if tag.isSurname { proper.insert(.surname) }
        if tag.isPatronymic { proper.insert(.patronymic) }
        if tag.isToponym { proper.insert(.toponym) }
        if tag.isOrganization { proper.insert(.organization) }
        if tag.isAbbreviation { proper.insert(.abbreviation) }
        if a.method == .dictionary { proper.insert(.known) }
        return WordMorphology(pos: tag.partOfSpeech.rawValue &+ 1, grammaticalCase: tag.case.map { $0.rawValue &+ 1 } ?? 0,
                              proper: proper, lemma: lemmaHash)
    }
}
