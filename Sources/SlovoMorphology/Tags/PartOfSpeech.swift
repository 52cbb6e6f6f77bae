/// The part of speech of an analysis: OpenCorpora's classes, plus the classes Slovo gives to
/// tokens that are not Russian words (numbers, Latin words, punctuation).
public enum PartOfSpeech: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    /// Noun ("NOUN"): "город", "Калуга".
    case noun
    /// Full adjective ("ADJF"): "областной", "его" (possessive).
    case adjective
    /// Short adjective ("ADJS"): "должен", "рад".
    case shortAdjective
    /// Comparative ("COMP"): "больше", "лучше".
    case comparative
    /// Finite verb ("VERB"): "посетили".
    case verb
    /// Infinitive ("INFN"): "посетить".
    case infinitive
    /// Full participle ("PRTF"): "посетивший".
    case participle
    /// Short participle ("PRTS"): "посещён".
    case shortParticiple
    /// Gerund ("GRND"): "посетив".
    case gerund
    /// Numeral ("NUMR"): "три".
    case numeral
    /// Adverb ("ADVB"): "быстро".
    case adverb
    /// Pronoun-noun ("NPRO"): "он", "мы".
    case pronoun
    /// Predicative ("PRED"): "нельзя", "можно".
    case predicative
    /// Preposition ("PREP"): "в", "со".
    case preposition
    /// Conjunction ("CONJ"): "и", "что".
    case conjunction
    /// Particle ("PRCL"): "не", "же".
    case particle
    /// Interjection ("INTJ"): "ах".
    case interjection
    /// A number written with digits ("NUMB"): "2013".
    case number
    /// A word in Latin letters with no Russian analysis ("LATN"): "IT".
    case latin
    /// A Roman numeral ("ROMN"): "XIX".
    case romanNumeral
    /// Punctuation ("PNCT").
    case punctuation
    /// Anything else ("UNKN").
    case unknown

    /// OpenCorpora's name ("NOUN", "ADJF"...) or Slovo's for the non-word classes.
    public var openCorporaName: String { PartOfSpeech.names[Int(rawValue)] }

    /// OpenCorpora's name ("NOUN").
    public var description: String { openCorporaName }

    /// The class with OpenCorpora's name `name`. O(number of classes).
    public init?(openCorporaName name: String) {
        guard let index = PartOfSpeech.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    /// The Universal Dependencies part of speech closest to this class ("NOUN", "ADJ", "VERB"...).
    public var universal: String {
        switch self {
        case .noun: return "NOUN"
        case .adjective, .shortAdjective, .comparative, .participle, .shortParticiple: return "ADJ"
        case .verb, .infinitive, .gerund: return "VERB"
        case .numeral, .number, .romanNumeral: return "NUM"
        case .adverb, .predicative: return "ADV"
        case .pronoun: return "PRON"
        case .preposition: return "ADP"
        case .conjunction: return "CCONJ"
        case .particle: return "PART"
        case .interjection: return "INTJ"
        case .punctuation: return "PUNCT"
        case .latin, .unknown: return "X"
        }
    }

    /// Classes whose words inflect for case (nouns, adjectives, participles, pronouns, numerals).
    public var hasCase: Bool {
        switch self {
        case .noun, .adjective, .participle, .pronoun, .numeral: return true
        default: return false
        }
    }

    static let names = ["NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR",
                        "ADVB", "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ", "NUMB", "LATN", "ROMN",
                        "PNCT", "UNKN"]
}
