import ArgumentParser
import Slovo

/// `analyze`: Russian text analysis from the command line.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse Russian text: tokens, sentences, stems, lemmas, entities and keywords.",
        discussion: """
            Run `analyze FILE` for a report. Exit status: 0 success, 1 an input or data error \
            (some documents failed), 2 a usage error.
            """,
        version: Slovo.version,
        subcommands: [ReportCommand.self, TokenizeCommand.self, StemCommand.self, LemmatizeCommand.self,
                      KeywordsCommand.self, EvaluateCommand.self, DictionariesCommand.self],
        defaultSubcommand: ReportCommand.self
    )
}
