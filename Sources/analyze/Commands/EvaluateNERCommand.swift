import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Slovo

/// `analyze evaluate ner --gold FILE`: entity precision, recall and F1 per type, strict and
/// partial, with the conventions of the shared data (`score.py ner`).
struct EvaluateNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity precision, recall and F1 per type (strict and partial) on a NER JSONL file.")

    @OptionGroup var options: EvaluationOptions

    @Option(help: "Entity types to score, comma-separated.")
    var types: String = "PER,ORG,LOC"

    @Option(help: "Score one gold original type alone (e.g. CITY) against predictions of that subtype.")
    var subtype: String?

    @Option(help: "Score these predictions (JSONL: {\"id\", \"entities\": [{\"start\",\"end\",\"type\",\"subtype\"}]}) instead of running Slovo.")
    var predictions: String?

    /// Annotation conventions of the gold corpora.
    enum Convention: String, ExpressibleByArgument, CaseIterable {
        /// Slovo's own (and factRuEval's): organizations with their type word ("компании
        /// «Бизнес-софт»"); adjectives derived from places are references, not mentions.
        case standard
        /// NEREL's: bare names ("Бизнес-софт"); place adjectives ("российских") are LOC mentions.
        case nerel
    }

    @Option(help: "Annotation convention to score with: standard (Slovo's mentions, as factRuEval annotates) or nerel (bare names, place adjectives as mentions).")
    var convention: Convention = .standard

    @Option(help: "Also write Slovo's predictions to this file (JSONL, the format of --predictions).")
    var writePredictions: String?

    func run() throws {
        let gold = try NERGoldReader.read(options.gold)
        let predicted: [String: [EvaluatedMention]]
        if let predictions {
            predicted = try NERGoldReader.readPredictions(predictions)
        } else {
            predicted = try NERPrediction.run(gold, convention: convention)
            if let path = writePredictions { try NERPrediction.write(predicted, order: gold.map(\.id), to: path) }
        }
        let evaluationOptions = NEREvaluation.Options(
            types: types.split(separator: ",").map { String($0) }, subtype: subtype)
        let result = NEREvaluation.evaluate(gold: gold.map { ($0.id, $0.mentions) }, predicted: predicted,
                                            options: evaluationOptions)
        OutputStream.standardOutput.write(options.json ? NERFormatting.json(result) : NERFormatting.table(result))
    }
}

/// Reads NER gold and prediction files.
enum NERGoldReader {
    /// One document of a NER gold file: id, text and mentions.
    struct GoldDocument {
        var id: String
        var text: String
        var mentions: [EvaluatedMention]
    }

    static func read(_ path: String) throws(CLIError) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        try forEachLine(path) { value, location throws(CLIError) in
            guard let parsed = NEREvaluation.parseMentions(value, detailKey: "orig_type"), let text = parsed.text else {
                throw .input("\(location): expected {\"id\", \"text\", \"entities\"}")
            }
            documents.append(GoldDocument(id: parsed.id, text: text, mentions: parsed.mentions))
        }
        return documents
    }

    static func readPredictions(_ path: String) throws(CLIError) -> [String: [EvaluatedMention]] {
        var predicted: [String: [EvaluatedMention]] = [:]
        try forEachLine(path) { value, location throws(CLIError) in
            guard let parsed = NEREvaluation.parseMentions(value, detailKey: "subtype") else {
                throw .input("\(location): expected {\"id\", \"entities\"}")
            }
            predicted[parsed.id] = parsed.mentions
        }
        return predicted
    }

    static func forEachLine(_ path: String, _ body: (JSONValue, String) throws(CLIError) -> Void) throws(CLIError) {
        let bytes = try FileReading.readAll(path)
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            let value: JSONValue
            do throws(JSONParser.Error) {
                value = try line.withUnsafeBufferPointer { b throws(JSONParser.Error) in try JSONParser.parse(b) }
            } catch {
                throw .input("\(path):\(lineNumber): malformed JSON: \(error)")
            }
            try body(value, "\(path):\(lineNumber)")
        }
    }
}

