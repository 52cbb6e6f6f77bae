import Testing
import Slovo

/// Keywords of whole texts through the public API: normal forms, merging of variants,
/// capitalization, scores, occurrences, the title.
@Suite struct KeywordExtractionTests {
    static let analyzer = try? Analyzer.standard(entities: false)

    func keywords(_ text: String, title: String? = nil, count: Int = 10) throws -> [Keyword] {
        let analyzer = try #require(Self.analyzer).keywords(count: count)
        return analyzer.analyze(text, title: title).keywords
    }

    @Test func variantsOfOnePhraseAreMergedAndShownInTheNominative() throws {
        let text = """
            Банк повысил ставки по рублевым вкладам. Рублевые вклады стали выгоднее. \
            Клиенты открывают рублевый вклад. Доход по рублёвому вкладу растёт.
            """
        let found = try keywords(text)
        let vklady = try #require(found.first { $0.text.hasPrefix("рублевы") })
        #expect(vklady.text == "рублевые вклады")
        #expect(vklady.count == 4)
        #expect(found.filter { $0.text.lowercased().hasPrefix("рубл") }.count == 1)
    }

    /// A surname is shown as the person's full name and a noun as the adjective + noun phrase
    /// that holds most of its occurrences, each with the word's own count, and neither alone.
    @Test func wordsAreShownAsThePhrasesThatHoldThem() throws {
        let text = """
            Дональд Трамп прилетел в Москву. Трамп встретился с министром. Позже Трамп выступил \
            перед журналистами. Олимпийские игры пройдут летом. Игры соберут спортсменов. \
            Олимпийские игры покажут по телевидению. Олимпийские игры станут праздником.
            """
        let found = try keywords(text)
        #expect(found.first { $0.text == "Дональд Трамп" }?.count == 3)
        #expect(found.first { $0.text == "олимпийские игры" }?.count == 4)
        #expect(!found.contains { $0.text == "Трамп" || $0.text == "игры" })
    }

    @Test func properNamesKeepCapitalsAndCommonWordsAreLowerCase() throws {
        let text = """
            Правительство Вологодской области приняло стратегию. Стратегия касается Вологодской \
            области и Калуги. В Калуге стратегию обсудили. Стратегия утверждена.
            """
        let texts = try keywords(text).map(\.text)
        #expect(texts.contains("Вологодская область"))
        #expect(texts.contains("Калуга"))
        #expect(texts.contains("стратегия"))
        #expect(!texts.contains("Стратегия"))
    }

    @Test func scoresAreInZeroOneBestFirstAndTheCountIsKept() throws {
        let text = try #require(Self.sample)
        let found = try keywords(text, count: 5)
        #expect(found.count == 5)
        #expect(found.first?.score == 1)
        #expect(found.allSatisfy { $0.score >= 0 && $0.score <= 1 })
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score > $1.score || ($0.score == $1.score && $0.text < $1.text) })
    }

    @Test func theSameTextGivesTheSameKeywords() throws {
        let text = try #require(Self.sample)
        #expect(try keywords(text) == keywords(text))
    }

    @Test func occurrencesReadBackTheirWords() throws {
        let text = "Делегация посетила IT-центр в Калуге. Калужский IT-центр открыт. В Калуге рады."
        let found = try keywords(text)
        let kaluga = try #require(found.first { $0.text == "Калуга" })
        #expect(kaluga.count == 2)
        let utf8 = Array(text.utf8)
        for o in kaluga.occurrences {
            #expect(String(decoding: utf8[o.byteRange], as: UTF8.self) == "Калуге")
        }
    }

    @Test func theTitleCountsWhenGivenApart() throws {
        let text = "Делегация посетила центр. Центр работает давно. Специалисты рассказали о работе."
        let without = try keywords(text).map(\.text)
        let with = try keywords(text, title: "Вологодские специалисты изучают опыт Калуги").map(\.text)
        #expect(!without.contains("Калуга"))
        #expect(with.contains("Калуга"))
        #expect(try keywords(text, title: "Калуга").allSatisfy { $0.occurrences.allSatisfy { $0.end <= Int32(text.utf8.count) } })
    }

    @Test func analysesWithATitleReuseTheThreadsMemo() throws {
        // A batch analyses document after document this way: each must find the words of the
        // ones before in the calling thread's memo, not start from an empty one.
        let analyzer = try #require(Self.analyzer)
        MorphologyMemo.releaseThreadMemo()
        _ = analyzer.analyze("Делегация посетила центр.", title: nil)
        let afterOne = MorphologyMemo.withThreadMemo { $0.count }
        #expect(afterOne > 0)
        _ = analyzer.analyze("Специалисты рассказали о работе.", title: "Вологодские специалисты")
        #expect(MorphologyMemo.withThreadMemo { $0.count } > afterOne)
        let cleaned = PageCleaner().clean("Меню\nГлавная\nКалужские программисты открыли центр.")
        let beforeCleaned = MorphologyMemo.withThreadMemo { $0.count }
        _ = analyzer.analyze(cleaned.maskedText, cleaned: cleaned, title: "Программисты Калуги")
        #expect(MorphologyMemo.withThreadMemo { $0.count } > beforeCleaned)
    }

    @Test func noMorphologyNoKeywords() {
        #expect(Analyzer().analyze("Делегация посетила Калугу.").keywords.isEmpty)
        #expect(Analyzer().analyze("Калуга", title: "Калуга").keywords.isEmpty)
    }

    @Test(.enabled(if: sharedFile("examples/scraped-news-page.txt") != nil, "needs ../shared"))
    func theScrapedPageGivesItsSubjectAndNoBoilerplate() throws {
        let page = try #require(sharedFile("examples/scraped-news-page.txt"))
        let analyzer = try #require(Self.analyzer)
        let texts = analyzer.analyze(page, cleaning: PageCleaner()).keywords.map { $0.text.lowercased() }
        #expect(texts.contains("калуга"))
        #expect(texts.contains { $0.contains("it-центр") })
        #expect(texts.contains { $0.contains("вологд") })
        for junk in ["материалы", "архив", "image", "банк", "открытие", "вклады", "автор"] {
            #expect(!texts.contains { $0.contains(junk) }, "\(junk) in \(texts)")
        }
    }

    static let sample: String? = try? fixture("scraped-page.txt")
}
