import Testing
@testable import SlovoEntities
import Slovo
import SlovoText

/// A long text is taken by the entity stage in windows of whole sentences; the windows must
/// change nothing: the same mentions, in the same order, with the same normal forms, whatever
/// the window size, including quotes left open across a cut and place adjectives whose place
/// is named in another window.
struct EntityWindowTests {
    static let text: String? = {
        guard let page = try? fixture("scraped-page.txt") else { return nil }
        return """
            А тульские заводы работают, и калужские тоже. Губернатор сказал: «Это важно. Банк «Открытие» и \
            компания «Бизнес-софт» помогут. Министерство финансов тоже». Алексей Петрович Логанцов \
            приехал в Вологду! Потом — в Москву? Вологодская область ждёт… А вологодские компании растут.

            """ + page + """

            Калуга — город на Оке. Газпром» и «Роснефть" подписали соглашение; "ООО «Ромашка» в Калуге
            """
    }()

    /// The text's analysis (tokens, sentences, morphology) and the extractor.
    static func prepared() throws -> (Analysis, EntityExtractor) {
        let analyzer = try #require(EntityFixture.analyzer)
        let text = try #require(text)
        return (analyzer.analyze(text), try #require(analyzer.entityExtractor))
    }

    @Test func mentionsAreTheSameForEveryWindowSize() throws {
        let (analysis, extractor) = try Self.prepared()
        var text = analysis.text
        text.withUTF8 { bytes in
            let whole = extractor.mentions(in: bytes, tokens: analysis.tokens, sentences: analysis.sentences,
                                           morphology: analysis.morphology, windowTokens: Int.max)
            #expect(whole.count > 25)
            // "тульские": a reference to Тула, which only the page further on names.
            #expect(whole.contains { $0.isReference && $0.place == "Тула" && $0.start == 3 })  // (a byte offset)
            for size in [1, 2, 5, 17, 60, 150] {
                let windows = EntityWindows.split(tokens: analysis.tokens, sentences: analysis.sentences, size: size)
                #expect(windows.count > 1, "size \(size)")
                let windowed = extractor.mentions(in: bytes, tokens: analysis.tokens, sentences: analysis.sentences,
                                                  morphology: analysis.morphology, windowTokens: size)
                #expect(windowed == whole, "size \(size)")
            }
        }
    }

    /// Window mentions and place adjectives are merged as a stable sort of their concatenation
    /// by start would order them, whether the inputs are in order of start (the linear merge)
    /// or not (the sort it falls back on).
    @Test func mergedMentionsAreOrderedAsAStableSortOfTheirConcatenation() {
        var rng = SplitMix64(seed: 21)
        func mention(_ start: Int32, _ label: String) -> EntityMention {
            EntityMention(type: .location, tokens: Int(start)..<Int(start + 1), start: start, end: start + 1,
                          normal: label, isReference: label.hasPrefix("a"))
        }
        for round in 0..<400 {
            // In order; parts each out of order but following one another (a type word reaching
            // back); anything anywhere.
            let inOrder = round % 4 != 0, partsFollow = round % 4 != 3
            var parts: [[EntityMention]] = []
            var start: Int32 = 0
            for p in 0..<Int(rng.next() % 4) {
                var part = (0..<Int(rng.next() % 6)).map { k in
                    start += Int32(rng.next() % 3)   // equal starts too
                    return mention(partsFollow ? start : Int32(rng.next() % 20), "p\(p).\(k)")
                }
                if !inOrder, part.count > 1 { part.swapAt(0, part.count - 1) }
                parts.append(part)
            }
            var added: [EntityMention] = []
            var at: Int32 = 0
            for k in 0..<Int(rng.next() % 5) {
                at += Int32(rng.next() % 4)
                added.append(mention(inOrder ? at : Int32(rng.next() % 20), "a\(k)"))
            }
            let expected = (parts.flatMap { $0 } + added).sorted { $0.start < $1.start }
            #expect(MentionBuilder.mergedByStart(parts, added) == expected, "round \(round)")
        }
    }

    @Test func windowsCoverEveryTokenInOrderAndEndAfterPunctuation() throws {
        let (analysis, _) = try Self.prepared()
        var text = analysis.text
        text.withUTF8 { bytes in
            for size in [1, 9, 100, analysis.tokens.count, analysis.tokens.count + 1] {
                let windows = EntityWindows.split(tokens: analysis.tokens, sentences: analysis.sentences, size: size)
                #expect(windows.first?.tokens.lowerBound == 0 && windows.last?.tokens.upperBound == analysis.tokens.count)
                #expect(windows.first?.sentences.lowerBound == 0 && windows.last?.sentences.upperBound == analysis.sentences.count)
                for (a, b) in zip(windows, windows.dropFirst()) {
                    #expect(a.tokens.upperBound == b.tokens.lowerBound && a.sentences.upperBound == b.sentences.lowerBound)
                    #expect(analysis.tokens[a.tokens.upperBound - 1].kind == .punctuation)
                    #expect(analysis.sentences[a.sentences.upperBound - 1].tokens.upperBound == a.tokens.upperBound)
                    #expect(a.tokens.count >= size)
                }
                if size >= analysis.tokens.count { #expect(windows.count == 1) }
            }
        }
    }

    /// A quote opened in one window and closed in the next still covers the words between:
    /// each window starts from the quotes the one before left open.
    @Test func windowsCarryOpenQuotesAcrossTheCut() throws {
        let (analysis, _) = try Self.prepared()
        let resources = try EntityResources.shared()
        var text = analysis.text
        text.withUTF8 { bytes in
            let whole = EntityDocument(bytes: bytes, tokens: analysis.tokens, sentences: analysis.sentences,
                                       morphology: nil, resources: resources)
            let insideQuotes = whole.attributes.map(\.insideQuotes)
            // «Это важно. Банк «Открытие» ...»: the second sentence starts inside the quotes.
            let second = analysis.sentences[2].tokens
            #expect(insideQuotes[second.lowerBound])
            var windowed: [Bool] = []
            var depth = 0
            for window in EntityWindows.split(tokens: analysis.tokens, sentences: analysis.sentences, size: 3) {
                let sentences = analysis.sentences[window.sentences].map {
                    Sentence(start: $0.start, end: $0.end,
                             tokens: ($0.tokens.lowerBound - window.tokens.lowerBound)..<($0.tokens.upperBound - window.tokens.lowerBound))
                }
                let document = EntityDocument(bytes: bytes, tokens: Array(analysis.tokens[window.tokens]), sentences: sentences,
                                              morphology: nil, resources: resources, quoteDepth: depth)
                windowed += document.attributes.map(\.insideQuotes)
                depth = document.quoteDepthAfter
            }
            #expect(windowed == insideQuotes)
        }
    }
}
