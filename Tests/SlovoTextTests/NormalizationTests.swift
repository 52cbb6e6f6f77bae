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
]

@Test("match keys fold case, ё, stress and soft hyphens", arguments: keyCases)
func matchKey(_ c: KeyCase) {
    #expect(MatchKey.of(c.input) == c.key)
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
