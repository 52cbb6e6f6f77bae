/// Decides what a single line of a page is, from its visible text (markup already blanked,
/// white space collapsed): prose, a boilerplate or navigation line, a related-materials
/// heading, or program code.
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

    /// Classifies a normalized line (``LineText/normalize``), `characters` code points long.
    static func classify(_ line: UnsafeBufferPointer<UInt8>, characters: Int) -> Kind {
        guard characters > 0 else { return .empty }
        if characters <= maxPhraseLine {
            let key = phraseKey(String(decoding: line, as: UTF8.self))
            if BoilerplatePhrases.relatedHeadings.contains(key) { return .relatedHeading }
            if BoilerplatePhrases.lines.contains(key) { return .boilerplate }
            let lower = String(decoding: line, as: UTF8.self).lowercased()
            if BoilerplatePhrases.prefixes.contains(where: { lower.hasPrefix($0) }) { return .boilerplate }
        }
        if characters <= maxNavigationLine && isMenu(String(decoding: line, as: UTF8.self)) { return .navigation }
        if characters >= 20 && isCode(line, characters: characters) { return .code }
        return .content
    }

    /// Lower case, "ё" as "е", without the decoration sites put around headings
    /// (bullets, arrows, trailing colons and dots).
    static func phraseKey(_ line: String) -> String {
        let decoration: Set<Character> = [":", ".", "!", "»", "«", "›", "‹", "→", "•", "·", "*", "-", "—", "–", ">", "|", " ", "…", "\u{A0}"]
        var key = line.lowercased().replacingAll("ё", with: "е")
        while let last = key.last, decoration.contains(last) { key.removeLast() }
        while let first = key.first, decoration.contains(first) { key.removeFirst() }
        return key
    }

    /// A menu: three or more short items separated by "|", "•", "·", "›", " / " or "»" (when
    /// not a closing quote), with no sentence punctuation.
    static func isMenu(_ line: String) -> Bool {
        if line.contains(".") || line.contains("?") || line.contains("!") { return false }
        var separators: Set<String> = ["|", "•", "·", "›", "/"]
        if !line.contains("«") { separators.insert("»") }
        var items: [String] = []
        var current = ""
        var separatorCount = 0
        for character in line {
            if separators.contains(String(character)) {
                if character == "/" && !(current.hasSuffix(" ")) { current.append(character); continue }
                items.append(current)
                current = ""
                separatorCount += 1
            } else {
                current.append(character)
            }
        }
        items.append(current)
        guard separatorCount >= 2 else { return false }
        let trimmed = items.map { $0.split(separator: " ") }
        let nonEmpty = trimmed.filter { !$0.isEmpty }
        guard nonEmpty.count >= 3 else { return false }
        return nonEmpty.allSatisfy { words in words.count <= 4 && words.reduce(0) { $0 + $1.count } <= 30 }
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

extension String {
    /// `self` with every `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