/// Formats NER scores.
enum NERFormatting {
    static func table(_ result: NEREvaluation.Result) -> String {
        var lines = ["type\tgold\tP\tR\tF1\tpartial F1"]
        for (type, score) in result.types {
            lines.append("\(type)\t\(score.gold)\t\(f(score.strict.precision))\t\(f(score.strict.recall))\t\(f(score.strict.f1))\t\(f(score.partial.f1))")
        }
        lines.append("micro F1\t\(f(result.micro.f1))")
        if result.missingDocuments > 0 { lines.append("documents without predictions: \(result.missingDocuments)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ result: NEREvaluation.Result) -> String {
        var json = JSONWriter()
        json.bytes.append(UInt8(ascii: "{"))
        for (type, score) in result.types {
            json.string(type)
            json.raw(":{\"p\":")
            json.double(score.strict.precision)
            json.raw(",\"r\":")
            json.double(score.strict.recall)
            json.raw(",\"f1\":")
            json.double(score.strict.f1)
            json.raw(",\"partial_f1\":")
            json.double(score.partial.f1)
            json.raw(",\"gold\":")
            json.int(score.gold)
            json.raw("},")
        }
        json.raw("\"micro_f1\":")
        json.double(result.micro.f1)
        json.raw(",\"missing_docs\":")
        json.int(result.missingDocuments)
        json.raw("}\n")
        return String(decoding: json.bytes, as: UTF8.self)
    }

    static func f(_ x: Double) -> String {
        let scaled = (x * 10000).rounded() / 10000
        var s = String(scaled)
        while s.count < 6 { s += "0" }
        return s
    }
}

/// Runs Slovo's entity extraction over gold documents, mentions in code points.
enum NERPrediction {
    static func run(_ documents: [NERGoldReader.GoldDocument], convention: EvaluateNER.Convention) throws(CLIError) -> [String: [EvaluatedMention]] {
        let analyzer: Analyzer
        do throws(DataLoadError) {
            analyzer = try Analyzer.standard()
        } catch {
            throw .input(error.description)
        }
        var result: [String: [EvaluatedMention]] = [:]
        for document in documents {
            let analysis = analyzer.analyze(document.text)
            var text = analysis.text
            result[document.id] = text.withUTF8 { bytes in
                var offsets = CodePointOffsets(bytes)
                let nerel = convention == .nerel
                return analysis.entities.filter { nerel || !$0.isReference }.map { e in
                    let tokens = nerel ? e.nameTokens : e.tokens
                    let start = Int(analysis.tokens[tokens.lowerBound].start), end = Int(analysis.tokens[tokens.upperBound - 1].end)
                    return EvaluatedMention(start: offsets.codePointOffset(of: start), end: offsets.codePointOffset(of: end),
                                            type: e.type.description, detail: e.subtype?.description ?? "")
                }
            }
        }
        return result
    }

    static func write(_ predicted: [String: [EvaluatedMention]], order: [String], to path: String) throws(CLIError) {
        var json = JSONWriter()
        for id in order {
            json.raw("{\"id\":")
            json.string(id)
            json.raw(",\"entities\":[")
            for (k, m) in (predicted[id] ?? []).enumerated() {
                if k > 0 { json.raw(",") }
                json.raw("{\"start\":"); json.int(m.start)
                json.raw(",\"end\":"); json.int(m.end)
                json.raw(",\"type\":"); json.string(m.type)
                if !m.detail.isEmpty { json.raw(",\"subtype\":"); json.string(m.detail) }
                json.raw("}")
            }
            json.raw("]}\n")
        }
        let output = OutputStream(fd: open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644))
        guard output.fd >= 0 else { throw .input("\(path): cannot write") }
        output.write(json.bytes)
        output.flush()
        close(output.fd)
        if let failure = output.failure { throw .input("\(path): \(failure)") }
    }
}
