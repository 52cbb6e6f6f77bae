/// One analysis of a word form: its tag, a likelihood score, and what the lexicon needs to
/// build its lemma or any other form of the same word (``Lexicon/lemma(of:)``,
/// ``Lexicon/inflect(_:to:)``).
///
/// A self-contained value (about 100 bytes, no allocation, no reference to the input text),
/// so it may be kept after the text is gone and passed between threads.
///
/// ```swift
/// let best = lexicon.analyses(of: "Логанцова")[0]
/// best.tag.isSurname                          // true
/// lexicon.lemma(of: best)                     // "логанцов"
/// ```
public struct WordAnalysis: Sendable, Hashable {
    /// How an analysis was found.
    public enum Method: UInt8, Sendable, CustomStringConvertible {
        /// The word is in the lexicon.
        case dictionary
        /// Predicted from the word's ending (the word is not in the lexicon).
        case suffixPrediction
        /// A known word after a prefix that is kept as it is ("анти" + "вирус").
        case prefix
        /// The last part of a hyphenated word ("ИКТ-" + "кластера"), or a word with a particle
        /// ("кого" + "-то").
        case hyphenated
        /// An abbreviation ("г.", "ул.", "км"): the analysis of the full word it stands for.
        case abbreviation
        /// Not a Russian word: number, Latin word, punctuation; the lemma is the word.
        case nonWord

        /// The method's name ("dictionary", "suffixPrediction"...).
        public var description: String {
            switch self {
            case .dictionary: return "dictionary"
            case .suffixPrediction: return "suffixPrediction"
            case .prefix: return "prefix"
            case .hyphenated: return "hyphenated"
            case .abbreviation: return "abbreviation"
            case .nonWord: return "nonWord"
            }
        }
    }

    /// Part of speech and grammemes.
    public var tag: MorphTag
    /// Likelihood of this analysis among the word's analyses, in 0...1 (they sum to about 1).
    public var score: Float
    /// How it was found.
    public internal(set) var method: Method {
        get { storedMethod }
        set { storedMethod = newValue }
    }
    /// ``method`` as stored.
    @usableFromInline var storedMethod: Method
    /// The paradigm (inflection class) in the lexicon; `UInt16.max` for non-words.
    @usableFromInline let paradigm: UInt16
    /// The form's index in its paradigm.
    @usableFromInline let form: UInt16
    /// Lexeme frequency prior (0 = unseen in the corpus).
    @usableFromInline let prior: UInt8
    /// Codes of ``base`` before the stem that are kept unchanged in every form.
    @usableFromInline let fixedPrefix: UInt8
    /// Codes of the stem, after the fixed prefix; the rest of ``base`` is a fixed suffix.
    @usableFromInline let stemLength: UInt8
    /// Fixed prefix, stem (ё as in the lexicon) and fixed suffix, lower-case.
    @usableFromInline let base: InlineCodes

    init(tag: MorphTag, score: Float, method: Method, paradigm: UInt16, form: UInt16, prior: UInt8,
         fixedPrefix: Int, stemLength: Int, base: InlineCodes) {
        self.tag = tag
        self.score = score
        self.storedMethod = method
        self.paradigm = paradigm
        self.form = form
        self.prior = prior
        self.fixedPrefix = UInt8(fixedPrefix)
        self.stemLength = UInt8(stemLength)
        self.base = base
    }

    /// The fields as they are stored (see ``StoredAnalysis``).
    @inlinable
    init(tag: MorphTag, score: Float, method: Method, paradigm: UInt16, form: UInt16, prior: UInt8,
         fixedPrefix: UInt8, stemLength: UInt8, base: InlineCodes) {
        self.tag = tag
        self.score = score
        self.storedMethod = method
        self.paradigm = paradigm
        self.form = form
        self.prior = prior
        self.fixedPrefix = fixedPrefix
        self.stemLength = stemLength
        self.base = base
    }

    /// Whether the analysis has a paradigm (it can be inflected).
    public var isInflectable: Bool { paradigm != UInt16.max }

    /// What, besides the word's text, decides the lemma, mixed into 64 bits: analyses of one
    /// word text (up to case and ё) with equal identities have one lemma (up to ё), so callers
    /// can remember lemmas by text and identity. Most lemmas are the first form of the
    /// paradigm, so the identity leaves out the form and the tag ("России" as genitive, dative
    /// or prepositional has one identity); where the lemma form is chosen by the form and the
    /// tag (prepositions, short adjectives, feminine surnames and patronymics: see
    /// `lemmaForm(of:)`) they are part of it. O(1).
    public var lemmaIdentity: UInt64 {
        let tag = self.tag
        let formDecides = isInflectable && (tag.partOfSpeech == .preposition || tag.partOfSpeech == .shortAdjective
            || ((tag.isSurname || tag.isPatronymic) && tag.gender == .feminine))
        var fields = UInt64(paradigm) | UInt64(fixedPrefix) << 32 | UInt64(stemLength) << 40
        var low: UInt64 = 0, high: UInt64 = 0
        if formDecides {
            fields |= UInt64(form) << 16 | UInt64(tag.partOfSpeech.rawValue) << 56 | 1 << 48
            low = tag.grammemes.low
            high = tag.grammemes.high
        }
        var h = fields &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29) ^ low) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 32) ^ high) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}
