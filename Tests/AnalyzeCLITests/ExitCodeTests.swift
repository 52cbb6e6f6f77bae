import Foundation
import Testing

@Test func missingFileIsAnInputErrorNamingThePath() throws {
    let run = try CLI.run(["/nonexistent/file.txt"])
    #expect(run.status == 1)
    #expect(run.stderr == "analyze: /nonexistent/file.txt: No such file or directory\n")
}

@Test func unknownOptionIsAUsageError() throws {
    let run = try CLI.run(["tokenize", "--no-such-option"])
    #expect(run.status == 2)
    #expect(run.stderr.split(separator: "\n").count == 1)
}

@Test func emptyFileIsAValidEmptyDocument() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("empty.txt")
    try Data().write(to: file)
    let run = try CLI.run(["tokenize", "--format", "jsonl", file.path])
    #expect(run.status == 0)
    #expect(run.stdout == "{\"id\":\"\(file.path)\",\"tokens\":[],\"sentences\":[]}\n")
}

@Test func invalidUTF8NamesTheByteOffset() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.txt")
    var bytes = Array("Вологда и Калуга — города России.".utf8)
    bytes[6] = 0xFF
    try Data(bytes).write(to: file)
    let run = try CLI.run(["tokenize", file.path])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("analyze: \(file.path): invalid UTF-8 at byte 6"))
    let lossy = try CLI.run(["tokenize", "--lossy", file.path])
    #expect(lossy.status == 0)
}

@Test func directoryInputReadsTextFilesRecursively() throws {
    let dir = try CLI.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try "Калуга.".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "Вологда.".write(to: dir.appendingPathComponent("sub/a.txt"), atomically: true, encoding: .utf8)
    try "не текст".write(to: dir.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["tokenize", "--format", "jsonl", dir.path])
    #expect(run.status == 0)
    let ids = run.stdout.split(separator: "\n").map { $0.contains("b.txt") ? "b" : "a" }
    #expect(ids == ["b", "a"])
}

@Test func jsonlBatchKeepsOrderAndReportsMalformedLines() throws {
    let input = """
        {"id": 1, "text": "Калуга."}
        {"id": 2, "text": 
        {"id": 3, "text": "Вологда.", "source": "x"}

        {"id": 5}
        """
    let run = try CLI.run(["tokenize", "--input", "jsonl", "--format", "jsonl"], stdin: Data(input.utf8))
    #expect(run.status == 1)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("{\"id\":1,\"tokens\""))
    #expect(lines[1].hasPrefix("{\"id\":null,\"error\":\"<stdin>:2: malformed JSON"))
    #expect(lines[2].hasPrefix("{\"id\":3,\"tokens\"") && lines[2].hasSuffix(",\"source\":\"x\"}"))
    #expect(lines[3] == "{\"id\":null,\"error\":\"<stdin>:4: empty line, expected a JSON object\"}")
    #expect(lines[4] == "{\"id\":5,\"error\":\"<stdin>:5: no \\\"text\\\" field\"}")
    #expect(run.stderr.split(separator: "\n").count == 4)  // three errors and the summary
    #expect(run.stderr.contains("analyze: 5 documents: 2 analysed, 3 failed;"))
}

@Test func tokenizeJSONLHasCodePointOffsets() throws {
    let run = try CLI.run(["tokenize", "--input", "jsonl", "--format", "jsonl"],
                          stdin: Data(#"{"id": "x", "text": "😀 Калуга."}"#.utf8))
    #expect(run.status == 0)
    #expect(run.stdout == #"{"id":"x","tokens":[{"start":0,"end":1,"kind":"emoji","text":"😀"},{"start":2,"end":8,"kind":"word","text":"Калуга"},{"start":8,"end":9,"kind":"punct","text":"."}],"sentences":[{"start":0,"end":9}]}"# + "\n")
}
