import Testing
import Slovo

/// Lemma keys, the background file and the keyword metric.
@Suite struct KeywordDataTests {
    @Test func lemmaKeysFoldYoAndPhraseKeysKeepOrder() {
        #expect(LemmaKey.of("ёлка") == LemmaKey.of("елка"))
        #expect(LemmaKey.of("калуга") != LemmaKey.of("вологда"))
        let a = LemmaKey.of("клуб"), b = LemmaKey.of("директор")
        #expect(LemmaKey.combine(a, b) != LemmaKey.combine(b, a))
        #expect(LemmaKey.combine(a, b) != a)
    }

    @Test func theBackgroundRoundTripsThroughItsFileFormat() throws {
        let keys = ["калуга", "город", "кластер"].map { LemmaKey.of($0) }
        let background = KeywordBackground(documentCount: 100, entries: [(keys[0], 3), (keys[1], 90), (keys[2], 7)])
        let bytes = background.serialized()
        #expect(bytes.count == 16 + 3 * 6)
        let read = try bytes.withUnsafeBytes { try KeywordBackground(bytes: $0) }
        #expect(read.documentCount == 100)
        #expect(keys.map { read.documents(containing: $0) } == [3, 90, 7])
        #expect(read.documents(containing: LemmaKey.of("вологда")) == 0)
    }

    @Test func lookupsFindEveryStoredKeyAndNoOtherInAnyBucket() {
        // Keys at the edges of the buckets (top bits all 0 or all 1) and spread between.
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        var entries: [(key: UInt64, documents: Int)] = [(0, 5), (UInt64.max, 6), (1 << 32, 7), (0xFFFF_FFFE << 32, 8)]
        for i in 0..<3_000 { entries.append((next(), i % 500 + 1)) }
        let background = KeywordBackground(documentCount: 1_000, entries: entries)
        // The file keeps a key's high 32 bits; two keys that share them keep the larger count.
        var expected: [UInt64: Int] = [:]
        for (key, documents) in entries { expected[key >> 32] = max(expected[key >> 32] ?? 0, documents) }
        for (key, _) in entries { #expect(background.documents(containing: key) == expected[key >> 32]) }
        let stored = Set(expected.keys)
        for _ in 0..<3_000 {
            let key = next()
            if !stored.contains(key >> 32) { #expect(background.documents(containing: key) == 0) }
        }
        #expect(KeywordBackground().documents(containing: 42) == 0)
    }

    @Test func aFileThatIsNoBackgroundIsRejected() {
        let bytes = Array("not a background file".utf8)
        #expect(throws: KeywordDataError.self) { try bytes.withUnsafeBytes { try KeywordBackground(bytes: $0) } }
    }

    @Test func theShippedBackgroundKnowsCommonAndRareWords() throws {
        let background = try KeywordBackground.load()
        #expect(background.documentCount > 1000)
        let city = background.documents(containing: LemmaKey.of("город"))
        let kaluga = background.documents(containing: LemmaKey.of("калуга"))
        #expect(city > kaluga)
    }

    @Test(arguments: [
        ("Калужская область", "калужск област"),
        ("ИТ-директоров", "ит-директор"),
        ("«Ёлка»", "елк"),
        ("  Дональд   Трамп ", "дональд трамп"),
        ("Формула-1", "формула-1"),
    ])
    func keywordsAreMatchedByStemsOfFoldedWords(_ keyword: String, _ expected: String) {
        #expect(KeywordEvaluation.normalize(keyword) == expected)
    }

    @Test func f1IsAveragedOverDocumentsWithGold() {
        var scores = KeywordEvaluation.Accumulator(k: 3)
        // 2 of 3 predictions right, 2 of 4 gold found: P 2/3, R 1/2, F1 4/7.
        let first = scores.add(gold: ["калуга", "вологда", "кластер", "центр"],
                               predicted: ["Калуга", "Вологда", "город", "кластер"])
        #expect(first?.p == 2.0 / 3 && first?.r == 0.5)
        // Repeats count once and use up their place.
        let second = scores.add(gold: ["калуга"], predicted: ["Калуга", "Калуге", "калуга"])
        #expect(second?.p == 1 && second?.r == 1)
        #expect(scores.add(gold: [], predicted: ["Калуга"]) == nil)
        let result = scores.result
        #expect(result.documents == 2)
        #expect(abs(result.f1 - (4.0 / 7 + 1) / 2) < 1e-12)
    }
}
