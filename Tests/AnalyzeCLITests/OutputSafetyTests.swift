import Foundation
import Testing

/// Text full of what breaks terminals and JSON consumers.
let hostileText = "Заголовок \u{1B}]0;pwned\u{07} и \u{1B}[2J\u{1B}[31mкрасный\u{1B}[0m\n"
    + "Автор: \u{1B}[5mМигалкин\u{1B}[0m 1 мая 2020 г.\n"
    + "NUL:\u{0} BEL:\u{07} DEL:\u{7F} C1:\u{9B}31m LS:\u{2028} PS:\u{2029} BOM:\u{FEFF} RLO:\u{202E}текст\u{202C} конец.\n"

@Test func textReportNeverSendsRawEscapesToTheTerminal() throws {
    let dir = try CLI.temporaryDirectory()
    // NUL makes a file binary: the files hold everything else (JSONL input carries NUL).
    let path = try CLI.write(hostileText.replacingOccurrences(of: "\u{0}", with: ""), to: "\u{1B}[31mfile\u{07}.txt", in: dir)
    for arguments in [[path], ["--raw", path], ["--color", "always", path]] {
        let run = try CLI.run(arguments)
        #expect(run.status == 0)
        // Our own styling (SGR with --color always) is the only escape allowed.
        let withoutStyle = run.stdout.replacingOccurrences(of: "\u{1B}[1m", with: "")
            .replacingOccurrences(of: "\u{1B}[2m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        let controls = withoutStyle.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) }
        #expect(controls.isEmpty)
        #expect(!withoutStyle.contains("\u{202E}") && !withoutStyle.contains("\u{2028}"))
        #expect(run.stdout.contains("\\u001b[31mfile\\u0007.txt"))
    }
    let tokens = try CLI.run(["tokenize", path])
    #expect(!tokens.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
}

@Test func errorMessagesNeutralizeFileNames() throws {
    let run = try CLI.run(["/nonexistent/\u{1B}]0;title\u{07}.txt"])
    #expect(run.status == 1)
    #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(run.stderr.contains("\\u001b]0;title\\u0007.txt"))
}

@Test func jsonOutputStaysValidWhateverTheInputHolds() throws {
    let dir = try CLI.temporaryDirectory()
    let file = try CLI.write(hostileText.replacingOccurrences(of: "\u{0}", with: ""), to: "hostile.txt", in: dir)
    var corrupt = Array(hostileText.replacingOccurrences(of: "\u{0}", with: "").utf8)
    corrupt.insert(contentsOf: [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80], at: 20)
    let corruptFile = try CLI.write(Data(corrupt), to: "corrupt.txt", in: dir)
    var jsonl = Data()
    for text in [hostileText, "\u{FEFF}\u{FEFF}", "\u{0}", String(repeating: "\u{2028}", count: 10), "\"\\\u{1}"] {
        let line = try JSONSerialization.data(withJSONObject: ["id": text, "text": text, "extra": text])
        jsonl += line + Data("\n".utf8)
    }
    jsonl += Data([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D, 0x0A])  // {"text":"\xFF\xFE"}
    for format in ["jsonl", "json"] {
        let files = try CLI.run(["--format", format, "--lossy", file, corruptFile])
        #expect(files.status == 0)
        let stream = try CLI.run(["--format", format, "--input", "jsonl", "--lossy", "--jobs", "2"], stdin: jsonl)
        #expect(stream.status == 0)
        if format == "jsonl" {
            #expect(try files.jsonLines().count == 2)
            let lines = try stream.jsonLines()
            #expect(lines.count == 6)
            #expect(lines.first?["extra"] as? String == hostileText)
            // No raw U+2028/U+2029 or control character inside any line.
            #expect(!stream.stdout.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 || ($0.value < 0x20 && $0 != "\n") })
        } else {
            #expect((try files.json() as? [Any])?.count == 2)
            #expect((try stream.json() as? [Any])?.count == 6)
        }
    }
}
