import Foundation
import Testing
import Slovo
import SlovoInvariants

// `analyze tokenize --input jsonl --format jsonl` end to end: one valid JSON line per input
// line, in input order, whose code-point offsets give back each token's text in the input
// (checked with Foundation's JSONDecoder, independent of Slovo's parser), the same bytes on every run
// and for every --jobs value.

/// Generated JSONL: hostile texts (NUL, controls, CR LF, BOM, ZWJ, RTL marks, non-BMP...),
/// extra fields, and a few lines that are not documents.
func generatedJSONL(documents: Int, seed: UInt64) -> (input: Data, texts: [Int: String]) {
    var generator = TextGenerator(seed: seed)
    var lines: [[UInt8]] = []
    var texts: [Int: String] = [:]
    for id in 0..<documents {
        if id % 37 == 5 {
            lines.append(Array(generator.random.pick(["{\"id\": \(id), \"text\": ", "[1, 2]", "{\"id\": \(id)}", "  "]).utf8))
            continue
        }
        let text = generator.text(maxPieces: 30)
        texts[id] = text
        var writer = JSONWriter()
        writer.raw("{\"id\":")
        writer.int(id)
        writer.raw(",\"text\":")
        writer.string(text)
        if id % 3 == 0 { writer.raw(",\"source\":{\"n\":[1,2.5,null]}") }
        writer.raw("}")
        lines.append(writer.bytes)
    }
    return (Data(lines.joined(separator: [0x0A]) + [0x0A]), texts)
}

/// One output line, as Foundation's JSONDecoder reads it. (Not JSONSerialization: on Linux it
/// drops a U+FEFF that starts a string or follows an escape, which Slovo's tokens may hold.)
struct OutputLine: Decodable {
    struct Span: Decodable {
        var start: Int
        var end: Int
        var text: String?
    }
    var id: Int?
    var tokens: [Span]?
    var sentences: [Span]?
    var error: String?
}

/// Checks one output line against its input text.
func checkOutputLine(_ line: Substring, index: Int, texts: [Int: String]) {
    guard let output = try? JSONDecoder().decode(OutputLine.self, from: Data(line.utf8)) else {
        Issue.record("line \(index + 1) is not a JSON object: \(line.prefix(200))")
        return
    }
    guard let text = texts[index] else {
        #expect(output.error != nil, "line \(index + 1) should be an error")
        return
    }
    #expect(output.id == index, "line \(index + 1) has id \(String(describing: output.id))")
    let scalars = Array(text.unicodeScalars)
    func substring(_ span: OutputLine.Span) -> [UInt8]? {
        guard 0 <= span.start, span.start < span.end, span.end <= scalars.count else { return nil }
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
        return Array(s.utf8)
    }
    var previousEnd = 0
    for token in output.tokens ?? [] {
        #expect(substring(token) != nil && substring(token) == token.text.map { Array($0.utf8) },
                "line \(index + 1): token \(token) is not the input at its offsets")
        #expect(token.start >= previousEnd, "line \(index + 1): tokens out of order")
        previousEnd = token.end
    }
    for sentence in output.sentences ?? [] {
        #expect(substring(sentence) != nil, "line \(index + 1): sentence \(sentence) outside the text")
    }
}

@Test func tokenizeJSONLGivesOneCheckedLinePerInputLineAndTheSameBytesEveryRun() throws {
    let (input, texts) = generatedJSONL(documents: 300, seed: 11)
    let first = try CLI.run(["tokenize", "--input", "jsonl", "--format", "jsonl"], stdin: input)
    let second = try CLI.run(["tokenize", "--input", "jsonl", "--format", "jsonl"], stdin: input)
    #expect(first.status == 1)  // the malformed lines
    #expect(first.stdout == second.stdout && first.status == second.status)
    let lines = first.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 300)
    for (index, line) in lines.enumerated() { checkOutputLine(line, index: index, texts: texts) }
}

/// True once the CLI has a --jobs option (the CLI branch adds it).
let cliSupportsJobs: Bool = (try? CLI.run(["tokenize", "--help"]).stdout.contains("--jobs")) ?? false

@Test(.enabled(if: cliSupportsJobs, "analyze has no --jobs option yet"))
func tokenizeJSONLIsIdenticalForEveryJobsValue() throws {
    let (input, _) = generatedJSONL(documents: 400, seed: 12)
    // The tokenizer, with lemmas (a memo shared by the workers once crashed it), and the full
    // report (page cleaning included).
    for arguments in [["tokenize", "--input", "jsonl", "--format", "jsonl"], ["tokenize", "--lemmas", "--input", "jsonl", "--format", "jsonl"],
                      ["--input", "jsonl", "--format", "jsonl"]] {
        let reference = try CLI.run(arguments + ["--jobs", "1"], stdin: input)
        #expect(reference.stdout.split(separator: "\n").count == 400)
        for jobs in ["2", "3", "8"] {
            let run = try CLI.run(arguments + ["--jobs", jobs], stdin: input)
            #expect(run.stdout == reference.stdout && run.status == reference.status, "\(arguments) --jobs \(jobs) differs")
        }
    }
}
