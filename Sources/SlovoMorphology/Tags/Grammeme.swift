/// A grammatical feature of a word form, as in OpenCorpora's tag set (the lexicon's source).
///
/// Each case names the feature in English; ``openCorporaName`` gives OpenCorpora's short name
/// ("nomn", "femn", "Surn"), which is what the JSON output and the lexicon file use.
///
/// ```swift
/// tag.grammemes.contains(.nominative)   // "nomn"
/// tag.case == .genitive                 // "gent"
/// tag.grammemes.contains(.surname)      // "Surn"
/// ```
public enum Grammeme: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    // Case.
    case nominative, genitive, dative, accusative, instrumental, prepositional, vocative
    case genitive2, accusative2, locative2
    // Number.
    case singular, plural, singulareTantum, pluraleTantum, fixed
    // Gender.
    case masculine, feminine, neuter, commonGender, commonGenderWord, genderNeutral
    // Animacy.
    case animate, inanimate
    // Aspect, transitivity.
    case perfective, imperfective, transitive, intransitive
    // Person, tense, mood, involvement, voice.
    case firstPerson, secondPerson, thirdPerson
    case present, past, future
    case indicative, imperative
    case inclusive, exclusive
    case active, passive
    // Proper names and abbreviations.
    case firstName, surname, patronymic, toponym, organization, trademark, abbreviation, initial
    // Lexical and stylistic marks.
    case qualitative, superlative, possessive, pronominal, ordinal, comparative2
    case anaphoric, adjectivized, substantivized, collective, countForm, impersonal, impersonalIndirect
    case multiple, reflexive, infrequent, slang, archaic, literary, misspelling, distorted, questioning
    case demonstrative, parenthetical, predicativeAdjective, subjectOfAdjective, inmx, verbPrefixed
    case hypocoristic, fixedImpersonal
    case variantBe, variantEn, variantIe, variantBi, variantEy, variantOy, variantEj, variantSh

    /// OpenCorpora's name of the grammeme ("nomn", "Surn", "V-ey"...).
    public var openCorporaName: String { Grammeme.names[Int(rawValue)] }

    /// OpenCorpora's name ("nomn").
    public var description: String { openCorporaName }

    /// The grammeme with OpenCorpora's name `name`, if Slovo knows it. O(1) average.
    public init?(openCorporaName name: String) {
        guard let value = Grammeme.byName[name] else { return nil }
        self = value
    }

    static let names: [String] = [
        "nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2",
        "sing", "plur", "Sgtm", "Pltm", "Fixd",
        "masc", "femn", "neut", "ms-f", "Ms-f", "GNdr",
        "anim", "inan",
        "perf", "impf", "tran", "intr",
        "1per", "2per", "3per",
        "pres", "past", "futr",
        "indc", "impr",
        "incl", "excl",
        "actv", "pssv",
        "Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init",
        "Qual", "Supr", "Poss", "Apro", "Anum", "Cmp2",
        "Anph", "Adjx", "Subx", "Coll", "Coun", "Impe", "Impx",
        "Mult", "Refl", "Infr", "Slng", "Arch", "Litr", "Erro", "Dist", "Ques",
        "Dmns", "Prnt", "Prdx", "Af-p", "Inmx", "Vpre",
        "Hypo", "Fimp",
        "V-be", "V-en", "V-ie", "V-bi", "V-ey", "V-oy", "V-ej", "V-sh",
    ]

    static let byName: [String: Grammeme] = {
        var map: [String: Grammeme] = [:]
        for g in Grammeme.allCases { map[names[Int(g.rawValue)]] = g }
        return map
    }()

    /// The grammemes of one category (case, number...), for ``MorphTag`` accessors.
    static let cases: GrammemeSet = [.nominative, .genitive, .dative, .accusative, .instrumental, .prepositional,
                                     .vocative, .genitive2, .accusative2, .locative2]
    static let numbers: GrammemeSet = [.singular, .plural]
    static let genders: GrammemeSet = [.masculine, .feminine, .neuter, .commonGender]
    static let animacies: GrammemeSet = [.animate, .inanimate]
    static let aspects: GrammemeSet = [.perfective, .imperfective]
    static let persons: GrammemeSet = [.firstPerson, .secondPerson, .thirdPerson]
    static let tenses: GrammemeSet = [.present, .past, .future]
    static let moods: GrammemeSet = [.indicative, .imperative]
    static let voices: GrammemeSet = [.active, .passive]
    static let transitivities: GrammemeSet = [.transitive, .intransitive]
    static let properNames: GrammemeSet = [.firstName, .surname, .patronymic, .toponym, .organization, .trademark]
}
