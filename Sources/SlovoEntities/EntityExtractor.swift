import SlovoMorphology
import SlovoText

/// Finds people, organizations and places in analysed text: a sequence tagger over tokens,
/// morphology and gazetteers, then rules that fix spans, set place subtypes and normal forms.
///
/// Immutable and `Sendable`: build one and share it across threads.
public struct EntityExtractor: Sendable {
    /// The loaded data.
    public let resources: EntityResources
    /// The lexicon, for normal forms.
    public let lexicon: Lexicon

    /// Creates an extractor over loaded data.
    public init(resources: EntityResources, lexicon: Lexicon) {
        self.resources = resources
        self.lexicon = lexicon
    }

    /// Mentions and entities, given the tokens' analyses chosen in context (one per token).
    /// O(tokens).
    public func extract(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                        morphology: WordAnalysisList) -> (mentions: [EntityMention], groups: [EntityGroup]) {
        let mentions = self.mentions(in: bytes, tokens: tokens, sentences: sentences, morphology: morphology)
        return (mentions, EntityGrouper.group(mentions))
    }

    /// Mentions in text order, given the tokens' analyses chosen in context (one per token).
    /// O(tokens). A long text is taken in windows of whole sentences (see
    /// ``windowTokens``), so that the stage's working memory (about 170 bytes a token) is
    /// that of a window, not of the text; the mentions are the same either way.
    public func mentions(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                         morphology: WordAnalysisList) -> [EntityMention] {
        mentions(in: bytes, tokens: tokens, sentences: sentences, morphology: morphology,
                 windowTokens: EntityExtractor.windowTokens)
    }

    /// About how many tokens a window of a long text holds (about 600 KB of Russian text).
    static let windowTokens = 1 << 16

    /// ``mentions(in:tokens:sentences:morphology:)`` with windows of about `windowTokens`
    /// tokens (for tests: the same mentions with windows of any size).
    func mentions(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                  morphology: WordAnalysisList, windowTokens: Int) -> [EntityMention] {
        guard resources.model != nil, !tokens.isEmpty else { return [] }
        let windows = EntityWindows.split(tokens: tokens, sentences: sentences, size: windowTokens)
        guard windows.count > 1 else {
            var quoteDepth = 0
            return windowMentions(bytes, tokens, sentences, morphology.array(0..<morphology.count), quoteDepth: &quoteDepth,
                                  placeAdjectives: true).mentions
        }
        // Each window's mentions are kept apart and copied once, into the result with the
        // place adjectives merged in: a growing array and a sort of the whole had copied them
        // three or four times, all fresh memory for a long text.
        var parts: [[EntityMention]] = []
        parts.reserveCapacity(windows.count)
        var candidates: [EntityMention] = []
        var quoteDepth = 0
        for window in windows {
            let offset = window.tokens.lowerBound
            let windowSentences = sentences[window.sentences].map {
                Sentence(start: $0.start, end: $0.end, tokens: ($0.tokens.lowerBound - offset)..<($0.tokens.upperBound - offset))
            }
            let windowMorphology = morphology.count == tokens.count ? morphology.array(window.tokens) : []
            var (found, adjectives) = windowMentions(bytes, Array(tokens[window.tokens]), windowSentences, windowMorphology,
                                                     quoteDepth: &quoteDepth, placeAdjectives: false)
            for k in found.indices { found[k].shift(by: offset) }
            for k in adjectives.indices { adjectives[k].shift(by: offset) }
            parts.append(found)
            candidates.append(contentsOf: adjectives)
        }
        return MentionBuilder.mergedByStart(parts, MentionBuilder.placeAdjectives(candidates, namedIn: parts))
    }

    /// The mentions of one text or window (token indices local to it), and, unless
    /// `placeAdjectives` (then they are among the mentions), the place adjectives it holds.
    func windowMentions(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ sentences: [Sentence],
                        _ morphology: [WordAnalysis], quoteDepth: inout Int,
                        placeAdjectives: Bool) -> (mentions: [EntityMention], placeAdjectives: [EntityMention]) {
        guard let model = resources.model else { return ([], []) }
        let depth = quoteDepth
        let (result, depthAfter) = EntityThreadCache.withCurrent { cache in
            let words = DocumentWords(bytes: bytes, tokens: tokens, resources: resources, memo: cache.words)
            let features = EntityMorphology.features(of: morphology, tokens: tokens, words: words, lexicon: lexicon,
                                                     stemFacts: resources.stemFacts, memo: cache.words)
            let document = EntityDocument(bytes: bytes, tokens: tokens, sentences: sentences,
                                          morphology: features?.morphology, resources: resources, words: words,
                                          lemmaPlaceLengths: features?.lemmaPlaceLengths, quoteDepth: depth)
            let tagged = SequenceTagger(model: model).tag(attributes: document.attributes, sentences: document.sentences)
            let spans = EntityRules(document: document, analyses: morphology, resources: resources).apply(tagged)
            let builder = MentionBuilder(document: document, analyses: morphology, resources: resources, lexicon: lexicon,
                                         memo: cache.normalForms, adjectives: cache.adjectives,
                                         wordAnalyses: cache.mentionWords)
            let mentions = builder.mentions(from: spans, placeAdjectives: placeAdjectives)
            let adjectives = placeAdjectives ? [] : builder.placeAdjectiveCandidates(besides: mentions)
            return ((mentions, adjectives), document.quoteDepthAfter)
        }
        quoteDepth = depthAfter
        return result
    }
}
