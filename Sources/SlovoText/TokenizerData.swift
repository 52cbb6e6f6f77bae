/// Word lists the tokenizer and sentence splitter read. Kept as data tables so that the rules
/// stay small; each list is tested in `TokenizerRuleTests`.
public enum TokenizerData {
    /// Abbreviations written with a final dot, lower-case, without the dot. "г" + "." becomes
    /// the token "г.". Multi-part ones ("т.е.", "и.о.") are matched part by part.
    public static let abbreviationsWithDot: Set<String> = [
        // general
        "т", "е", "д", "п", "пр", "др", "см", "ср", "напр", "им", "св", "ст", "стр", "рис", "табл",
        "гл", "кн", "ч", "тт", "вып", "прим", "разд", "сб", "соч", "изд", "ред", "сост", "пер",
        "сокр", "букв", "лат", "англ", "нем", "фр", "франц", "греч", "итал", "исп", "польск",
        "укр", "рус", "араб", "кит", "яп", "санскр", "ок", "род", "ум", "реж",
        "чел", "экз", "шт", "коп", "руб", "долл", "тыс", "млн", "млрд", "трлн", "ед", "мн",
        "муж", "жен", "стб", "ил", "илл", "etc", "vs", "spp", "sp", "ibid", "op", "cit", "al", "ca", "cf", "fig", "vol", "no",
        "pp", "p", "ed", "eds", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd",
        "co", "corp",
        // dates and times
        "г", "гг", "в", "вв", "н", "э", "мин", "сек", "нед", "мес", "янв", "февр", "фев", "апр",
        "авг", "сент", "сен", "окт", "нояб", "дек", "пн", "вт", "чт", "пт", "сб", "вс",
        // addresses and places
        "ул", "пл", "пр-т", "просп", "пер", "наб", "ш", "б-р", "бул", "пос", "пгт", "дер", "с",
        "обл", "р-н", "р", "оз", "о", "о-в", "п-ов", "м", "г-ка", "корп", "кв", "стр", "оф",
        "тел", "каб", "эт", "ст-ца", "х",
        // people and titles
        "акад", "проф", "доц", "канд", "докт", "асп", "зам", "зав", "нач", "пред", "ген",
        "генерал-лейт", "полк", "подполк", "лейт", "кап", "тов", "гр", "гос", "мл", "ст",
        // units
        "кг", "км", "мм", "га", "л", "гр", "куб", "кв", "сут", "об",
    ]

    /// Abbreviations that are also ordinary words and may end a sentence ("острый ум.",
    /// "известный род."): they take the dot only when the next character is not an upper-case
    /// letter (a digit, a lower-case word, punctuation).
    public static let abbreviationsAlsoWords: Set<String> = [
        "ум", "род", "ок", "чел", "пол", "сек", "мин", "нем", "ген", "гр", "пер", "об", "мл",
        "ст", "кв", "гос", "пред", "кап", "тов", "мес", "нед", "сут", "пос", "дер", "ред", "сост",
        "ед", "муж", "жен", "ил", "шт", "экз", "куб", "асп", "зам", "зав", "нач", "полк", "лейт",
        "прим", "соч", "разд", "гл", "рис", "исп", "рус", "кит", "яп", "араб", "итал", "фр",
        "англ", "лат", "стр", "св", "no", "al", "ca", "op", "co", "st", "ms", "ed",
    ]

    /// Abbreviations written without a dot that stay tokens of their own ("млн", "тыс").
    public static let abbreviationsWithoutDot: Set<String> = [
        "млн", "млрд", "трлн", "тыс", "руб", "коп", "долл", "км", "кг", "мм", "см", "га", "мин",
        "сек", "ч", "гг", "вв", "кв", "м",
    ]

    /// Top-level domains that make "name.tld" a web address even without "http://" or "www.".
    public static let topLevelDomains: Set<String> = [
        "ru", "рф", "su", "com", "org", "net", "info", "biz", "edu", "gov", "io", "ua", "by", "kz",
        "uz", "de", "uk", "fr", "it", "es", "us", "eu", "me", "tv", "cc", "co", "am", "ge", "lv",
        "lt", "ee", "pl", "cz", "fi", "se", "no", "jp", "cn", "in", "online", "site", "pro",
        "moscow", "xyz", "app", "dev", "ai", "ly", "gl", "be", "to",
    ]

    /// Words after which "слово-" with a dangling hyphen keeps it ("воздушно- и ...").
    public static let suspendedHyphenFollowers: Set<String> = ["и", "или", "либо", "а", "и/или"]
}
