import SlovoEntities
import SlovoMorphology
import SlovoText

/// One analysed text that keywords are drawn from: the document's text, or its title analysed
/// on its own. Holds the analysis's arrays (no copies) and the keyword tokens computed from them.
struct KeywordSource {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let sentences: [Sentence]
    let morphology: WordAnalysisList
    let entities: [EntityMention]
    /// One per token.
    var words: [KeywordToken]
    /// Whether this is the title (its occurrences give no spans in the text).
    let isTitle: Bool

    /// The word of token `index` (a slice of ``bytes``).
    func word(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[tokens[index].byteRange])
    }
}

/// What kind of candidate an occurrence is (several may hold: a name that is also an entity).
struct CandidateKind: OptionSet {
    let rawValue: UInt8
    /// A chain of name parts ("Алексей Петрович Логанцов").
    static let name = CandidateKind(rawValue: 1 << 0)
    /// An entity mention of type PER, ORG, LOC.
    static let person = CandidateKind(rawValue: 1 << 1)
    static let organization = CandidateKind(rawValue: 1 << 2)
    static let location = CandidateKind(rawValue: 1 << 3)
    /// Found in the title.
    static let title = CandidateKind(rawValue: 1 << 4)
    /// An adjective standing for the noun it is derived from ("калужский" for Калуга).
    static let derived = CandidateKind(rawValue: 1 << 5)

    static let entity: CandidateKind = [.person, .organization, .location]
}

/// One occurrence of a candidate phrase: its key and where it is. 24 bytes, no string.
struct CandidateOccurrence {
    /// ``LemmaKey`` of the phrase's lemmas.
    var key: UInt64
    /// Token range in its source.
    var start: Int32
    var end: Int32
    /// Sentence index in its source.
    var sentence: Int32
    /// Number of words.
    var words: UInt8
    var kind: CandidateKind
}
