import ArgumentParser
import Slovo

/// `analyze evaluate ...`: quality against gold data, with the conventions of the shared data.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score Slovo against gold data (UD tokens, sentences, lemmas; NER; keywords).",
        subcommands: [EvaluateTokens.self, EvaluateSentences.self, EvaluateLemmas.self, EvaluateNER.self,
                      EvaluateKeywords.self]
    )
}

/// Options shared by the evaluation commands.
struct EvaluationOptions: ParsableArguments {
    @Option(help: "The gold file (JSONL).")
    var gold: String

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false
}

/// Reads a UD JSONL gold file.
enum GoldReader {
    static func udSentences(_ path: String) throws(CLIError) -> [GoldSentence] {
        let bytes = try FileReading.readAll(path)
        var sentences: [GoldSentence] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            do throws(JSONParser.Error) {
                sentences.append(try SegmentationEvaluation.parseGold(line: String(decoding: line, as: UTF8.self)))
            } catch {
                throw .input("\(path):\(lineNumber): \(error)")
            }
        }
        return sentences
    }
}

/// Formats P/R/F1 lines.
enum ScoreFormatting {
    static func line(_ name: String, _ score: PRF) -> String {
        func f(_ x: Double) -> String {
            let scaled = (x * 10000).rounded() / 10000
            var s = String(scaled)
            while s.count < 6 { s += "0" }
            return s
        }
        return "\(name)\tP \(f(score.precision))\tR \(f(score.recall))\tF1 \(f(score.f1))"
    }

    static func json(_ pairs: [(String, PRF)], extra: [(String, Int)] = []) -> String {
        var json = JSONWriter()
        json.bytes.append(UInt8(ascii: "{"))
        for (k, (name, score)) in pairs.enumerated() {
            if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
            json.string(name)
            json.raw(":{\"p\":")
            json.double(score.precision)
            json.raw(",\"r\":")
            json.double(score.recall)
            json.raw(",\"f1\":")
            json.double(score.f1)
            json.raw("}")
        }
        for (name, value) in extra {
            json.bytes.append(UInt8(ascii: ","))
            json.string(name)
            json.bytes.append(UInt8(ascii: ":"))
            json.int(value)
        }
        json.raw("}\n")
        return String(decoding: json.bytes, as: UTF8.self)
    }
}

/// `analyze evaluate tokens --gold UD.jsonl`
struct EvaluateTokens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens", abstract: "Token span precision, recall and F1 on a UD JSONL file.")

    @OptionGroup var options: EvaluationOptions

    func run() throws {
        let result = SegmentationEvaluation.evaluate(try GoldReader.udSentences(options.gold))
        OutputStream.standardOutput.write(options.json
            ? ScoreFormatting.json([("tokens", result.tokens)], extra: [("chunks", result.chunks)])
            : ScoreFormatting.line("tokens", result.tokens) + "\n")
    }
}

/// `analyze evaluate sentences --gold UD.jsonl`
struct EvaluateSentences: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences", abstract: "Sentence boundary precision, recall and F1 on a UD JSONL file.")

    @OptionGroup var options: EvaluationOptions

    func run() throws {
        let result = SegmentationEvaluation.evaluate(try GoldReader.udSentences(options.gold))
        OutputStream.standardOutput.write(options.json
            ? ScoreFormatting.json([("sentences", result.sentences)], extra: [("chunks", result.chunks)])
            : ScoreFormatting.line("sentences", result.sentences) + "\n")
    }
}
