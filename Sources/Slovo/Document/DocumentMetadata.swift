/// What a document says about itself: its title (the heading line), its author
/// ("Автор: ..."), and its date.
///
/// ```swift
/// let page = "Вологодские IT-компании изучают опыт Калуги\n\n20 августа 2013 г.\n\nТекст..."
/// let metadata = DocumentMetadata.extract(from: page)
/// metadata.title              // "Вологодские IT-компании изучают опыт Калуги"
/// metadata.date?.description  // "2013-08-20"
/// ```
public struct DocumentMetadata: Sendable, Equatable {
    /// The heading: the first line when it is short and does not end like a sentence.
    public var title: String?
    /// The name on an author line ("Автор: Леонтьева Наталья 20 августа 2013 г." gives
    /// "Леонтьева Наталья").
    public var author: String?
    /// The publication date: from the author line, a short date line near the top, or the
    /// dateline that opens the first paragraph ("Калуга, 12 марта 2024 г. ...").
    public var date: CalendarDate?

    /// Creates metadata.
    public init(title: String? = nil, author: String? = nil, date: CalendarDate? = nil) {
        self.title = title
        self.author = author
        self.date = date
    }

    /// True when nothing was found.
    public var isEmpty: Bool { title == nil && author == nil && date == nil }

    /// Longest title, in characters.
    static let maxTitleCharacters = 200
    /// Lines this far into the document are searched for the header (title, author, date).
    static let headerLines = 6

    /// Reads the metadata of `text`. Give it the text as analysed (the cleaner's masked
    /// text), so that removed boilerplate is not taken for a title. O(n) in the header.
    public static func extract(from text: String) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        let lines = firstLines(of: text, count: headerLines)
        var bodyStart = 0
        if let first = lines.first, isTitle(first), lines.count > 1 {
            metadata.title = first
            bodyStart = 1
        }
        for (k, line) in lines.enumerated() where k >= bodyStart {
            if let (author, date) = authorLine(line) {
                metadata.author = author
                metadata.date = metadata.date ?? date
                bodyStart = max(bodyStart, k + 1)
                break
            }
        }
        if metadata.date == nil {
            for line in lines[bodyStart...] {
                guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { break }
                let scalars = line.unicodeScalars
                if scalars.count <= 80, let match = RussianDateFinder.firstDate(in: line) {
                    metadata.date = match.date
                    break
                }
                // The dateline of the first paragraph: "Калуга, 12 марта 2024 г. Делегация ..."
                let opening = String(String.UnicodeScalarView(scalars.prefix(80)))
                if let match = RussianDateFinder.firstDate(in: opening), match.range.lowerBound < 40 {
                    metadata.date = match.date
                }
                break
            }
        }
        return metadata
    }

    /// The first `count` non-empty lines, trimmed, white space collapsed. A line over 800
    /// bytes (too long for a title or an author line) is cut to its first 400 bytes, enough
    /// for a dateline. O(those lines).
    static func firstLines(of text: String, count: Int) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var normalized: [UInt8] = []
            for range in LineText.lines(bytes, limit: count * 4) {
                var line = range
                if line.count > 800 { line = line.lowerBound..<(line.lowerBound + 400) }
                if LineText.normalize(bytes, line, into: &normalized) > 0 {
                    lines.append(String(decoding: normalized, as: UTF8.self))
                    if lines.count == count { break }
                }
            }
        }
        return lines
    }

    /// A heading: short, starts with a capital letter, digit or quote, does not end with
    /// sentence-internal or final punctuation other than "?" and "!", and is not an author
    /// line or a date alone. Judged on scalars: most first lines are prose and fail early.
    static func isTitle(_ line: String) -> Bool {
        guard line.utf8.count <= maxTitleCharacters * 4 else { return false }
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, scalars.count <= maxTitleCharacters else { return false }
        guard first.properties.isUppercase || ("0"..."9").contains(first) || "«\"„".unicodeScalars.contains(first)
        else { return false }
        guard !".,;:".unicodeScalars.contains(last) || line.hasSuffix("...") || line.hasSuffix("…") else { return false }
        var letters = 0
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if letters == 2 { break }
        }
        guard letters == 2, authorLine(line) == nil else { return false }
        guard let date = RussianDateFinder.firstDate(in: line) else { return true }
        return date.range.count < line.count - 2
    }

    static let authorPrefixes = ["автор:", "авторы:", "автор -", "автор —", "автор –", "автор ", "текст:", "author:", "by "]

    /// An author line: "Автор: NAME [DATE]". Returns the name (nil when only a date follows)
    /// and the date.
    static func authorLine(_ line: String) -> (String?, CalendarDate?)? {
        guard let first = line.unicodeScalars.first, "АаТтAaBb".unicodeScalars.contains(first),
              line.unicodeScalars.count <= 200 else { return nil }
        let lower = line.lowercased()
        guard let prefix = authorPrefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = String(line.dropFirst(prefix.count))
        var date: CalendarDate?
        if let match = RussianDateFinder.firstDate(in: rest) {
            date = match.date
            rest = String(Array(rest)[..<match.range.lowerBound])
        }
        let separators: Set<Character> = [" ", ",", ";", "|", "-", "—", "–", ":", "/"]
        while let last = rest.last, separators.contains(last) { rest.removeLast() }
        while let first = rest.first, separators.contains(first) { rest.removeFirst() }
        guard rest.contains(where: \.isLetter) || date != nil else { return nil }
        return (rest.isEmpty ? nil : rest, date)
    }
}
