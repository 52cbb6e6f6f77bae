import Testing
import Slovo

/// The byte writers behind `tokenize --lemmas` give what the `String` accessors give, token by
/// token: lemmas of dictionary words, unknown words, Latin words, numbers and punctuation (no
/// lemma), and tags with and without grammemes.
@Test func lemmaAndTagBytesEqualTheirStrings() throws {
    let analysis = try EntityFixture.analysis(
        "Алексей Петрович Логанцов посетил IT-центр в г. Калуге 5 мая 2024 г., т. е. «Бизнес-софт» и iPhone: ЗЫЩ-15, шмуклеры!")
    var lemmas = 0
    for k in analysis.tokens.indices {
        var bytes: [UInt8] = [0x2A]  // (something before: appending keeps it)
        let appended = analysis.appendLemma(of: k, to: &bytes)
        #expect(appended == (analysis.lemma(of: k) != nil), "token \(k)")
        #expect(String(decoding: bytes.dropFirst(), as: UTF8.self) == (analysis.lemma(of: k) ?? ""), "token \(k)")
        if appended { lemmas += 1 }
        guard let tag = analysis.tag(of: k) else { continue }
        var tagBytes: [UInt8] = []
        tag.appendDescription(to: &tagBytes)
        #expect(String(decoding: tagBytes, as: UTF8.self) == tag.description, "token \(k)")
    }
    #expect(lemmas >= 15)
}
