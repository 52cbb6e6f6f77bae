import SlovoText

/// Links adjectives derived from place names to the places: "калужский" -> Калуга,
/// "вологодской" -> Вологда, "московского" -> Москва, "нью-йоркский" -> Нью-Йорк,
/// "российский" -> Россия. The adjective's base (its lemma without "-ский", "-цкий", "-ской")
/// is compared with bases derived from every city and country name by the regular
/// alternations of Russian word formation (г/ж, к/ч, х/ш, ц/ч; an inserted о or е before the
/// last consonant; the suffixes -ин-, -ов-, -ан-...), plus a short table of irregular country
/// adjectives ("немецкий" -> Германия).
struct PlaceAdjectives: Sendable {
    /// Adjective base -> place indices, most populous first.
    let index: [String: [Int32]]

    /// Irregular adjective bases of countries and regions.
    static let irregular: [String: String] = [
        "немец": "Германия", "француз": "Франция", "итальян": "Италия", "поль": "Польша",
        "белорус": "Белоруссия", "груз": "Грузия", "грузин": "Грузия", "швед": "Швеция",
        "турец": "Турция", "грече": "Греция", "чеш": "Чехия", "дат": "Дания", "фин": "Финляндия",
        "голланд": "Нидерланды", "нидерланд": "Нидерланды", "швейцар": "Швейцария",
        "британ": "Великобритания", "англий": "Великобритания", "американ": "США",
        "норвеж": "Норвегия", "бельгий": "Бельгия", "австрий": "Австрия",
        "венгер": "Венгрия", "румын": "Румыния", "болгар": "Болгария", "серб": "Сербия",
        "хорват": "Хорватия", "словац": "Словакия", "эстон": "Эстония", "латвий": "Латвия",
        "литов": "Литва", "казах": "Казахстан", "узбек": "Узбекистан", "таджик": "Таджикистан",
        "киргиз": "Киргизия", "туркмен": "Туркмения", "азербайджан": "Азербайджан",
        "армян": "Армения", "молдав": "Молдавия", "украин": "Украина", "россий": "Россия",
        "китай": "Китай", "япон": "Япония", "корей": "Южная Корея", "северокорей": "КНДР",
        "южнокорей": "Южная Корея", "вьетнам": "Вьетнам", "индий": "Индия", "пакистан": "Пакистан",
        "иран": "Иран", "ирак": "Ирак", "сирий": "Сирия", "израиль": "Израиль", "египет": "Египет",
        "саудов": "Саудовская Аравия", "канад": "Канада", "мексикан": "Мексика",
        "бразиль": "Бразилия", "аргентин": "Аргентина", "австралий": "Австралия", "испан": "Испания",
        "португаль": "Португалия", "ирланд": "Ирландия", "шотланд": "Шотландия", "афган": "Афганистан",
        "ливий": "Ливия", "тунис": "Тунис", "кубин": "Куба", "чилий": "Чили", "перуан": "Перу",
        "петербург": "Санкт-Петербург", "питер": "Санкт-Петербург",
        "ленинград": "Санкт-Петербург", "подмосков": "Подмосковье", "крым": "Крым",
        "европей": "Европа", "азиат": "Азия", "африкан": "Африка", "сибир": "Сибирь",
        "кавказ": "Кавказ", "ураль": "Урал",
    ]

    /// Vowel-like endings dropped from a name to get its base ("калуга" -> "калуг").
    static let finalLetters: Set<Character> = ["а", "я", "о", "е", "и", "ы", "ь", "й", "у", "ю"]

    init(places: [Place]) {
        var index: [String: [Int32]] = [:]
        func add(_ base: String, _ id: Int32) {
            guard base.count >= 3 else { return }
            if index[base]?.contains(id) != true { index[base, default: []].append(id) }
        }
        var byName: [String: Int32] = [:]
        for (i, place) in places.enumerated() {
            let key = MatchKey.of(place.name)
            if let old = byName[key], places[Int(old)].population >= place.population { continue }
            byName[key] = Int32(i)
        }
        for (i, place) in places.enumerated() {
            guard place.subtype == .city || place.subtype == .country || place.subtype == .region else { continue }
            if place.subtype == .city && place.population < 20_000 && place.country != "RU" { continue }
            let name = MatchKey.of(place.name)
            guard !name.contains(" ") else { continue }
            for base in PlaceAdjectives.bases(ofName: name) { add(base, Int32(i)) }
        }
        for (base, name) in PlaceAdjectives.irregular where !name.isEmpty {
            if let id = byName[MatchKey.of(name)] { index[base] = [id] }
        }
        // Most populous first.
        for (key, ids) in index {
            index[key] = ids.sorted { places[Int($0)].population > places[Int($1)].population }
        }
        self.index = index
    }

    /// Adjective bases a place name can form.
    static func bases(ofName name: String) -> [String] {
        var base = name
        if let last = base.last, finalLetters.contains(last) { base.removeLast() }
        guard base.count >= 2 else { return [] }
        var result = [base, name]
        let last = base.last!
        let stem = String(base.dropLast())
        // Consonant alternations before -ск-.
        let alternations: [Character: [String]] = ["г": ["ж"], "к": ["ч", "ц"], "х": ["ш"], "ц": ["ч"], "т": ["ч"]]
        for replacement in alternations[last] ?? [] { result.append(stem + replacement) }
        // An inserted vowel before the last consonant: "вологд" -> "вологод", "москв" -> "москов".
        result.append(stem + "о" + String(last))
        result.append(stem + "е" + String(last))
        // Linking suffixes: "уфа" -> "уфим", "ялта" -> "ялтин", "сочи" -> "сочин".
        for suffix in ["им", "ин", "ов", "ев", "ан", "ян", "ен", "й"] { result.append(base + suffix) }
        if name.hasSuffix("ия") { result.append(String(name.dropLast(2))) }  // "япония" -> "япон"
        return result
    }

    /// The base of an adjective lemma ("калужский" -> "калуж"), or nil when it is not a
    /// relative adjective in -ский/-цкий/-ской.
    static func base(ofAdjective lemma: String) -> String? {
        for suffix in ["ский", "ской", "цкий", "цкой"] where lemma.hasSuffix(suffix) && lemma.count > suffix.count + 2 {
            var base = String(lemma.dropLast(suffix.count))
            if suffix.hasPrefix("ц") { base += "ц" }
            if base.hasSuffix("ь") { base.removeLast() }
            return base
        }
        return nil
    }

    /// Places an adjective lemma may come from, most populous first.
    func places(forAdjective lemma: String) -> [Int32] {
        let key = MatchKey.of(lemma)
        guard let base = PlaceAdjectives.base(ofAdjective: key) else { return [] }
        if let ids = index[base] { return ids }
        return []
    }
}
