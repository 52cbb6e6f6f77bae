import ArgumentParser
import Slovo

/// `analyze tokenize`: tokens and sentences.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into tokens and sentences.",
        discussion: """
            JSONL output: one line per input document, {"id", "tokens": [{"start", "end", "kind", \
            "text"}], "sentences": [{"start", "end"}]}; offsets are Unicode code points, end exclusive. \
            With --lemmas, word tokens also carry "lemma" (chosen in context, lower-case), "pos" \
            (OpenCorpora's part of speech) and "tag" (part of speech and grammemes).
            """
    )

    /// `--format`: the output format.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (a token per line, a blank line between sentences) or jsonl.")
    var format: Format = .text

    @Flag(help: "Add the Snowball stem of each word token (\"stem\" in JSONL, a third column in text).")
    var stems = false

    @Flag(help: "Add each word's lemma and tags (chosen in context).")
    var lemmas = false

    func run() throws {
        let analyzer: Analyzer
        if lemmas {
            do { analyzer = try Analyzer.standard(entities: false) } catch { throw CLIError.input(error.description) }
        } else {
            analyzer = Analyzer()
        }
        let memos = MemoPool()
        let runner = BatchRunner(source: DocumentSource(options: input), output: .standardOutput)
        let status = try runner.run(
            render: { document in
                let analysis = memos.withMemo { analyzer.analyze(document.text, memo: &$0) }
                switch format {
                case .jsonl: return jsonLine(analysis, document)
                case .text: return textLines(analysis)
                }
            },
            renderFailure: { id, message in
                format == .jsonl ? BatchRunner.errorLine(id: id, message: message) : nil
            })
        if status != ExitStatus.success { throw ExitCode(status) }
    }

    func jsonLine(_ analysis: Analysis, _ document: InputDocument) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\"id\":")
        json.value(document.id)
        json.bytes.append(UInt8(ascii: ","))
        AnalysisJSON.writeTokensAndSentences(analysis, fields: lemmas ? [.text, .lemmas] : [.text],
                                             extra: stems ? TokenStems.jsonMember(analysis) : nil, into: &json)
        for (key, value) in document.extra {
            json.bytes.append(UInt8(ascii: ","))
            json.string(key)
            json.bytes.append(UInt8(ascii: ":"))
            json.value(value)
        }
        json.raw("}\n")
        return json.bytes
    }

    func textLines(_ analysis: Analysis) -> [UInt8] {
        var out: [UInt8] = []
        for sentence in analysis.sentences {
            for k in sentence.tokens {
                out.append(contentsOf: analysis.tokens[k].kind.description.utf8)
                out.append(0x09)
                out.append(contentsOf: TerminalText.neutralized(analysis.text(of: k)).utf8)
                if stems, let stem = analysis.stem(of: k) {
                    out.append(0x09)
                    out.append(contentsOf: TerminalText.neutralized(Substring(stem)).utf8)
                }
                if lemmas, let lemma = analysis.lemma(of: k), let tag = analysis.tag(of: k) {
                    out.append(0x09)
                    out.append(contentsOf: TerminalText.neutralized(Substring(lemma)).utf8)
                    out.append(0x09)
                    out.append(contentsOf: tag.description.utf8)
                }
                out.append(0x0A)
            }
            out.append(0x0A)
        }
        return out
    }
}
