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
                        morphology: [WordAnalysis]) -> (mentions: [EntityMention], groups: [EntityGroup]) {
        let mentions = self.mentions(in: bytes, tokens: tokens, sentences: sentences, morphology: morphology)
        return (mentions, EntityGrouper.group(mentions))
    }

    /// Mentions in text order, given the tokens' analyses chosen in context (one per token).
    /// O(tokens).
    public func mentions(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                         morphology: [WordAnalysis]) -> [EntityMention] {
        guard let model = resources.model, !tokens.isEmpty else { return [] }
        return EntityThreadCache.withCurrent { cache in
            let words = DocumentWords(bytes: bytes, tokens: tokens, resources: resources, memo: cache.words)
            let features = EntityMorphology.features(of: morphology, tokens: tokens, words: words, lexicon: lexicon,
                                                     stemFacts: resources.stemFacts, memo: cache.words)
            let document = EntityDocument(bytes: bytes, tokens: tokens, sentences: sentences,
                                          morphology: features?.morphology, resources: resources, words: words,
                                          lemmaPlaceLengths: features?.lemmaPlaceLengths)
            let tagged = SequenceTagger(model: model).tag(attributes: document.attributes, sentences: document.sentences)
            let spans = EntityRules(document: document, analyses: morphology, resources: resources).apply(tagged)
            return MentionBuilder(document: document, analyses: morphology, resources: resources, lexicon: lexicon,
                                  memo: cache.normalForms, adjectives: cache.adjectives,
                                  wordAnalyses: cache.mentionWords).mentions(from: spans)
        }
    }
}
