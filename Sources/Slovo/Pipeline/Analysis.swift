import SlovoText
import SlovoMorphology

/// The result of analysing one text: its tokens and sentences, and (when the analyzer has a
/// lexicon) each token's chosen morphological analysis. Offsets are UTF-8 byte offsets into
/// ``text``; the JSON output converts them to code points.
public struct Analysis: Sendable {
    /// The text as given. With page cleaning (``Analyzer/analyze(_:cleaning:)``) this is the
    /// original, not the blanked copy that was analysed: offsets are valid in both.
    public internal(set) var text: String
    /// What page cleaning removed (empty without cleaning), sorted by offset.
    public internal(set) var removed: [RemovedRange] = []
    /// Tokens in text order.
    public let tokens: [Token]
    /// Sentences in text order; each holds a range of ``tokens``.
    public let sentences: [Sentence]
    /// One analysis per token, chosen in context; empty when the analyzer had no lexicon.
    /// A compact list (about 48 bytes an analysis); `Array(morphology)` gives an array.
    public let morphology: WordAnalysisList
    /// The lexicon the analyses come from (to build lemmas and other forms).
    public let lexicon: Lexicon?
    /// Entity mentions in text order (empty when the analyzer has no entity data); place
    /// adjectives ("калужский") are in the list with ``EntityMention/isReference`` set.
    public let entities: [EntityMention]
    /// Distinct entities in order of first appearance, each with its mentions.
    public let entityGroups: [EntityGroup]

    /// Key phrases, best first (empty when the analyzer has no keyword stage); see
    /// ``Analyzer/keywordExtractor``.
    public internal(set) var keywords: [Keyword] = []

    /// Creates an analysis from its parts.
    public init(text: String, tokens: [Token], sentences: [Sentence], morphology: WordAnalysisList = [],
                lexicon: Lexicon? = nil, entities: [EntityMention] = [], entityGroups: [EntityGroup] = []) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.morphology = morphology
        self.lexicon = lexicon
        self.entities = entities
        self.entityGroups = entityGroups
    }

    /// The text of token `index`.
    public func text(of index: Int) -> Substring { tokens[index].text(in: text) }

    /// The analysis chosen for token `index`, or nil without morphology. O(1).
    public func wordAnalysis(of index: Int) -> WordAnalysis? {
        morphology.isEmpty ? nil : morphology[index]
    }

    /// The tag chosen for token `index` ("NOUN,inan,femn,sing,loct"), or nil without
    /// morphology. O(1).
    public func tag(of index: Int) -> MorphTag? { wordAnalysis(of: index)?.tag }

    /// The lemma chosen in context for word token `index` (lower-case: "Калуге" -> "калуга"),
    /// nil for other tokens or without morphology. O(length of the word).
    public func lemma(of index: Int) -> String? {
        var out: [UInt8] = []
        guard appendLemma(of: index, to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``lemma(of:)`` as UTF-8 to `out` and returns true, or returns false (appending
    /// nothing) where it is nil; no `String` is made for a word the lexicon can inflect, so a
    /// writer of every token's lemma allocates nothing per token once `out` has capacity.
    /// O(length of the word).
    public func appendLemma(of index: Int, to out: inout [UInt8]) -> Bool {
        guard let lexicon, let a = wordAnalysis(of: index), tokens[index].kind == .word else { return false }
        let start = out.count
        lexicon.appendLemma(of: a, to: &out)
        if a.method == .nonWord && !a.isInflectable && out.count == start {
            out.append(contentsOf: text(of: index).lowercased().utf8)
        }
        return true
    }
}
