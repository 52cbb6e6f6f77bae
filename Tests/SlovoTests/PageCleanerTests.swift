import Testing
import Slovo

/// The removed parts of `text` as (removed text, reason) pairs.
func removedParts(_ text: String) -> [(String, RemovalReason)] {
    let result = PageCleaner().clean(text)
    let bytes = Array(text.utf8)
    return result.removed.map { (String(decoding: bytes[$0.byteRange], as: UTF8.self), $0.reason) }
}

@Test func maskedTextKeepsByteLengthAndLineBreaks() {
    let text = "Заголовок\n<p>Текст <b>статьи</b>.</p>\r\nАрхив\n"
    let result = PageCleaner().clean(text)
    #expect(result.maskedText.utf8.count == text.utf8.count)
    #expect(result.maskedText == "Заголовок\n   Текст    статьи    .    \r\n          \n")
}

@Test func markupTagsAreRemovedButComparisonsAreNot() {
    let parts = removedParts("Цена <b>выросла</b>, а 3 < 5 и 7 > 2. <script>alert(1)</script> Конец.")
    #expect(parts.map(\.0) == ["<b>", "</b>", "<script>alert(1)</script>"])
    #expect(parts.allSatisfy { $0.1 == .markup })
}

@Test func dataURIWithItsTagIsOneRange() {
    let line = "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\" alt=\"\">"
    let parts = removedParts("Текст статьи, достаточно длинный для абзаца.\n\(line)\nЕщё текст.")
    #expect(parts.count == 1)
    #expect(parts.first?.0 == line)
    #expect(parts.first?.1 == .dataURI)
}

@Test func imageElementIsRemovedWithItsContent() {
    // A namespaced image element around a data URI whose payload was replaced by a link, as in
    // scraped pages: nothing between the tags is text.
    let open = "<" + "x:image>", close = "</" + "x:image>"
    let line = open + "data:image/s3,\"s3://bucket/images/a1b2.png\" alt=\"\"" + close
    let parts = removedParts("Текст статьи.\n\(line)\nЕщё текст.")
    #expect(parts.map(\.0) == [line])
    #expect(parts.map(\.1) == [.dataURI])
}

@Test func longBase64RunIsABlob() {
    let blob = String(repeating: "QUJDRGVmZ2hpams0NTY3", count: 8)
    let parts = removedParts("Перед \(blob) после.")
    #expect(parts.map(\.1) == [.blob])
    #expect(parts.first?.0 == blob)
}

@Test func boilerplateAndMenuLinesAreRemoved() {
    let text = "Статья о Калуге и Вологде, написанная для проверки.\nПоделиться\nГлавная | Новости | Спорт\nАрхив\n"
    #expect(removedParts(text).map(\.1) == [.boilerplate, .navigation, .boilerplate])
}

@Test func teasersAfterARelatedHeadingAreRemovedUntilProse() {
    let prose = String(repeating: "Длинный абзац статьи продолжается после врезки. ", count: 6)
    let text = "Начало.\nЧитайте также\nБанк повышает ставки\nПовышение составит до 0,7 пункта.\n\(prose)\nКороткая строка.\n"
    let parts = removedParts(text)
    #expect(parts.map(\.0) == ["Читайте также", "Банк повышает ставки\nПовышение составит до 0,7 пункта."])
    #expect(parts.map(\.1) == [.boilerplate, .relatedLinks])
}

@Test func laterCopiesOfARepeatedLineAreRemoved() {
    let text = "Первая строка статьи, довольно длинная.\nДругая строка.\nПервая строка статьи, довольно длинная.\n"
    let parts = removedParts(text)
    #expect(parts.count == 1)
    #expect(parts.first?.1 == .repeated)
    #expect(parts.first?.0 == "Первая строка статьи, довольно длинная.")
}

@Test func codeLinesAreBlobs() {
    let parts = removedParts("Текст статьи.\nvar a = {b: 1}; window.x = f(a);\nЕщё текст.")
    #expect(parts.map(\.1) == [.blob])
}

@Test func plainProseIsLeftAlone() {
    let text = "Вологодские представители посетили IT-центр в Калуге.\nОни обсудили налоговые льготы (для резидентов) — и не только.\n"
    #expect(removedParts(text).isEmpty)
}

@Test func unclosedMarkupDoesNotSwallowTheText() {
    #expect(removedParts("Текст <!-- без конца и <a href=\"x").isEmpty)
    #expect(removedParts("<script>var x; и дальше текст").map(\.0) == ["<script>"])
}

@Test func scrapedPageFixtureKeepsTheArticleAndDropsTheChrome() throws {
    let text = try fixture("scraped-page.txt")
    let parts = removedParts(text)
    let reasons = parts.map(\.1)
    #expect(reasons == [.markup, .markup, .boilerplate, .dataURI, .relatedLinks, .navigation, .boilerplate, .dataURI,
                        .repeated, .boilerplate])
    let analysis = Analyzer().analyze(text, cleaning: PageCleaner())
    let words = Set(analysis.tokens.indices.map { String(analysis.text(of: $0)) })
    #expect(words.contains("Анкудиновка") && words.contains("бюджет"))
    #expect(!words.contains("Туле") && !words.contains("Архив") && !words.contains("Telegram") && !words.contains("base64"))
    for token in analysis.tokens {
        #expect(!analysis.removed.contains { $0.byteRange.overlaps(token.byteRange) })
    }
}

@Test func sharedScrapedPageLosesItsBoilerplateAndKeepsItsArticle() throws {
    guard let text = sharedFile("examples/scraped-news-page.txt") else {
        print("shared/examples/scraped-news-page.txt not present: skipped")
        return
    }
    let parts = removedParts(text)
    #expect(parts.map(\.1) == [.boilerplate, .dataURI, .relatedLinks, .boilerplate, .dataURI, .repeated, .boilerplate])
    #expect(parts.map(\.0).filter { $0.hasPrefix("Другие материалы") || $0 == "Архив" }.count == 3)
    let kept = PageCleaner().clean(text).maskedText
    #expect(kept.contains("Представители вологодской стороны и их коллеги из Калуги"))
    #expect(!kept.contains("Открытие") && !kept.contains("base64") && !kept.contains("Архив"))
}
