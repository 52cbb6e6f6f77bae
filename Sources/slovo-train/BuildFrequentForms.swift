import ArgumentParser
import Slovo

/// `slovo-train frequent-forms`: the dictionary readings of a corpus's most frequent word forms,
/// stored whole so that the lexicon need not split them into stem and ending again.
struct BuildFrequentForms: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frequent-forms",
        abstract: "Build Dictionaries/ru-frequent-forms.bin from a corpus and the lexicon.",
        discussion: """
            Counts the word forms of the corpus as the lexicon spells them (lower case, ё kept), \
            keeps the most frequent ones, and stores for each the readings the lexicon's \
            dictionary lookup finds, in its order. The file is tied to the lexicon it was made \
            from: rebuild it whenever ru-lexicon.bin changes (a table made for another lexicon is \
            not used).
            """
    )

    @Option(help: "The corpus text file.")
    var corpus: String

    @Option(help: "The Dictionaries folder (the lexicon is read from it).")
    var dictionaries: String = "Dictionaries"

    @Option(help: "Where to write the table.")
    var output: String = "Dictionaries/ru-frequent-forms.bin"

    @Option(help: "The most word forms kept.")
    var limit: Int = 100_000

    @Option(help: "Keep forms seen at least this many times.")
    var minimumCount: Int = 2

    func run() throws {
        let lexicon = try Lexicon.load(folder: dictionaries)
        var builder = FrequentFormsBuilder(lexicon: lexicon)
        var text = try readText(corpus)
        text.withUTF8 { bytes in
            for token in Tokenizer().tokenize(bytes) where token.kind == .word {
                builder.add(utf8: UnsafeBufferPointer(rebasing: bytes[token.byteRange]))
            }
        }
        let bytes = builder.fileBytes(limit: limit, minimumCount: minimumCount)
        try writeFile(bytes, to: output)
        print("distinct forms \(builder.distinctForms); wrote \(output) (\(bytes.count) bytes)")
    }
}
