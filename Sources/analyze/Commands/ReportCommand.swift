#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// `analyze FILE...`: the report (the default command).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Analyse documents and print a report (the default command).",
        discussion: """
            Formats: text (a report for people; colour on a terminal), json (one JSON array with \
            an object per document), jsonl (one JSON object per line, per document, in input \
            order), html (one self-contained page, an article per document). Page cleaning \
            (markup, data URIs, boilerplate and repeated lines) is on unless --raw; what it \
            removed is listed, and all offsets refer to the original text.
            """
    )

    /// `--format`: the output format.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, html }
    /// `--color`: when the text report uses colour.
    enum ColorMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json, jsonl or html.")
    var format: Format = .text

    @Flag(help: "Analyse the text as it is: no page cleaning.")
    var raw = false

    @Flag(help: "With --format json: one line per document instead of indented JSON.")
    var compact = false

    @Option(help: "Colour in the text report: auto (when standard output is a terminal), always, never.")
    var color: ColorMode = .auto

    @Option(name: .customLong("keywords"), help: "How many keywords to list.")
    var keywordCount = 10

    func validate() throws {
        guard keywordCount >= 0 else { throw ValidationError("--keywords must not be negative") }
    }

    func run() throws {
        let analyzer: Analyzer
        do throws(DataLoadError) { analyzer = try Analyzer.standard().keywords(count: keywordCount) }
        catch { throw CLIError.input(error.description) }
        let format = self.format, raw = self.raw, compact = self.compact
        let style = TerminalStyle(enabled: color == .always || (color == .auto && isTerminal(1) && !noColorRequested()))
        var runner = BatchRunner(source: DocumentSource(options: input), output: .standardOutput)
        runner.framing = Self.framing(format)
        let status = try runner.run(
            render: { document in
                let report = DocumentReport(document, analyzer: analyzer, raw: raw)
                switch format {
                case .text: return Array(TextReport(style: style).render(report).utf8)
                case .jsonl: return ReportJSON.render(report)
                case .json:
                    let line = ReportJSON.render(report)
                    return compact ? Array(line.dropLast()) : JSONPrettyPrinter.format(Array(line.dropLast()), indent: 1)
                case .html: return HTMLReport.render(report)
                }
            },
            renderFailure: { id, message in
                switch format {
                case .text: return nil
                case .jsonl: return BatchRunner.errorLine(id: id, message: message)
                case .json:
                    let line = BatchRunner.errorLine(id: id, message: message).dropLast()
                    return compact ? Array(line) : JSONPrettyPrinter.format(Array(line), indent: 1)
                case .html: return HTMLReport.failure(id: id, message: message)
                }
            })
        if status != ExitStatus.success { throw ExitCode(status) }
    }

    /// What goes around the documents: a JSON array's brackets, the HTML page.
    static func framing(_ format: Format) -> BatchFraming {
        switch format {
        case .text, .jsonl: return BatchFraming()
        case .json: return BatchFraming(header: Array("[\n  ".utf8), separator: Array(",\n  ".utf8), footer: Array("\n]\n".utf8))
        case .html: return BatchFraming(header: HTMLReport.header, footer: HTMLReport.footer)
        }
    }
}

/// The NO_COLOR convention: any non-empty value turns colour off.
func noColorRequested() -> Bool {
    guard let value = getenv("NO_COLOR") else { return false }
    return value.pointee != 0
}
