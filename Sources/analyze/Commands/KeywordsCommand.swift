import ArgumentParser
import Slovo

/// `analyze keywords [FILE|-] [--count N]`: the key phrases of each document.
struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List the key phrases of each document, best first.",
        discussion: """
            Text output: a line per keyword, "score<TAB>occurrences<TAB>phrase" (a header line \
            "== NAME" before each document when there are several). JSONL output: one line per \
            document, {"id", "keywords": [{"text", "score", "count", "occurrences": [{"start", \
            "end"}]}]}, offsets in Unicode code points, end exclusive. Phrases are in their normal \
            form (nominative, agreeing adjectives; proper names capitalized). Page cleaning is on \
            unless --raw; a JSONL document's "title" field is used as its title.
            """
    )

    /// Output format: lines of score, count and phrase, or one JSON object per document.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "How many keywords per document.")
    var count: Int = 10

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    @Flag(help: "Analyse the text as it is: no page cleaning.")
    var raw = false

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be positive") }
    }

    func run() throws {
        let analyzer: Analyzer
        do { analyzer = try Analyzer.standard().keywords(count: count) } catch { throw CLIError.input(error.description) }
        let format = self.format, raw = self.raw
        let several = input.inputs.count > 1 || input.inputFormat == .jsonl
            || input.inputs.contains { path in
                if case .success(.directory) = FileReading.kind(of: path) { return true }
                return false
            }
        let runner = BatchRunner(source: DocumentSource(options: input), output: .standardOutput)
        let status = try runner.run(
            render: { document in
                let title = document.extra.first { $0.0 == "title" }?.1.stringValue
                let analysis = raw ? analyzer.analyze(document.text, title: title)
                    : analyzer.analyze(document.text, cleaned: PageCleaner().clean(document.text), title: title)
                switch format {
                case .jsonl: return Self.jsonLine(analysis, document)
                case .text: return Self.textLines(analysis, document, header: several)
                }
            },
            renderFailure: { id, message in
                format == .jsonl ? BatchRunner.errorLine(id: id, message: message) : nil
            })
        if status != ExitStatus.success { throw ExitCode(status) }
    }

    static func jsonLine(_ analysis: Analysis, _ document: InputDocument) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\"id\":")
        json.value(document.id)
        json.bytes.append(UInt8(ascii: ","))
        AnalysisJSON.writeKeywords(analysis, into: &json)
        json.raw("}\n")
        return json.bytes
    }

    static func textLines(_ analysis: Analysis, _ document: InputDocument, header: Bool) -> [UInt8] {
        var out = header ? "== " + TerminalText.neutralized(document.origin) + "\n" : ""
        for keyword in analysis.keywords {
            out += KeywordFormatting.score(keyword.score) + "\t\(keyword.count)\t"
                + TerminalText.neutralized(Substring(keyword.text)) + "\n"
        }
        if header { out += "\n" }
        return Array(out.utf8)
    }
}
