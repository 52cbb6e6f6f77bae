import Testing
import SlovoText

struct KeyCase: Sendable, CustomTestStringConvertible {
    let input: String
    let key: String
    var testDescription: String { input }
}

let keyCases: [KeyCase] = [
    .init(input: "Калуга", key: "калуга"),
    .init(input: "ЁЛКА", key: "елка"),
    .init(input: "ёжик", key: "ежик"),
    .init(input: "Во́дская", key: "водская"),
    .init(input: "ин\u{AD}форма\u{AD}ция", key: "информация"),
    .init(input: "И\u{306}ошкар-Ола", key: "йошкар-ола"),
    .init(input: "е\u{308}лка", key: "елка"),
    .init(input: "IT-Центр", key: "it-центр"),
    .init(input: "ЎЗБЕКИСТОН", key: "ўзбекистон"),
    .init(input: "Ärger", key: "ärger"),
    .init(input: "ΣΟΦΙΑ", key: "σοφια"),
    .init(input: "мои\u{306}", key: "мой"),
    .init(input: "зелёные", key: "зеленые"),
    .init(input: "сло́во", key: "слово"),
]

@Test("match keys fold case, ё, stress and soft hyphens", arguments: keyCases)
func matchKey(_ c: KeyCase) {
    #expect(MatchKey.of(c.input) == c.key)
}

/// The run of lower-case letters copied two bytes at a time gives what the letter-by-letter
/// path gives: the key of a text is the keys of its characters, one after the other.
@Test func matchKeyOfATextIsTheKeysOfItsCharacters() {
    let pieces = ["а", "п", "р", "я", "ё", "Ё", "й", "и\u{306}", "е\u{308}", "о\u{301}", "\u{AD}", "ѐ", "ў",
                  "Ж", "Я", "A", "z", "-", " ", "ä", "Σ", "\u{306}", "\u{301}", "ь"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3_000 {
        var text = ""
        for _ in 0..<Int(state % 12) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(state >> 33) % pieces.count]
        }
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let byCharacter = text.map { MatchKey.of(String($0)) }.joined()
        #expect(MatchKey.of(text) == byCharacter, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}

/// The same for long runs of lower-case letters (copied eight bytes at a time) broken by
/// letters that need folding, combining marks and capitals at every offset.
@Test func matchKeyOfLongLowerCaseRunsIsTheKeysOfTheirCharacters() {
    let lower = (0x430...0x44F).map { String(Unicode.Scalar($0)!) }
    let others = ["ё", "Ё", "и\u{306}", "е\u{308}", "о\u{301}", "\u{AD}", "ѐ", "Ж", "A", " ", "\u{301}", "ў"]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33)
    }
    for _ in 0..<3_000 {
        var text = ""
        for _ in 0..<(next() % 40) {
            text += next() % 8 == 0 ? others[next() % others.count] : lower[next() % lower.count]
        }
        let byCharacter = text.map { MatchKey.of(String($0)) }.joined()
        #expect(MatchKey.of(text) == byCharacter, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}

@Test func normalizedTextMapsBackToTheOriginal() {
    let text = "Ёлки в Йошкар-Оле: и\u{306}од, сло́во"
    let n = TextNormalizer.normalize(text)
    #expect(n.normalized == "елки в йошкар-оле: йод, слово")
    // "йод" in the normalized text comes from "и\u{306}од" in the original.
    let normalizedBytes = Array(n.normalized.utf8)
    let start = n.normalized.utf8.count - "йод, слово".utf8.count
    let range = n.originalRange(of: start..<(start + "йод".utf8.count))
    let originalBytes = Array(text.utf8)
    #expect(String(decoding: originalBytes[range], as: UTF8.self) == "и\u{306}од")
    #expect(normalizedBytes.count + 1 == n.originalOffsets.count)
}

@Test func nfcDecomposedTextIsComposedBeforeFolding() {
    // "Ä" as A + U+0308.
    let n = TextNormalizer.normalize("A\u{308}rger")
    #expect(n.normalized == "ärger")
    #expect(n.originalRange(of: 0..<2) == 0..<3)
}
