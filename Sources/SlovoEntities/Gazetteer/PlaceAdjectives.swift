import SlovoText

/// Links adjectives derived from place names to the places: "калужский" -> Калуга,
/// "вологодской" -> Вологда, "московского" -> Москва, "нью-йоркский" -> Нью-Йорк,
/// "российский" -> Россия. The adjective's base (its lemma without "-ский", "-цкий", "-ской")
/// is compared with bases derived from every city and country name by the regular
/// alternations of Russian word formation (г/ж, к/ч, х/ш, ц/ч; an inserted о or е before the
/// last consonant; the suffixes -ин-, -ов-, -ан-...), plus a short table of irregular country
/// adjectives ("немецкий" -> Германия).
///
/// Bases are kept as 64-bit hashes of their UTF-8 bytes, built by streaming over each name's
/// bytes without making strings: loading indexes about 5,000 names (~70,000 bases) in a few
/// milliseconds, and a lookup is one hash probe.
struct PlaceAdjectives: Sendable {
    /// Hash of an adjective base -> the most populous place that forms it.
    let index: HashKeyTable<Int32>

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

    /// Vowel-like letters dropped from the end of a name to get its base ("калуга" -> "калуг").
    static func isFinalLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "а", "я", "о", "е", "и", "ы", "ь", "й", "у", "ю": return true
        default: return false
        }
    }
    /// Consonant alternations before -ск-: "рига" -> "риж(ский)", "омск" -> "омч"...
    static func alternations(of scalar: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar?)? {
        switch scalar {
        case "г": return ("ж", nil)
        case "к": return ("ч", "ц")
        case "х": return ("ш", nil)
        case "ц", "т": return ("ч", nil)
        default: return nil
        }
    }
    /// Linking suffixes: "уфа" -> "уфим", "ялта" -> "ялтин", "сочи" -> "сочин".
    static let linkingSuffixes: [[Unicode.Scalar]] = ["им", "ин", "ов", "ев", "ан", "ян", "ен", "й"].map { Array($0.unicodeScalars) }
    /// Bases shorter than this (in letters) are not indexed.
    static let shortestBase = 3

    init(places: [Place]) {
        var index = HashKeyTable(minimumCapacity: places.count * 12, filler: Int32(0))
        let populations = places.map(\.population)
        func better(_ id: Int32, than old: Int32) -> Bool {
            let (a, b) = (populations[Int(id)], populations[Int(old)])
            return a > b || (a == b && id < old)
        }
        // The places the irregular adjectives name, by the key of the name.
        let irregular = PlaceAdjectives.irregular.sorted(by: { $0.key < $1.key })
        var byName: [UInt64: Int32] = [:]
        for (_, name) in irregular { byName[PlaceAdjectives.key(MatchKey.of(name).unicodeScalars)] = -1 }
        var name: [Unicode.Scalar] = []
        for (i, place) in places.enumerated() {
            let id = Int32(i)
            name.removeAll(keepingCapacity: true)
            name.append(contentsOf: MatchKey.of(place.name).unicodeScalars)
            let nameKey = PlaceAdjectives.key(name)
            if let old = byName[nameKey], old < 0 || better(id, than: old) { byName[nameKey] = id }
            guard place.subtype == .city || place.subtype == .country || place.subtype == .region else { continue }
            if place.subtype == .city && place.population < 20_000 && place.country != "RU" { continue }
            guard !name.contains(" ") else { continue }
            PlaceAdjectives.forEachBase(ofName: name) { key in
                if let old = index[key], !better(id, than: old) { return }
                index[key] = id
            }
        }
        for (base, name) in irregular {
            if let id = byName[PlaceAdjectives.key(MatchKey.of(name).unicodeScalars)], id >= 0 {
                index[PlaceAdjectives.key(base.unicodeScalars)] = id
            }
        }
        self.index = index
    }

    /// Calls `body` with the key of every adjective base a place name (lower-case, ё as е, as
    /// scalars) can form, at least `shortestBase` letters long. The stem's hash is computed once
    /// and extended by each ending, so no base is built as a string. O(name length).
    static func forEachBase(ofName name: [Unicode.Scalar], _ body: (UInt64) -> Void) {
        var baseCount = name.count
        if let last = name.last, isFinalLetter(last) { baseCount -= 1 }
        guard baseCount >= 2 else { return }
        let last = name[baseCount - 1]
        var stem = BaseHash()
        for scalar in name[..<(baseCount - 1)] { stem.add(scalar) }
        var base = stem
        base.add(last)
        func emit(_ hash: BaseHash, _ length: Int) { if length >= shortestBase { body(hash.value) } }
        func extend(_ start: BaseHash, _ length: Int, _ first: Unicode.Scalar, _ second: Unicode.Scalar? = nil) {
            var hash = start
            hash.add(first)
            if let second { hash.add(second) }
            emit(hash, length + (second == nil ? 1 : 2))
        }
        emit(base, baseCount)
        if baseCount < name.count { extend(base, baseCount, name[name.count - 1]) }
        if let (first, second) = alternations(of: last) {
            extend(stem, baseCount - 1, first)
            if let second { extend(stem, baseCount - 1, second) }
        }
        // An inserted vowel before the last consonant: "вологд" -> "вологод", "москв" -> "москов".
        extend(stem, baseCount - 1, "о", last)
        extend(stem, baseCount - 1, "е", last)
        for suffix in linkingSuffixes {
            var hash = base
            for scalar in suffix { hash.add(scalar) }
            emit(hash, baseCount + suffix.count)
        }
        if name.count > 2, name[name.count - 2] == "и", name[name.count - 1] == "я" {  // "япония" -> "япон"
            emit(name[..<(name.count - 2)].reduce(into: BaseHash()) { $0.add($1) }, name.count - 2)
        }
    }

    /// The key of a base.
    static func key<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        scalars.reduce(into: BaseHash()) { $0.add($1) }.value
    }

    /// FNV-1a over the UTF-8 bytes of the scalars added, so a prefix's hash can be extended.
    struct BaseHash {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func add(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            if v < 0x80 {
                byte(UInt8(v))
            } else if v < 0x800 {
                byte(UInt8(0xC0 | (v >> 6))); byte(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                byte(UInt8(0xE0 | (v >> 12))); byte(UInt8(0x80 | ((v >> 6) & 0x3F))); byte(UInt8(0x80 | (v & 0x3F)))
            } else {
                byte(UInt8(0xF0 | (v >> 18))); byte(UInt8(0x80 | ((v >> 12) & 0x3F)))
                byte(UInt8(0x80 | ((v >> 6) & 0x3F))); byte(UInt8(0x80 | (v & 0x3F)))
            }
        }

        /// Adds one byte of UTF-8 (the hash of a scalar is that of its bytes in order).
        mutating func byte(_ b: UInt8) { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
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

    /// The most populous place an adjective lemma may come from, or nil.
    func place(forAdjective lemma: String) -> Int32? {
        let key = MatchKey.of(lemma)
        guard let base = PlaceAdjectives.base(ofAdjective: key), base.unicodeScalars.count >= PlaceAdjectives.shortestBase else { return nil }
        return index[PlaceAdjectives.key(base.unicodeScalars)]
    }
}
