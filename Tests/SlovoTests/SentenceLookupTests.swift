import Testing
@testable import SlovoEntities
import Slovo

/// `EntityDocument.sentence(containing:cursor:)` answers as a plain scan of the sentences does,
/// whether the tokens are asked for in order (the cursor steps forward), backwards or at random
/// (it searches again).
@Test func sentenceLookupWithACursorAgreesWithAScanInAnyOrder() throws {
    let analyzer = try #require(EntityFixture.analyzer)
    let resources = try EntityResources.shared()
    var text = "Первое предложение. Второе, подлиннее: в нём есть Калуга! Третье? Четвёртое… «Пятое». Шестое"
    try text.withUTF8 { bytes in
        let tokens = analyzer.tokenizer.tokenize(bytes)
        let sentences = analyzer.sentenceSplitter.split(bytes, tokens: tokens)
        try #require(sentences.count == 6)
        let document = EntityDocument(bytes: bytes, tokens: tokens, sentences: sentences, morphology: nil,
                                      resources: resources)
        let scan = { (i: Int) in document.sentences.first { $0.contains(i) } }
        let beyond = [tokens.count, tokens.count + 5]
        let scrambled = tokens.indices.sorted { ($0 * 7919) % 31 < ($1 * 7919) % 31 }  // (a fixed jumble)
        let orders = [Array(tokens.indices) + beyond, Array(tokens.indices.reversed()), scrambled,
                      Array(tokens.indices).filter { $0 % 3 == 0 } + [0, 1] + beyond + [2]]
        for order in orders {
            var cursor = 0
            for i in order { #expect(document.sentence(containing: i, cursor: &cursor) == scan(i), "token \(i)") }
        }
    }
}
