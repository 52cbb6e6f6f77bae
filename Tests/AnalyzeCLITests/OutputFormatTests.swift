import Foundation
import Testing

let scrapedPage = CLI.fixtures.appendingPathComponent("scraped-page.txt").path

@Test func textReportHasHeaderStatisticsAndRemovedParts() throws {
    let run = try CLI.run([scrapedPage])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "== \(scrapedPage)")
    #expect(lines.contains("  encoding  UTF-8"))
    #expect(lines.contains("  title     Калужский технопарк открыл второй корпус"))
    #expect(lines.contains("  author    Смирнова Ольга"))
    #expect(lines.contains("  date      2024-03-05"))
    #expect(lines.contains("statistics"))
    #expect(lines.contains { $0.hasPrefix("removed by page cleaning (") })
    #expect(lines.contains { $0.contains("related-links  В Туле открылась выставка промышленного дизайна ↵ Экспозиция") })
    #expect(!run.stdout.contains("\u{1B}"))
}

@Test func rawKeepsThePageAsItIs() throws {
    let run = try CLI.run(["--raw", "--format", "jsonl", scrapedPage])
    let line = try #require(try run.jsonLines().first)
    #expect((line["removed"] as? [Any])?.isEmpty == true)
    let words = (line["tokens"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(words.contains("Архив") && words.contains("Туле"))
}

@Test func jsonlReportHasTheDocumentedSchema() throws {
    let run = try CLI.run(["--format", "jsonl", scrapedPage])
    #expect(run.status == 0)
    let line = try #require(try run.jsonLines().first)
    #expect(line["schemaVersion"] as? Int == 1)
    #expect(line["id"] as? String == scrapedPage)
    #expect(line["encoding"] as? String == "UTF-8")
    let metadata = try #require(line["metadata"] as? [String: Any])
    #expect(metadata["title"] as? String == "Калужский технопарк открыл второй корпус")
    #expect(metadata["author"] as? String == "Смирнова Ольга")
    #expect(metadata["date"] as? String == "2024-03-05")
    let statistics = try #require(line["statistics"] as? [String: Any])
    for key in ["characters", "sentences", "tokens", "words", "removedCharacters"] { #expect(statistics[key] is Int) }
    // Offsets are code points of the original text: every token and removed span reads back.
    let text = Array(try String(contentsOfFile: scrapedPage, encoding: .utf8).unicodeScalars)
    func slice(_ object: [String: Any]) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[(object["start"] as! Int)..<(object["end"] as! Int)])
        return String(s)
    }
    let removed = try #require(line["removed"] as? [[String: Any]])
    #expect(removed.map { $0["reason"] as? String } == ["markup", "markup", "boilerplate", "data-uri", "related-links",
                                                        "navigation", "boilerplate", "data-uri", "repeated", "boilerplate"])
    #expect(slice(removed[2]) == "Читайте также")
    #expect(slice(removed.last!) == "Подписывайтесь на наш канал в Telegram\nАрхив")
    for token in line["tokens"] as? [[String: Any]] ?? [] { #expect(slice(token) == token["text"] as? String) }
    for sentence in line["sentences"] as? [[String: Any]] ?? [] { #expect((sentence["start"] as! Int) <= (sentence["end"] as! Int)) }
}

@Test func jsonFormatIsOneArrayPrettyOrCompact() throws {
    let dir = try CLI.temporaryDirectory()
    let a = try CLI.write("Калуга.", to: "a.txt", in: dir)
    let pretty = try CLI.run(["--format", "json", a, "/nonexistent.txt", scrapedPage])
    #expect(pretty.status == 1)
    let array = try #require(try pretty.json() as? [[String: Any]])
    #expect(array.count == 3)
    #expect(array[1]["error"] as? String == "/nonexistent.txt: No such file or directory")
    #expect(pretty.stdout.hasPrefix("[\n  {\n    \"schemaVersion\": 1,"))
    let compact = try CLI.run(["--format", "json", "--compact", a, scrapedPage])
    #expect(compact.lines.count == 4)  // "[", a document, a document, "]"
    #expect((try compact.json() as? [Any])?.count == 2)
    let empty = try CLI.run(["--format", "json", "--input", "jsonl"], stdin: Data())
    #expect(try (empty.json() as? [Any])?.isEmpty == true)
}

@Test func htmlIsOneSelfContainedPageWithoutScripts() throws {
    let run = try CLI.run(["--format", "html", scrapedPage, CLI.root.appendingPathComponent("Examples/kaluga-it-cluster.txt").path])
    #expect(run.status == 0)
    let page = run.stdout
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"))
    #expect(page.components(separatedBy: "<article class=\"document\">").count == 3)
    #expect(!page.lowercased().contains("<script"))
    // No element loads anything: no src or href attribute inside any tag.
    #expect(page.range(of: #"<[^>]*\s(src|href)\s*="#, options: .regularExpression) == nil)
    #expect(page.contains("<h1>Калужский технопарк открыл второй корпус</h1>"))
    #expect(page.contains("<dd class=\"author\">Смирнова Ольга</dd>"))
    #expect(page.contains("<time datetime=\"2024-03-05\">2024-03-05</time>"))
    #expect(page.contains("<span class=\"removed\" title=\"removed: data-uri\" data-reason=\"data-uri\">&lt;img src=&quot;data:image/png;base64,"))
    #expect(page.hasSuffix("</html>\n"))
}

@Test func htmlEscapesEveryInputDerivedString() throws {
    let dir = try CLI.temporaryDirectory()
    let payload = "<img src=x onerror=\"alert('x')\">&amp;"
    let path = try CLI.write("\(payload)\nАвтор: \(payload) 20 августа 2013 г.\nТекст \(payload) и \u{1B}[31mкраска.", to: "\(payload).txt", in: dir)
    let run = try CLI.run(["--format", "html", "--raw", path])
    #expect(run.status == 0)
    let body = try #require(run.stdout.components(separatedBy: "<main>").last)
    #expect(!body.contains("<img") && !body.contains("onerror=\"") && !body.contains("'x'"))
    #expect(body.contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;"))
    #expect(!body.contains("\u{1B}") && body.contains("\\u001b[31m"))
}

@Test func colourOnlyOnATerminalOrWhenAsked() throws {
    let plain = try CLI.run([scrapedPage])
    #expect(!plain.stdout.contains("\u{1B}"))
    let always = try CLI.run(["--color", "always", scrapedPage])
    #expect(always.stdout.contains("\u{1B}[1m== "))
    let never = try CLI.run(["--color", "never", scrapedPage])
    #expect(!never.stdout.contains("\u{1B}"))
}

@Test func jsonlErrorLineKeepsTheInputID() throws {
    let run = try CLI.run(["--input", "jsonl", "--format", "jsonl"], stdin: Data(#"{"id": {"k": [1, 2]}, "text": 5}"#.utf8))
    #expect(run.status == 1)
    #expect(run.stdout == #"{"id":{"k":[1,2]},"error":"<stdin>:1: \"text\" is not a string"}"# + "\n")
}
