#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// `analyze evaluate lemmas --gold UD.jsonl [--context] [--predictions FILE]`
struct EvaluateLemmas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemmas",
        abstract: "Lemma accuracy on a UD JSONL file (case-insensitive, ё = е; PUNCT, SYM, X, NUM skipped).",
        discussion: """
            Without --context, each gold token's form is lemmatized alone (context-free). With \
            --context, each sentence's text is analysed and Slovo's tokens are aligned to the gold \
            spans; gold tokens with no token of the same span fall back to the context-free lemma.
            """
    )

    @OptionGroup var options: EvaluationOptions

    @Flag(help: "Lemmatize in context (analyse each sentence).")
    var context = false

    @Option(help: "Write the predicted lemmas here, one JSON line per sentence ({\"id\", \"lemmas\"}), for score.py.")
    var predictions: String?

    func run() throws {
        let lexicon: Lexicon
        do { lexicon = try Lexicon.load() } catch { throw CLIError.input(error.description) }
        let (gold, ids) = try GoldReader.udSentencesWithIDs(options.gold)
        var lines: [UInt8] = []
        let result = LemmaEvaluation.evaluate(
            gold, lexicon: lexicon, analyzer: context ? Analyzer(lexicon: lexicon) : nil,
            predictions: predictions == nil ? nil : { index, lemmas in
                var json = JSONWriter()
                json.raw("{\"id\":")
                json.value(ids[index])
                json.raw(",\"lemmas\":[")
                for (k, lemma) in lemmas.enumerated() {
                    if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
                    json.string(lemma)
                }
                json.raw("]}\n")
                lines.append(contentsOf: json.bytes)
            })
        if let predictions { try FileWriting.write(lines, to: predictions) }
        if options.json {
            var json = JSONWriter()
            json.raw("{\"lemmas\":{\"accuracy\":")
            json.double(result.accuracy)
            json.raw(",\"tokens\":")
            json.int(result.tokens)
            json.raw(",\"correct\":")
            json.int(result.correct)
            if context {
                json.raw(",\"aligned\":")
                json.int(result.aligned)
            }
            json.raw("},\"mode\":")
            json.string(context ? "context" : "context-free")
            json.raw("}\n")
            OutputStream.standardOutput.write(json.bytes)
        } else {
            var line = "lemmas\taccuracy \(ScoreFormatting.fixed(result.accuracy))\ttokens \(result.tokens)"
            if context { line += "\taligned \(result.aligned)" }
            OutputStream.standardOutput.write(line + "\n")
        }
    }
}

extension GoldReader {
    /// The UD sentences of `path` and each line's `"id"`.
    static func udSentencesWithIDs(_ path: String) throws(CLIError) -> ([GoldSentence], [JSONValue]) {
        let bytes = try FileReading.readAll(path)
        var sentences: [GoldSentence] = []
        var ids: [JSONValue] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            do throws(JSONParser.Error) {
                let text = String(decoding: line, as: UTF8.self)
                sentences.append(try SegmentationEvaluation.parseGold(line: text))
                ids.append(try JSONParser.parse(text)["id"] ?? .null)
            } catch {
                throw .input("\(path):\(lineNumber): \(error)")
            }
        }
        return (sentences, ids)
    }
}

extension ScoreFormatting {
    /// `x` with four decimals.
    static func fixed(_ x: Double) -> String {
        let scaled = (x * 10000).rounded() / 10000
        var s = String(scaled)
        while s.count < 6 { s += "0" }
        return s
    }
}

/// Writing a whole file.
enum FileWriting {
    static func write(_ bytes: [UInt8], to path: String) throws(CLIError) {
        let stream = OutputStream(fd: open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644))
        guard stream.fd >= 0 else { throw .input("\(path): \(String(cString: strerror(errno)))") }
        stream.write(bytes)
        stream.flush()
        close(stream.fd)
        if let failure = stream.failure { throw .input("\(path): \(failure)") }
    }
}
