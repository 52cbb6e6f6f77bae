import ArgumentParser
import Slovo

/// `analyze FILE...`: the report (the default command).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Analyse documents and print a report (the default command)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (a report), json (one JSON document per input), jsonl (one line per input).")
    var format: Format = .text

    func run() throws {
        let analyzer = Analyzer()
        let runner = BatchRunner(source: DocumentSource(options: input), output: .standardOutput)
        let status = try runner.run(
            render: { document in
                let analysis = analyzer.analyze(document.text)
                switch format {
                case .text: return Array(TextReport.render(analysis, document: document).utf8)
                case .json, .jsonl: return ReportJSON.render(analysis, document: document, lineBreak: format == .jsonl)
                }
            },
            renderFailure: { id, message in
                format == .text ? nil : BatchRunner.errorLine(id: id, message: message)
            })
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}

/// The human-readable report.
enum TextReport {
    static func render(_ analysis: Analysis, document: InputDocument) -> String {
        var counts = [TokenKind: Int]()
        for token in analysis.tokens { counts[token.kind, default: 0] += 1 }
        var lines: [String] = []
        lines.append("== \(TerminalText.neutralized(document.origin)) (\(document.encoding))")
        lines.append("sentences: \(analysis.sentences.count)")
        lines.append("tokens: \(analysis.tokens.count)")
        let kinds = TokenKind.allCases.filter { counts[$0, default: 0] > 0 }
            .map { "\($0): \(counts[$0]!)" }
        if !kinds.isEmpty { lines.append("token kinds: " + kinds.joined(separator: ", ")) }
        return lines.joined(separator: "\n") + "\n\n"
    }
}

/// The JSON report of one document.
enum ReportJSON {
    static func render(_ analysis: Analysis, document: InputDocument, lineBreak: Bool) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\"schemaVersion\":")
        json.int(schemaVersion)
        json.raw(",\"id\":")
        json.value(document.id)
        json.raw(",\"encoding\":")
        json.string(document.encoding)
        json.bytes.append(UInt8(ascii: ","))
        AnalysisJSON.writeTokensAndSentences(analysis, into: &json)
        for (key, value) in document.extra {
            json.bytes.append(UInt8(ascii: ","))
            json.string(key)
            json.bytes.append(UInt8(ascii: ":"))
            json.value(value)
        }
        json.raw("}\n")
        return json.bytes
    }
}
