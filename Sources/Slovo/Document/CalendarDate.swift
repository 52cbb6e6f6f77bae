/// A day of the Gregorian calendar, written as ISO 8601 (`2013-08-20`).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1000...2999.
    public var year: Int
    /// The month, 1 (January) to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// A valid date, or nil (months 1-12, days within the month, leap years counted; years 1000-2999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...2999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Finds dates written the Russian way: "20 августа 2013 г.", "20 авг. 2013", "20.08.2013",
/// and ISO "2013-08-20".
public enum RussianDateFinder {
    /// A date and where it was written (character offsets into the searched string's
    /// `Character` array).
    public struct Match: Sendable, Equatable {
        /// The date found.
        public var date: CalendarDate
        /// Offsets in `Array(text)`, end exclusive; includes a following "г." or "года".
        public var range: Range<Int>
    }

    static let months: [String: Int] = [
        "января": 1, "янв": 1, "февраля": 2, "фев": 2, "февр": 2, "марта": 3, "мар": 3,
        "апреля": 4, "апр": 4, "мая": 5, "июня": 6, "июн": 6, "июля": 7, "июл": 7,
        "августа": 8, "авг": 8, "сентября": 9, "сен": 9, "сент": 9, "октября": 10, "окт": 10,
        "ноября": 11, "ноя": 11, "нояб": 11, "декабря": 12, "дек": 12,
    ]

    /// The first date in `text`, or nil. O(n).
    public static func firstDate(in text: String) -> Match? {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i].isASCIIDigit && (i == 0 || !chars[i - 1].isASCIIDigit && !chars[i - 1].isLetter) {
                if let match = dateAt(chars, i) { return match }
            }
            i += 1
        }
        return nil
    }

    static func number(_ chars: [Character], _ i: Int) -> (value: Int, length: Int)? {
        var k = i
        var value = 0
        while k < chars.count, let d = chars[k].wholeNumberValue, chars[k].isASCIIDigit, k - i < 4 {
            value = value * 10 + d
            k += 1
        }
        guard k > i, k == chars.count || !chars[k].isASCIIDigit else { return nil }
        return (value, k - i)
    }

    static func dateAt(_ chars: [Character], _ start: Int) -> Match? {
        guard let first = number(chars, start) else { return nil }
        var i = start + first.length
        // 2013-08-20
        if first.length == 4, i < chars.count, chars[i] == "-",
           let month = number(chars, i + 1), month.length == 2, i + 3 < chars.count, chars[i + 3] == "-",
           let day = number(chars, i + 4), day.length == 2,
           let date = CalendarDate(year: first.value, month: month.value, day: day.value) {
            return Match(date: date, range: start..<(i + 6))
        }
        guard first.length <= 2 else { return nil }
        // 20.08.2013
        if i < chars.count, chars[i] == ".", let month = number(chars, i + 1), month.length <= 2 {
            let dot = i + 1 + month.length
            if dot < chars.count, chars[dot] == ".", let year = number(chars, dot + 1), year.length == 4,
               let date = CalendarDate(year: year.value, month: month.value, day: first.value) {
                return Match(date: date, range: start..<withYearWord(chars, dot + 5))
            }
            return nil
        }
        // 20 августа 2013 г.
        guard i < chars.count, chars[i].isWhitespace else { return nil }
        while i < chars.count && chars[i].isWhitespace { i += 1 }
        let wordStart = i
        while i < chars.count && chars[i].isLetter { i += 1 }
        guard i > wordStart, let month = months[String(chars[wordStart..<i]).lowercased()] else { return nil }
        if i < chars.count && chars[i] == "." { i += 1 }
        guard i < chars.count, chars[i].isWhitespace else { return nil }
        while i < chars.count && chars[i].isWhitespace { i += 1 }
        guard let year = number(chars, i), year.length == 4,
              let date = CalendarDate(year: year.value, month: month, day: first.value) else { return nil }
        return Match(date: date, range: start..<withYearWord(chars, i + 4))
    }

    /// Extends a date's end over " г.", " г", " года".
    static func withYearWord(_ chars: [Character], _ end: Int) -> Int {
        var i = end
        while i < chars.count && chars[i].isWhitespace { i += 1 }
        for word in ["года", "г."] {
            let w = Array(word)
            if i + w.count <= chars.count && Array(chars[i..<(i + w.count)]) == w { return i + w.count }
        }
        if i < chars.count, chars[i] == "г", i + 1 == chars.count || !chars[i + 1].isLetter { return i + 1 }
        return end
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
