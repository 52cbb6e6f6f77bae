/// The classes of endings of the Snowball Russian algorithm, as published in its description,
/// written in Cyrillic. Each table is built into a ``SuffixTable`` once per process.
///
/// Endings of group 1 (``followsAOrYa``) are removed only when the letter before them is а or я
/// (which stays); endings of group 2 (``plain``) are removed as they are.
enum RussianSuffixes {
    /// Removed only after а or я, which stay.
    static let followsAOrYa: UInt8 = 1
    /// Removed unconditionally.
    static let plain: UInt8 = 2

    /// PERFECTIVE GERUND: "прочитав", "прочитавши", "прочитавшись"; "купив", "забывшись".
    static let perfectiveGerund = SuffixTable([
        (followsAOrYa, ["в", "вши", "вшись"]),
        (plain, ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]),
    ])

    /// ADJECTIVE: "новое", "новыми", "нового", "синюю".
    static let adjective = SuffixTable([
        (plain, ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
                 "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"]),
    ])

    /// PARTICIPLE, before an adjective ending: "читаемый", "делавший", "купивший", "рисующий".
    static let participle = SuffixTable([
        (followsAOrYa, ["ем", "нн", "вш", "ющ", "щ"]),
        (plain, ["ивш", "ывш", "ующ"]),
    ])

    /// REFLEXIVE: "мыться", "мылась".
    static let reflexive = SuffixTable([
        (plain, ["ся", "сь"]),
    ])

    /// VERB: "читала", "читаете", "говорила", "рисуют".
    static let verb = SuffixTable([
        (followsAOrYa, ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют",
                        "ны", "ть", "ешь", "нно"]),
        (plain, ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл",
                 "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить",
                 "ыть", "ишь", "ую", "ю"]),
    ])

    /// NOUN: "книгами", "зданиях", "статьей".
    static let noun = SuffixTable([
        (plain, ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей",
                 "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях",
                 "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"]),
    ])

    /// DERIVATIONAL, removed only when in R2: "радость", "гордост(ь)".
    static let derivational = SuffixTable([
        (plain, ["ост", "ость"]),
    ])

    /// The endings the tidy-up step looks at: a SUPERLATIVE ending, a final н (undoubled when
    /// it follows н) and a final soft sign.
    static let superlative: UInt8 = 1
    static let finalN: UInt8 = 2
    static let softSign: UInt8 = 3
    static let tidyUp = SuffixTable([
        (superlative, ["ейш", "ейше"]),
        (finalN, ["н"]),
        (softSign, ["ь"]),
    ])
}
