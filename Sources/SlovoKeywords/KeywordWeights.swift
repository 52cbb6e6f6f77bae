/// The weights of the keyword score (see ``KeywordScorer``) and selection (see
/// ``KeywordSelection``). The defaults were tuned on the development splits of the news keyword
/// sets (F1@10 against editors' tags); other values are for experiments
/// (`analyze evaluate keywords --weights name=value,...`).
///
/// The values live in one array, so that adding a weight does not change the type's layout.
public struct KeywordWeights: Sendable, Equatable {
    /// The weights' names (as ``set(_:_:)`` takes them).
    public enum Name: Int, CaseIterable, Sendable {
        /// The weight ``KeywordWeights/frequency``.
        case frequency
        /// The weight ``KeywordWeights/specificity``.
        case specificity
        /// The weight ``KeywordWeights/position``.
        case position
        /// The weight ``KeywordWeights/spread``.
        case spread
        /// The weight ``KeywordWeights/title``.
        case title
        /// The weight ``KeywordWeights/titleCount``.
        case titleCount
        /// The weight ``KeywordWeights/proper``.
        case proper
        /// The weight ``KeywordWeights/unseen``.
        case unseen
        /// The weight ``KeywordWeights/phrase``.
        case phrase
        /// The weight ``KeywordWeights/singlePhrase``.
        case singlePhrase
        /// The weight ``KeywordWeights/containedShare``.
        case containedShare
        /// The weight ``KeywordWeights/fullNames``.
        case fullNames
        /// The weight ``KeywordWeights/absorb``.
        case absorb
        /// The weight ``KeywordWeights/absorbName``.
        case absorbName
        /// The weight ``KeywordWeights/replaceContained``.
        case replaceContained
        /// The weight ``KeywordWeights/minScore``.
        case minScore
        /// The weight ``KeywordWeights/derived``.
        case derived
    }

    static let defaults: [Double] = [0.5, 0.4, 1.0, 0.5, 1.0, 2.0, 0.5, 1.0, 0.8, 0.3, 0.5, 1.0, 0.5, 0.5, 1.0, 0.0, 0.5]

    private var values = KeywordWeights.defaults

    /// The tuned defaults.
    public init() {}

    /// The weight `name`.
    public subscript(name: Name) -> Double {
        get { values[name.rawValue] }
        set { values[name.rawValue] = newValue }
    }

    /// Sets the weight called `name`; false when there is none.
    public mutating func set(_ name: String, _ value: Double) -> Bool {
        guard let n = Name.allCases.first(where: { "\($0)" == name }) else { return false }
        self[n] = value
        return true
    }

    /// Exponent of the term frequency (0.5: a word seen four times counts twice as one seen once).
    public var frequency: Double {
        get { self[.frequency] }
        set { self[.frequency] = newValue }
    }
    /// Exponent of the specificity (inverse document frequency, in 0...1).
    public var specificity: Double {
        get { self[.specificity] }
        set { self[.specificity] = newValue }
    }
    /// Bonus for occurring early: up to `position` × the score for the first sentence.
    public var position: Double {
        get { self[.position] }
        set { self[.position] = newValue }
    }
    /// Bonus for spread: `spread` × the share of the text between the first and last occurrence.
    public var spread: Double {
        get { self[.spread] }
        set { self[.spread] = newValue }
    }
    /// Bonus for occurring in the title.
    public var title: Double {
        get { self[.title] }
        set { self[.title] = newValue }
    }
    /// Title occurrences count as this many text occurrences each.
    public var titleCount: Double {
        get { self[.titleCount] }
        set { self[.titleCount] = newValue }
    }
    /// Bonus for proper names (entities, name chains, words written with a capital mid-sentence).
    public var proper: Double {
        get { self[.proper] }
        set { self[.proper] = newValue }
    }
    /// Factor for a word the background never saw (a typo, a rare name, a fragment).
    public var unseen: Double {
        get { self[.unseen] }
        set { self[.unseen] = newValue }
    }
    /// Factor per extra word of a phrase.
    public var phrase: Double {
        get { self[.phrase] }
        set { self[.phrase] = newValue }
    }
    /// Factor for a phrase seen once (not in the title, not an entity).
    public var singlePhrase: Double {
        get { self[.singlePhrase] }
        set { self[.singlePhrase] = newValue }
    }
    /// A word that a better-ranked phrase holds is dropped when it occurs alone in fewer than
    /// this share of its occurrences.
    public var containedShare: Double {
        get { self[.containedShare] }
        set { self[.containedShare] = newValue }
    }
    /// Show a surname as the person's full name when the text has it (1) or not (0).
    public var fullNames: Double {
        get { self[.fullNames] }
        set { self[.fullNames] = newValue }
    }
    /// An adjective + noun phrase is shown instead of its noun when it holds at least this share
    /// of the noun's occurrences (above 1: never).
    public var absorb: Double {
        get { self[.absorb] }
        set { self[.absorb] = newValue }
    }
    /// An organization's or place's name is shown instead of its head noun when it holds at
    /// least this share of the noun's occurrences (above 1: never).
    public var absorbName: Double {
        get { self[.absorbName] }
        set { self[.absorbName] = newValue }
    }
    /// A phrase takes the place of a better-ranked word that occurs mostly inside it (1) or not (0).
    public var replaceContained: Double {
        get { self[.replaceContained] }
        set { self[.replaceContained] = newValue }
    }
    /// Keywords scoring below this share of the best one are left out (0: keep the count).
    public var minScore: Double {
        get { self[.minScore] }
        set { self[.minScore] = newValue }
    }
    /// An adjective derived from a noun ("калужский") counts as this many occurrences of it.
    public var derived: Double {
        get { self[.derived] }
        set { self[.derived] = newValue }
    }
}
