/// Nouns that are never key words on their own: units of time and measure, months, and light
/// nouns that mostly serve as parts of longer expressions ("в ряде случаев", "в лице",
/// "на самом деле"). Specificity against the background handles the rest of the common words;
/// these are listed because they are frequent in news yet still rank high inside one document.
///
/// Kept as lemma keys in an open-addressing set: a lookup is one or two probes, no hashing
/// beyond the key itself.
struct StopNouns: Sendable {
    /// The lemmas (lower-case, е for ё).
    static let lemmas: [String] = [
        // Time.
        "год", "месяц", "неделя", "день", "час", "минута", "секунда", "время", "раз", "период", "срок",
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
        "ноябрь", "декабрь", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "утро", "вечер", "ночь", "сутки", "век",
        // Quantities and units.
        "тысяча", "миллион", "миллиард", "триллион", "процент", "половина", "треть", "четверть", "доля",
        "число", "количество", "ряд", "часть", "большинство", "меньшинство", "сотня", "десяток", "штука",
        "километр", "метр", "тонна", "рубль", "доллар", "евро",
        // Light nouns.
        "дело", "лицо", "образ", "вид", "случай", "место", "слово", "момент", "начало", "конец", "середина",
        "пример", "сторона", "отношение", "помощь", "результат", "мера", "вопрос", "проблема", "ситуация",
        "данные", "информация", "сообщение", "мнение", "точка", "зрение", "путь", "способ",
        "целое", "итог", "основа", "связь", "рамка", "счет", "причина", "цель", "роль", "уровень", "тип",
        "вещь", "друг", "человек", "люди", "господин", "г-н",
    ]

    private var slots: [UInt64]
    private let mask: Int

    /// The set of ``lemmas``.
    init() { self.init(Self.lemmas.map { LemmaKey.of($0) }) }

    /// A set of lemma keys.
    init(_ keys: [UInt64]) {
        var size = 16
        while size < keys.count * 4 { size <<= 1 }
        mask = size - 1
        slots = [UInt64](repeating: 0, count: size)
        for key in keys {
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 && slots[i] != key { i = (i + 1) & mask }
            slots[i] = key
        }
    }

    /// Whether `key` is in the set. O(1) expected.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let s = slots[i]
            if s == key { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}
