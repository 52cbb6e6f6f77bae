/// Decides what a single line of a page is, from its visible text (markup already blanked,
/// white space collapsed): prose, a boilerplate or navigation line, a related-materials
/// heading, or program code. Works on UTF-8 bytes: most lines are prose, and they are judged
/// without making a `String`.
enum LineClassifier {
    /// What a line is, as far as one line can tell.
    enum Kind: Equatable {
        case empty
        case content
        /// A heading that opens a block of teasers ("Другие материалы").
        case relatedHeading
        case boilerplate
        case navigation
        case code
    }

    /// Lines up to this many characters are compared with the phrase lists.
    static let maxPhraseLine = 80
    /// Lines up to this many characters may be menus.
    static let maxNavigationLine = 200

    static let relatedKeys = Set(BoilerplatePhrases.relatedHeadings.map { Array($0.utf8) })
    static let lineKeys = Set(BoilerplatePhrases.lines.map { Array($0.utf8) })
    static let prefixKeys = BoilerplatePhrases.prefixes.map { Array($0.utf8) }

    /// Classifies a normalized line (``LineText/normalize``), `characters` code points long.
    static func classify(_ line: UnsafeBufferPointer<UInt8>, characters: Int) -> Kind {
        guard characters > 0 else { return .empty }
        if characters <= maxPhraseLine {
            var key = phraseKey(line)
            if relatedKeys.contains(key) { return .relatedHeading }
            if lineKeys.contains(key) { return .boilerplate }
            key = lowercased(line)
            if prefixKeys.contains(where: { key.starts(with: $0) }) { return .boilerplate }
        }
        if characters <= maxNavigationLine && isMenu(line) { return .navigation }
        if characters >= 20 && isCode(line, characters: characters) { return .code }
        return .content
    }

    /// The line in lower case (ASCII and Russian letters; "ё" as "е"), as UTF-8 bytes.
    static func lowercased(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(line.count)
        var i = 0
        while i < line.count {
            let b = line[i]
            if b >= 0x41 && b <= 0x5A {
                out.append(b | 0x20)
            } else if (b == 0xD0 || b == 0xD1) && i + 1 < line.count {
                let c = line[i + 1]
                switch (b, c) {
                case (0xD0, 0x81), (0xD1, 0x91): out += [0xD0, 0xB5]             // Ё ё -> е
                case (0xD0, 0x90...0x9F): out += [0xD0, c + 0x20]              // А-П -> а-п
                case (0xD0, 0xA0...0xAF): out += [0xD1, c - 0x20]              // Р-Я -> р-я
                default: out += [b, c]
                }
                i += 2
                continue
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// Decoration sites put around headings, as UTF-8: ": . ! » « › ‹ → • · * - — – > | …"
    /// and spaces (ASCII and no-break).
    static let decorations: [[UInt8]] = [":", ".", "!", "»", "«", "›", "‹", "→", "•", "·", "*", "-", "—", "–", ">", "|", "…", " ", "\u{A0}"]
        .map { Array($0.utf8) }

    /// Lower case, "ё" as "е", without the decoration around it.
    static func phraseKey(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let lower = lowercased(line)
        var start = 0, end = lower.count
        var trimmed = true
        while trimmed {
            trimmed = false
            for d in decorations where end - start >= d.count && lower[(end - d.count)..<end].elementsEqual(d) {
                end -= d.count
                trimmed = true
            }
            for d in decorations where end - start >= d.count && lower[start..<(start + d.count)].elementsEqual(d) {
                start += d.count
                trimmed = true
            }
        }
        return Array(lower[start..<end])
    }

    /// Separators of menu items (and "/" when spaced).
    static let separators: [[UInt8]] = ["|", "•", "·", "›", "»"].map { Array($0.utf8) }

    /// A menu: three or more short items separated by "|", "•", "·", "›", " / " or "»" (when
    /// no "«" opens a quote), with no sentence punctuation.
    static func isMenu(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasGuillemetOpen = false
        var candidates = 0
        for i in line.indices {
            let b = line[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") { return false }
            if b == 0xC2 && i + 1 < line.count && line[i + 1] == 0xAB { hasGuillemetOpen = true }
            if b == UInt8(ascii: "|") || b == UInt8(ascii: "/") || b == 0xE2 || b == 0xC2 { candidates += 1 }
        }
        guard candidates >= 2 else { return false }
        var items: [Int] = []  // character count of each item's words
        var words = 0, wordChars = 0, separatorsSeen = 0
        var itemsValid = true
        var i = 0
        func closeItem() {
            if words > 0 {
                if words > 4 || wordChars > 30 { itemsValid = false }
                items.append(words)
            }
            words = 0
            wordChars = 0
        }
        var inWord = false
        while i < line.count {
            var separatorLength = 0
            for s in separators where i + s.count <= line.count && line[i..<(i + s.count)].elementsEqual(s) {
                if s == [0xC2, 0xBB] && hasGuillemetOpen { continue }
                separatorLength = s.count
            }
            if separatorLength == 0 && line[i] == UInt8(ascii: "/") && i > 0 && line[i - 1] == 0x20 { separatorLength = 1 }
            if separatorLength > 0 {
                closeItem()
                separatorsSeen += 1
                inWord = false
                i += separatorLength
                continue
            }
            if line[i] == 0x20 {
                inWord = false
            } else {
                if !inWord { words += 1; inWord = true }
                if line[i] & 0xC0 != 0x80 { wordChars += 1 }
            }
            i += 1
        }
        closeItem()
        return separatorsSeen >= 2 && items.count >= 3 && itemsValid
    }

    /// Program code (scripts, styles, JSON) left in a page: no Cyrillic letter and many of the
    /// characters code is made of.
    static func isCode(_ line: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool {
        var codeCharacters = 0
        var structural = false
        for b in line {
            if b >= 0xD0 && b <= 0xD3 { return false }  // a Cyrillic letter
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"):
                codeCharacters += 1
                structural = true
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "="), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "$"), UInt8(ascii: "\""):
                codeCharacters += 1
            default: break
            }
        }
        return structural && codeCharacters * 100 >= characters * 15
    }
}
