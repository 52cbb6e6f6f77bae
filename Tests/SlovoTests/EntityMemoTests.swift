import Testing
@testable import SlovoEntities
import Slovo
import SlovoMorphology

/// The entity stage's per-thread memos (normal forms, word facts, lemmas, place adjectives)
/// change speed only: what a warm memo gives equals what a cold one computes.
struct EntityMemoTests {
    static let texts = [
        "Губернатор Вологодской области Олег Кувшинников встретился с Алексеем Петровичем Логанцовым в Вологде.",
        "В Калуге открылся IT-центр; калужский кластер поддержал Банк «Открытие» и компания «Бизнес-софт».",
        "Министр иностранных дел России Сергей Лавров прилетел в Нью-Йорк на заседание ООН.",
        "Логанцов А. П. и Леонтьева Наталья выступили в Правительстве Вологодской области.",
    ]

    /// Every entity field the memos could affect.
    static func entities(_ analysis: Analysis) -> [String] {
        analysis.entities.map {
            "\($0.type) \($0.subtype.map { "\($0)" } ?? "-") \($0.start)-\($0.end) \($0.normal) \($0.isReference) "
                + "\($0.place ?? "-") \(String(describing: $0.person))"
        } + analysis.entityGroups.map { "\($0.normal) \($0.count)" }
    }

    @Test func mentionWordAnalysesAreTheLexiconsOwn() throws {
        let lexicon = try #require(EntityFixture.analyzer?.tagger?.lexicon)
        let other = try Lexicon(path: lexicon.path)
        let memo = WordAnalysesMemo()
        for (k, word) in ["Путина", "Калуге", "Путина", "пришёл", "Калуге", "Сандали"].enumerated() {
            // Every third word asks about another copy of the lexicon (the memo starts again).
            let asked = k % 3 == 2 ? other : lexicon
            var text = word
            let found = text.withUTF8 { memo.analyses(of: $0, in: asked) }
            #expect(found == asked.analyses(of: word), "\(word)")
            #expect(!found.isEmpty)
        }
    }

    @Test func warmMemosGiveWhatColdOnesCompute() throws {
        let analyzer = try #require(EntityFixture.analyzer)
        var cold: [[String]] = []
        for text in Self.texts {
            EntityThreadCache.releaseThreadCache()
            cold.append(Self.entities(analyzer.analyze(text)))
        }
        EntityThreadCache.releaseThreadCache()
        // Twice over, in both orders, with the memos kept between documents.
        for text in Self.texts + Self.texts.reversed() {
            let warm = Self.entities(analyzer.analyze(text))
            #expect(warm == cold[Self.texts.firstIndex(of: text)!], "\(text)")
        }
    }

    @Test func theSameNameInAnotherCaseIsNormalizedAfresh() throws {
        let analyzer = try #require(EntityFixture.analyzer)
        let first = analyzer.analyze("Встреча прошла в Калуге.").entities.map(\.normal)
        let second = analyzer.analyze("Калуга встречала гостей.").entities.map(\.normal)
        #expect(first == ["Калуга"])
        #expect(second == ["Калуга"])
    }

    @Test func keyedMemoFindsWhatItStoredAndStartsAgainWhenHalfFull() {
        let memo = KeyedMemo<Int32>(capacityBits: 4)
        memo.store(7, for: 0)  // key 0 is stored as 1 and still found
        memo.store(8, for: 42)
        #expect(memo.value(for: 0) == 7)
        #expect(memo.value(for: 42) == 8)
        #expect(memo.value(for: 43) == nil)
        for k in UInt64(100)..<UInt64(106) { memo.store(Int32(k), for: k) }
        #expect(memo.count == 8)
        memo.store(1, for: 200)  // half full: everything is forgotten first
        #expect(memo.count == 1)
        #expect(memo.value(for: 42) == nil)
        #expect(memo.value(for: 200) == 1)
    }
}

/// Closing quotes left without an opening one inside a mention (the tagger can produce
/// "Газпром» и «Роснефть") must not break normalization.
@Test func aClosingQuoteWithoutAnOpeningOneInAMentionIsKeptAsText() throws {
    let analyzer = try #require(EntityFixture.analyzer)
    let resources = try EntityResources.shared()
    var text = "Газпром» и «Роснефть"
    let normal: String = text.withUTF8 { bytes in
        let tokens = analyzer.tokenizer.tokenize(bytes)
        let sentences = analyzer.sentenceSplitter.split(bytes, tokens: tokens)
        let document = EntityDocument(bytes: bytes, tokens: tokens, sentences: sentences, morphology: nil,
                                      resources: resources)
        let normalizer = EntityNormalizer(document: document, analyses: [], lexicon: analyzer.tagger!.lexicon,
                                          wordAnalyses: WordAnalysesMemo())
        var mention = EntityMention(type: .organization, tokens: 0..<tokens.count, start: 0,
                                    end: Int32(bytes.count), normal: "")
        normalizer.normalize(&mention)
        return mention.normal
    }
    #expect(normal.hasPrefix("Газпром»"))
    #expect(normal.hasSuffix("»"))
}
