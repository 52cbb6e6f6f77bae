import Foundation
import Testing

@Test func stemPrintsTheStemOfEachArgument() throws {
    let run = try CLI.run(["stem", "Калуге", "вологодские", "ЁЖИКОМ", "iPhone"])
    #expect(run.status == 0)
    #expect(run.stdout == "калуг\nвологодск\nежик\niphone\n")
}

@Test func stemReadsOneWordPerLineAndWritesOneStemPerLine() throws {
    let run = try CLI.run(["stem"], stdin: Data("\u{FEFF}книгами\r\n\nпрочитавшись\nÉcole\nпоследняя".utf8))
    #expect(run.status == 0)
    #expect(run.stdout == "книг\n\nпрочита\nécole\nпоследн\n")
}

@Test func stemReportsAnInvalidLineAndKeepsTheLinesAligned() throws {
    var input = Array("Калуге\n".utf8)
    input += [0xFF, 0x0A]
    input += Array("книги\n".utf8)
    let run = try CLI.run(["stem"], stdin: Data(input))
    #expect(run.status == 1)
    #expect(run.stdout == "калуг\n\nкниг\n")
    #expect(run.stderr == "analyze: <stdin>:2: invalid UTF-8 at byte 0 of the line\n")
}

@Test func stemOfTheSnowballVocabularyEqualsTheReferenceByteForByte() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let shared = ProcessInfo.processInfo.environment["SLOVO_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? root.appendingPathComponent("../shared").standardized
    let snowball = shared.appendingPathComponent("data/snowball")
    guard let vocabulary = FileManager.default.contents(atPath: snowball.appendingPathComponent("voc.txt").path),
          let reference = FileManager.default.contents(atPath: snowball.appendingPathComponent("output.txt").path)
    else { return }  // no ../shared on a fresh clone; the stemmer's own tests check the committed sample
    let run = try CLI.run(["stem"], stdin: vocabulary)
    #expect(run.status == 0)
    #expect(Data(run.stdout.utf8) == reference)
}

@Test func tokenizeWithStemsAddsAStemToEveryWordToken() throws {
    let run = try CLI.run(["tokenize", "--stems", "--format", "jsonl"], stdin: Data("Калуге, 2024.".utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains(#""text":"Калуге","stem":"калуг"}"#))
    #expect(run.stdout.contains(#""text":"2024"}"#))
    #expect(run.stdout.components(separatedBy: "\"stem\"").count == 2)
}
