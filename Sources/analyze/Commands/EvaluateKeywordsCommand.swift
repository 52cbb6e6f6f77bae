#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// `analyze evaluate keywords --gold FILE [--k 10] [--first N]`: keyword precision, recall and F1
/// at k, with the conventions of the shared data (`score.py kw`).
struct EvaluateKeywords: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "Keyword precision, recall and F1 at k on a keyword JSONL file ({\"id\", \"text\", \"keywords\", \"title\"}).",
        discussion: """
            Both sides are lower-cased, ё becomes е, and every word is Snowball-stemmed; the first k \
            predictions count (repeats dropped); scores are per document, averaged over documents \
            with gold keywords. The document's "title" field, when present, is used as its title \
            (--no-title ignores it). Also reports the analysis speed (one core, MB/s of UTF-8 input).
            """
    )

    @OptionGroup var options: EvaluationOptions

    @Option(help: "How many predictions count.")
    var k: Int = 10

    @Option(help: "Evaluate only the first N documents.")
    var first: Int?

    @Flag(help: "Ignore the documents' \"title\" field.")
    var noTitle = false

    @Flag(help: "Analyse without the entity stage.")
    var noEntities = false

    @Option(help: "Score these predictions (JSONL: {\"id\", \"keywords\": [\"...\"]}) instead of running Slovo.")
    var predictions: String?

    @Option(help: "Also write Slovo's predictions to this file (JSONL, the format of --predictions).")
    var writePredictions: String?

    @Option(help: ArgumentHelp("Scoring weights for experiments, e.g. position=1.5,title=2 (see KeywordWeights).",
                               visibility: .hidden))
    var weights: String?

    func validate() throws {
        guard k > 0 else { throw ValidationError("--k must be positive") }
        if let first, first < 1 { throw ValidationError("--first must be positive") }
    }

    func run() throws {
        var documents = try KeywordGoldReader.read(options.gold)
        if let first { documents = Array(documents.prefix(first)) }
        var predicted: [String: [String]] = [:]
        var speed: (bytes: Int, seconds: Double)?
        if let predictions {
            predicted = try KeywordGoldReader.readPredictions(predictions)
        } else {
            let run = try KeywordPrediction.run(documents, count: k, titles: !noTitle, entities: !noEntities,
                                                weights: try parsedWeights())
            predicted = run.keywords
            speed = (run.bytes, run.seconds)
            if let path = writePredictions {
                try KeywordPrediction.write(predicted, order: documents.map(\.id), to: path)
            }
        }
        var accumulator = KeywordEvaluation.Accumulator(k: k)
        for document in documents {
            accumulator.add(gold: document.keywords, predicted: predicted[document.id] ?? [])
        }
        let result = accumulator.result
        if options.json {
            var json = JSONWriter()
            json.raw("{\"keywords\":{\"f1\":")
            json.double(result.f1)
            json.raw(",\"p\":")
            json.double(result.precision)
            json.raw(",\"r\":")
            json.double(result.recall)
            json.raw(",\"docs\":")
            json.int(result.documents)
            json.raw("},\"k\":")
            json.int(k)
            if let speed {
                json.raw(",\"megabytesPerSecond\":")
                json.double(Double(speed.bytes) / 1_000_000 / max(speed.seconds, 1e-9), decimals: 2)
            }
            json.raw("}\n")
            OutputStream.standardOutput.write(json.bytes)
        } else {
            var line = "keywords@\(k)\tP \(ScoreFormatting.fixed(result.precision))\tR \(ScoreFormatting.fixed(result.recall))"
            line += "\tF1 \(ScoreFormatting.fixed(result.f1))\tdocuments \(result.documents)"
            if let speed {
                let rate = Double(speed.bytes) / 1_000_000 / max(speed.seconds, 1e-9)
                line += "\t\(Double(Int(rate * 100)) / 100) MB/s"
            }
            OutputStream.standardOutput.write(line + "\n")
        }
    }

    func parsedWeights() throws -> KeywordWeights {
        var result = KeywordWeights()
        guard let weights else { return result }
        for item in weights.split(separator: ",") {
            let parts = item.split(separator: "=")
            guard parts.count == 2, let value = Double(parts[1]), result.set(String(parts[0]), value) else {
                throw ValidationError("--weights: cannot read '\(item)' (name=value, names as in KeywordWeights)")
            }
        }
        return result
    }
}

/// Reads keyword gold files and prediction files.
enum KeywordGoldReader {
    /// One line of a gold file: its id, text, gold keywords and title when it has one.
    struct GoldDocument {
        var id: String
        var text: String
        var title: String?
        var keywords: [String]
    }

    static func read(_ path: String) throws(CLIError) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        try NERGoldReader.forEachLine(path) { value, location throws(CLIError) in
            guard let id = identifier(value["id"]), let text = value["text"]?.stringValue else {
                throw .input("\(location): expected {\"id\", \"text\", \"keywords\"}")
            }
            documents.append(GoldDocument(id: id, text: text, title: value["title"]?.stringValue,
                                          keywords: strings(value["keywords"])))
        }
        return documents
    }

    static func readPredictions(_ path: String) throws(CLIError) -> [String: [String]] {
        var predicted: [String: [String]] = [:]
        try NERGoldReader.forEachLine(path) { value, location throws(CLIError) in
            guard let id = identifier(value["id"]) else { throw .input("\(location): expected {\"id\", \"keywords\"}") }
            predicted[id] = strings(value["keywords"])
        }
        return predicted
    }

    /// The id as `score.py` compares it: a string as it is, a number as written.
    static func identifier(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .number(let n)?: return n
        default: return nil
        }
    }

    /// Keywords given as strings or as objects with "text" (our JSON output).
    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { $0.stringValue ?? $0["text"]?.stringValue }
    }
}

/// Runs Slovo's keyword ranking over gold documents, on one core, timing the analysis.
enum KeywordPrediction {
    static func run(_ documents: [KeywordGoldReader.GoldDocument], count: Int, titles: Bool, entities: Bool,
                    weights: KeywordWeights) throws(CLIError) -> (keywords: [String: [String]], bytes: Int, seconds: Double) {
        var analyzer: Analyzer
        do throws(DataLoadError) {
            analyzer = try Analyzer.standard(entities: entities)
        } catch {
            throw .input(error.description)
        }
        analyzer.keywordExtractor?.count = count
        analyzer.keywordExtractor?.weights = weights
        var result: [String: [String]] = [:]
        var bytes = 0
        var memo = MorphologyMemo()
        let started = cpuSeconds()
        for document in documents {
            let analysis = analyzer.analyze(document.text, title: titles ? document.title : nil, memo: &memo)
            bytes += document.text.utf8.count
            result[document.id] = analysis.keywords.map(\.text)
        }
        return (result, bytes, cpuSeconds() - started)
    }

    static func write(_ predicted: [String: [String]], order: [String], to path: String) throws(CLIError) {
        var json = JSONWriter()
        for id in order {
            json.raw("{\"id\":")
            json.string(id)
            json.raw(",\"keywords\":[")
            for (k, keyword) in (predicted[id] ?? []).enumerated() {
                if k > 0 { json.raw(",") }
                json.string(keyword)
            }
            json.raw("]}\n")
        }
        try FileWriting.write(json.bytes, to: path)
    }

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
