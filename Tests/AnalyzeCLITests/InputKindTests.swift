import Foundation
import Testing

@Test func fileStdinAndDirectoryInputsGiveOneDocumentEach() throws {
    let dir = try CLI.temporaryDirectory()
    let file = try CLI.write("Калуга.", to: "one.txt", in: dir)
    try CLI.write("Вологда.", to: "tree/b.txt", in: dir)
    try CLI.write("Тула.", to: "tree/sub/a.txt", in: dir)
    try CLI.write("не текст", to: "tree/c.md", in: dir)
    let run = try CLI.run(["--format", "jsonl", file, "-", dir.appendingPathComponent("tree").path],
                          stdin: Data("Брянск.".utf8))
    #expect(run.status == 0)
    let ids = try run.jsonLines().map { ($0["id"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
    #expect(ids == ["one.txt", "-", "b.txt", "a.txt"])
}

@Test func directoryHazardsAreReportedAndSkippedWithoutBlocking() throws {
    let dir = try CLI.temporaryDirectory()
    let tree = dir.appendingPathComponent("tree")
    try CLI.write("Калуга.", to: "tree/ok.txt", in: dir)
    try CLI.write("Секрет.", to: "outside.txt", in: dir)
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: tree.appendingPathComponent("loop").path, withDestinationPath: tree.path)
    try fm.createSymbolicLink(atPath: tree.appendingPathComponent("self.txt").path, withDestinationPath: tree.appendingPathComponent("self.txt").path)
    try fm.createSymbolicLink(atPath: tree.appendingPathComponent("escape.txt").path, withDestinationPath: dir.appendingPathComponent("outside.txt").path)
    try fm.createSymbolicLink(atPath: tree.appendingPathComponent("device.txt").path, withDestinationPath: "/dev/zero")
    #expect(mkfifo(tree.appendingPathComponent("pipe.txt").path, 0o644) == 0)
    let run = try CLI.run(["--format", "jsonl", tree.path])
    #expect(run.status == 0)
    let ids = try run.jsonLines().compactMap { $0["id"] as? String }
    #expect(ids == [tree.appendingPathComponent("ok.txt").path])
    #expect(run.stderr.contains("loop: directory already visited (a symbolic link loop), skipped"))
    #expect(run.stderr.contains("self.txt: symbolic link cannot be followed"))
    #expect(run.stderr.contains("escape.txt: symbolic link leads outside"))
    #expect(run.stderr.contains("device.txt: symbolic link leads outside"))
    #expect(run.stderr.contains("pipe.txt: not a regular file, skipped"))
}

@Test func unreadableFileInADirectoryFailsAloneAndTheRestIsAnalysed() throws {
    let dir = try CLI.temporaryDirectory()
    try CLI.write("Калуга.", to: "a.txt", in: dir)
    let locked = try CLI.write("Вологда.", to: "b.txt", in: dir)
    try CLI.write("Тула.", to: "c.txt", in: dir)
    #expect(chmod(locked, 0) == 0)
    // Root reads any file: run as nobody then.
    let run = try CLI.run(["--format", "jsonl", dir.path], asUser: CLI.isRoot ? "65534" : nil)
    #expect(run.status == 1)
    let lines = try run.jsonLines()
    #expect(lines.count == 3)
    #expect(lines[1]["error"] as? String == "\(locked): Permission denied")
    #expect(lines[0]["error"] == nil && lines[2]["error"] == nil)
    #expect(run.errorLines.first == "analyze: \(locked): Permission denied")
}

@Test func namedFIFOIsReadLikeAnyStream() throws {
    let dir = try CLI.temporaryDirectory()
    let fifo = dir.appendingPathComponent("stream.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let writer = Thread {
        if let handle = FileHandle(forWritingAtPath: fifo) {
            handle.write(Data("Калуга.".utf8))
            try? handle.close()
        }
    }
    writer.start()
    let run = try CLI.run(["--format", "jsonl", fifo])
    #expect(run.status == 0)
    #expect(try run.jsonLines().first?["statistics"] != nil)
}

@Test func jsonlPassesOtherFieldsThroughButNeverOverridesOutputKeys() throws {
    let input = #"{"id": "a-1", "text": "Калуга.", "url": "https://example.org/a", "tags": [1, {"x": null}], "tokens": "mine"}"#
    let run = try CLI.run(["--input", "jsonl", "--format", "jsonl"], stdin: Data(input.utf8))
    #expect(run.status == 0)
    let line = try #require(try run.jsonLines().first)
    #expect(line["id"] as? String == "a-1")
    #expect(line["url"] as? String == "https://example.org/a")
    #expect((line["tags"] as? [Any])?.count == 2)
    #expect(line["tokens"] is [Any])
}

@Test func oversizedTextFileIsAnErrorAndNotReadWhole() throws {
    let dir = try CLI.temporaryDirectory()
    let bigText = String(repeating: "Калуга. ", count: 1000)
    let big = try CLI.write(bigText, to: "big.txt", in: dir)
    let small = try CLI.write("Тула.", to: "small.txt", in: dir)
    let run = try CLI.run(["--format", "jsonl", "--max-document-bytes", "1000", big, small])
    #expect(run.status == 1)
    let lines = try run.jsonLines()
    #expect(lines.count == 2)
    #expect((lines[0]["error"] as? String)?.hasSuffix("\(bigText.utf8.count) bytes is over --max-document-bytes 1000") == true)
    #expect(lines[1]["error"] == nil)
    let stdin = try CLI.run(["--format", "jsonl", "--max-document-bytes", "1000", "-"], stdin: Data(repeating: 0x41, count: 5000))
    #expect(stdin.status == 1)
    #expect(stdin.stderr.contains("<stdin>: more than 1000 bytes, over --max-document-bytes"))
}

@Test func directoryOfJSONLFilesIsReadWithJSONLInput() throws {
    let dir = try CLI.temporaryDirectory()
    try CLI.write(#"{"id": "b1", "text": "Калуга."}"# + "\n" + #"{"id": "b2", "text": "Тула."}"# + "\n", to: "b.jsonl", in: dir)
    try CLI.write(#"{"id": "a1", "text": "Вологда."}"# + "\n", to: "sub/a.jsonl", in: dir)
    try CLI.write("не JSONL", to: "notes.txt", in: dir)
    let run = try CLI.run(["--input", "jsonl", "--format", "jsonl", dir.path])
    #expect(run.status == 0)
    #expect(try run.jsonLines().map { $0["id"] as? String } == ["b1", "b2", "a1"])
}
