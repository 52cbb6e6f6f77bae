import Foundation
import Testing

@Test func keywordsCommandListsScoreCountAndPhrase() throws {
    let text = "Делегация посетила IT-центр в Калуге. Калужский IT-центр открыт. В Калуге рады гостям."
    let run = try CLI.run(["keywords", "--count", "3", "-"], stdin: Data(text.utf8))
    #expect(run.status == 0)
    #expect(run.lines.count == 3)
    let first = run.lines[0].split(separator: "\t")
    #expect(first.count == 3)
    #expect(first[0] == "1.00")
    #expect(run.lines.contains { $0.hasSuffix("\tКалуга") })
}

@Test func keywordsCommandWritesJSONLWithCodePointSpans() throws {
    let input = #"{"id": 7, "text": "Ёлку поставили в Калуге. В Калуге ёлка выше.", "title": "Ёлка в Калуге"}"# + "\n"
    let run = try CLI.run(["keywords", "--input", "jsonl", "--format", "jsonl", "-"], stdin: Data(input.utf8))
    #expect(run.status == 0)
    let line = try #require(try run.jsonLines().first)
    #expect(line["id"] as? Int == 7)
    let keywords = try #require(line["keywords"] as? [[String: Any]])
    let kaluga = try #require(keywords.first { $0["text"] as? String == "Калуга" })
    #expect(kaluga["count"] as? Int == 2)
    let text = Array("Ёлку поставили в Калуге. В Калуге ёлка выше.".unicodeScalars)
    for span in kaluga["occurrences"] as? [[String: Int]] ?? [] {
        #expect(String(String.UnicodeScalarView(text[span["start"]!..<span["end"]!])) == "Калуге")
    }
}

@Test func reportListsKeywordsInEveryFormat() throws {
    let dir = try CLI.temporaryDirectory()
    let path = try CLI.write("Вологодские представители посетили IT-центр в Калуге. IT-центр в Калуге новый.",
                             to: "page.txt", in: dir)
    let text = try CLI.run([path])
    #expect(text.lines.contains("keywords"))
    #expect(text.lines.contains { $0.hasSuffix("Калуга") })
    let json = try CLI.run(["--format", "jsonl", path])
    let line = try #require(try json.jsonLines().first)
    let keywords = try #require(line["keywords"] as? [[String: Any]])
    #expect(keywords.first?["score"] as? Double == 1)
    #expect(keywords.allSatisfy { $0["text"] is String && $0["count"] is Int })
    let html = try CLI.run(["--format", "html", path])
    #expect(html.stdout.contains("<section class=\"keywords\">"))
}

@Test func evaluateKeywordsScoresPredictionsAsTheReferenceDoes() throws {
    let dir = try CLI.temporaryDirectory()
    let gold = try CLI.write("""
        {"id": "a", "text": "Калуга.", "keywords": ["калуга", "вологодская область"]}
        {"id": "b", "text": "Тверь.", "keywords": ["тверь"]}

        """, to: "gold.jsonl", in: dir)
    let predicted = try CLI.write("""
        {"id": "a", "keywords": ["Калуги", "Вологодской области", "город"]}
        {"id": "b", "keywords": [{"text": "Москва"}]}

        """, to: "pred.jsonl", in: dir)
    let run = try CLI.run(["evaluate", "keywords", "--gold", gold, "--predictions", predicted, "--json"])
    #expect(run.status == 0)
    // a: P 2/3, R 1, F1 0.8; b: 0.
    #expect(run.stdout.hasPrefix("{\"keywords\":{\"f1\":0.4,\"p\":0.3333,\"r\":0.5,\"docs\":2}"))
}
