import Foundation
import Testing

/// `count` JSONL documents; every `badEvery`-th line (1-based) is malformed.
func batchInput(count: Int, badEvery: Int) -> Data {
    var out = ""
    for k in 1...count {
        if k % badEvery == 0 {
            out += "{\"id\": \(k), \"text\": \"Калуга без конца\n"
        } else {
            out += "{\"id\": \(k), \"text\": \"Документ \(k). Вологодская делегация посетила IT-центр в Калуге \(k % 31) марта.\", \"n\": \(k)}\n"
        }
    }
    return Data(out.utf8)
}

@Test func tenThousandDocumentsWithFiftyMalformedLinesGiveEveryLineInOrder() throws {
    let input = batchInput(count: 10_000, badEvery: 200)
    for jobs in ["1", "2"] {
        let run = try CLI.run(["--input", "jsonl", "--format", "jsonl", "--jobs", jobs], stdin: input)
        #expect(run.status == 1)
        let lines = try run.jsonLines()
        #expect(lines.count == 10_000)
        #expect(lines.filter { $0["error"] != nil }.count == 50)
        #expect(lines.filter { $0["tokens"] != nil }.count == 9_950)
        let ids = lines.enumerated().map { k, line in
            line["error"] != nil ? k + 1 : line["id"] as? Int ?? -1
        }
        #expect(ids == Array(1...10_000))
        for (k, line) in lines.enumerated() where line["error"] != nil {
            #expect((line["error"] as? String)?.hasPrefix("<stdin>:\(k + 1): malformed JSON") == true)
        }
        #expect(run.errorLines.count == 51)
        #expect(run.errorLines.last?.hasPrefix("analyze: 10000 documents: 9950 analysed, 50 failed;") == true)
    }
}

@Test func outputIsIdenticalForEveryJobCount() throws {
    let input = batchInput(count: 500, badEvery: 37)
    let outputs = try ["1", "2", "3", "8"].map { jobs in
        try CLI.run(["--input", "jsonl", "--format", "jsonl", "--jobs", jobs], stdin: input).stdout
    }
    #expect(Set(outputs).count == 1)
    let dir = try CLI.temporaryDirectory()
    for k in 0..<40 { try CLI.write("Документ \(k). Калуга.", to: "d\(k).txt", in: dir) }
    let texts = try ["1", "2", "5"].map { try CLI.run(["--jobs", $0, dir.path]).stdout }
    #expect(Set(texts).count == 1)
}

@Test func adversarialJSONLLinesAreErrorsAndTheBatchGoesOn() throws {
    var input = Data()
    func add(_ line: String) { input += Data((line + "\n").utf8) }
    add(#"{"id": 1, "text": "Калуга."}"#)
    add(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
    add(#"{"id": 3, "text": "x", "n": "# + String(repeating: "7", count: 1_000_000) + "}")
    add(#"{"id": 4, "text": "a", "text": "b"}"#)
    add(#"{"id": 5, "text": {"nested": "object"}}"#)
    add(#"{"id": 6, "text": ""# + String(repeating: "Очень длинная строка. ", count: 20_000) + #""}"#)
    add(#"{"id": 7, "text": null}"#)
    add(#"["not", "an", "object"]"#)
    add(#"{"id": 9, "text": "Вологда."}"#)
    let run = try CLI.run(["--input", "jsonl", "--format", "jsonl", "--max-document-bytes", "300000"], stdin: input)
    #expect(run.status == 1)
    let lines = try run.jsonLines()
    #expect(lines.count == 9)
    let errors = lines.map { $0["error"] as? String }
    #expect(errors[0] == nil && errors[8] == nil)
    #expect(errors[1]?.hasPrefix("<stdin>:2: malformed JSON: JSON nested deeper than 64 levels") == true)
    #expect(errors[2] == "<stdin>:3: line of 1000029 bytes is over --max-document-bytes 300000")
    #expect(errors[3]?.hasPrefix("<stdin>:4: malformed JSON: duplicate key \"text\"") == true)
    #expect(errors[4] == "<stdin>:5: \"text\" is not a string")
    #expect(errors[5]?.hasPrefix("<stdin>:6: line of ") == true)
    #expect(errors[6] == "<stdin>:7: \"text\" is not a string")
    #expect(errors[7] == "<stdin>:8: expected a JSON object with \"text\"")
    #expect(lines[4]["id"] as? Int == 5)
    // A million digits under the limit: the parser's number limit answers.
    let digits = try CLI.run(["--input", "jsonl", "--format", "jsonl"],
                             stdin: Data((#"{"id": 3, "text": "x", "n": "# + String(repeating: "7", count: 1_000_000) + "}\n").utf8))
    #expect(digits.status == 1)
    #expect((try digits.jsonLines().first?["error"] as? String)?.contains("number longer than 1024 characters") == true)
}

@Test func invalidJobsAndUnknownOptionsAreUsageErrors() throws {
    #expect(try CLI.run(["--jobs", "0", "-"], stdin: Data()).status == 2)
    #expect(try CLI.run(["--format", "xml", "-"], stdin: Data()).status == 2)
    #expect(try CLI.run(["--no-such-flag"]).status == 2)
}
