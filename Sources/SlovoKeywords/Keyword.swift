import SlovoEntities
import SlovoMorphology
import SlovoText

/// A key phrase of a document, in its normal form, with its score and where it occurs.
///
/// ```swift
/// let analysis = try Analyzer.standard().analyze(text)
/// for keyword in analysis.keywords {
///     print(keyword.text, keyword.score, keyword.count)   // "IT-кластер" 0.93 3
/// }
/// ```
public struct Keyword: Sendable, Hashable {
    /// The normal form: the head noun in the nominative with agreeing adjectives, a genitive
    /// tail as written ("клуб ИТ-директоров"); proper names keep their capital letters, other
    /// words are lower-case.
    public var text: String
    /// The score in 0...1, relative to the document's best keyword (which has 1).
    public var score: Double
    /// Occurrences in the text (those in a separately given title are not counted). For a noun
    /// that only occurs through adjectives derived from it ("вологодский" for Вологда), those
    /// adjectives; otherwise the adjectives are not listed (they still add to the score).
    public var count: Int { occurrences.count }
    /// Where it occurs in the text, in text order.
    public var occurrences: [KeywordOccurrence]
    /// ``LemmaKey`` of the phrase's lemmas: variants of one phrase (cases, number, ё/е) share it.
    public var key: UInt64
    /// Whether it is a proper name (an entity, a person's name, a word capitalized in the text).
    public var isProperName: Bool
    /// The entity type when an entity mention had this form.
    public var entityType: EntityType?

    /// A keyword from its parts.
    public init(text: String, score: Double, occurrences: [KeywordOccurrence], key: UInt64,
                isProperName: Bool = false, entityType: EntityType? = nil) {
        self.text = text
        self.score = score
        self.occurrences = occurrences
        self.key = key
        self.isProperName = isProperName
        self.entityType = entityType
    }
}

/// One occurrence of a keyword: a range of tokens and its UTF-8 byte offsets in the text.
public struct KeywordOccurrence: Sendable, Hashable {
    /// Indices into the analysis's tokens.
    public var tokens: Range<Int>
    /// UTF-8 byte offset of the first byte.
    public var start: Int32
    /// UTF-8 byte offset past the last byte.
    public var end: Int32

    /// An occurrence from its parts.
    public init(tokens: Range<Int>, start: Int32, end: Int32) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }

    /// The byte range in the text.
    public var byteRange: Range<Int> { Int(start)..<Int(end) }
}

/// A document's title given apart from its text (a JSONL `"title"` field), analysed on its own:
/// its words count as occurrences in a prominent place, but give no spans in the text.
public struct KeywordTitle: Sendable {
    /// The title.
    public var text: String
    /// Its tokens.
    public var tokens: [Token]
    /// Its sentences.
    public var sentences: [Sentence]
    /// One analysis per token, chosen in context.
    public var morphology: WordAnalysisList
    /// Its entity mentions.
    public var entities: [EntityMention]

    /// A title from its analysis.
    public init(text: String, tokens: [Token], sentences: [Sentence], morphology: WordAnalysisList,
                entities: [EntityMention] = []) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.morphology = morphology
        self.entities = entities
    }
}
