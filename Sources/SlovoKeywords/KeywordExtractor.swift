import SlovoEntities
import SlovoMorphology
import SlovoText

/// Ranks the key phrases of an analysed document.
///
/// 1. Each word gets a role from the analysis chosen in context (noun, agreeing adjective, or
///    nothing) and the key of its lemma (``KeywordTokenizer``; no `String` per token).
/// 2. Candidate phrases are found in each sentence (``CandidateFinder``): nouns, adjectives +
///    noun, genitive tails, name chains, entity mentions.
/// 3. Occurrences with the same lemma key are grouped (so "Вологодской области" and
///    "Вологодская область" are one candidate) and scored (``KeywordScorer``): frequency,
///    position, spread, title, proper names, and specificity against the background's document
///    frequencies.
/// 4. The best are put into their normal form; variants that read the same are merged, and a
///    word that occurs mostly inside a better-ranked phrase gives way to it.
///
/// ```swift
/// let extractor = KeywordExtractor(lexicon: try Lexicon.shared(), background: try KeywordBackground.shared())
/// let keywords = extractor.keywords(in: bytes, tokens: tokens, sentences: sentences, morphology: morphology)
/// ```
/// Immutable and `Sendable`. O(n log n) in the number of tokens (one sort of the candidate
/// occurrences); normal forms are made for a few dozen candidates only.
public struct KeywordExtractor: Sendable {
    /// The lexicon (normal forms, lemmas).
    public let lexicon: Lexicon
    /// Document frequencies of lemmas.
    public let background: KeywordBackground
    /// Adjectives that stand for nouns ("калужский" for Калуга).
    public var derivations: KeywordDerivations
    /// How many keywords to return at most.
    public var count: Int
    /// The score's weights.
    public var weights: KeywordWeights
    let stopNouns = StopNouns()

    /// An extractor returning up to `count` keywords.
    public init(lexicon: Lexicon, background: KeywordBackground, derivations: KeywordDerivations = KeywordDerivations(),
                count: Int = 10, weights: KeywordWeights = KeywordWeights()) {
        self.lexicon = lexicon
        self.background = background
        self.derivations = derivations
        self.count = count
        self.weights = weights
    }

    /// The extractor with the shared lexicon, background and derivations of the dictionaries
    /// folder.
    public static func standard(count: Int = 10) throws(KeywordDataError) -> KeywordExtractor {
        let lexicon: Lexicon
        do throws(LexiconError) { lexicon = try Lexicon.shared() } catch { throw KeywordDataError(message: error.description) }
        return try standard(lexicon: lexicon, count: count)
    }

    /// The extractor over `lexicon` with the shared background and derivations.
    public static func standard(lexicon: Lexicon, count: Int = 10) throws(KeywordDataError) -> KeywordExtractor {
        KeywordExtractor(lexicon: lexicon, background: try KeywordBackground.shared(),
                         derivations: try KeywordDerivations.shared(), count: count)
    }

    /// The keywords of a text given its tokens, sentences, one analysis per token (chosen in
    /// context) and entity mentions, best first (ties by text); `title`, when given, is a
    /// separately analysed title. Empty without morphology.
    public func keywords(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                         morphology: WordAnalysisList, entities: [EntityMention] = [],
                         title: KeywordTitle? = nil) -> [Keyword] {
        guard count > 0, morphology.count == tokens.count, !tokens.isEmpty || title != nil else { return [] }
        var keys = KeywordTokenizer(lexicon: lexicon, stopNouns: stopNouns, derivations: derivations)
        var source = KeywordSource(bytes: bytes, tokens: tokens, sentences: sentences, morphology: morphology,
                                   entities: entities, words: [], isTitle: false)
        source.words = keys.tokens(bytes, tokens: tokens, sentences: sentences, morphology: morphology)
        guard var titleText = title?.text, let title, title.morphology.count == title.tokens.count else {
            return rank(source, title: nil, keys: &keys)
        }
        return titleText.withUTF8 { titleBytes in
            var titleSource = KeywordSource(bytes: titleBytes, tokens: title.tokens, sentences: title.sentences,
                                            morphology: title.morphology, entities: title.entities, words: [], isTitle: true)
            titleSource.words = keys.tokens(titleBytes, tokens: title.tokens, sentences: title.sentences,
                                            morphology: title.morphology)
            return rank(source, title: titleSource, keys: &keys)
        }
    }

    func rank(_ source: KeywordSource, title: KeywordSource?, keys: inout KeywordTokenizer) -> [Keyword] {
        var found: [CandidateOccurrence] = []
        found.reserveCapacity(source.tokens.count / 2)
        CandidateFinder.find(in: source, keys: &keys, into: &found)
        if let title { CandidateFinder.find(in: title, keys: &keys, into: &found) }
        var table = CandidateTable(taking: &found)
        KeywordScorer(background: background, weights: weights, derivations: derivations)
            .score(&table, source: source, title: title)
        return KeywordSelection(extractor: self, table: table, source: source, title: title).select()
    }
}

extension KeywordExtractor {
    /// Every candidate phrase of a text in its normal form, sorted (for tests and inspection:
    /// what the finder proposes before scoring). O(candidates × normal form).
    func candidatePhrases(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                          morphology: WordAnalysisList, entities: [EntityMention] = []) -> [String] {
        guard morphology.count == tokens.count else { return [] }
        var keys = KeywordTokenizer(lexicon: lexicon, stopNouns: stopNouns, derivations: derivations)
        var source = KeywordSource(bytes: bytes, tokens: tokens, sentences: sentences, morphology: morphology,
                                   entities: entities, words: [], isTitle: false)
        source.words = keys.tokens(bytes, tokens: tokens, sentences: sentences, morphology: morphology)
        var found: [CandidateOccurrence] = []
        CandidateFinder.find(in: source, keys: &keys, into: &found)
        let table = CandidateTable(taking: &found)
        let selection = KeywordSelection(extractor: self, table: table, source: source, title: nil)
        let votes = CapitalizationVotes(wanted: source.words.map(\.key), source: source)
        let forms = KeywordNormalForm(normalizer: PhraseNormalizer(lexicon: lexicon))
        return table.candidates.map { candidate in
            selection.normalForm(candidate, forms: forms, votes: votes)
        }.sorted()
    }
}
