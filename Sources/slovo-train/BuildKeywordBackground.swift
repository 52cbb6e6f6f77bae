import ArgumentParser
import Slovo

/// `slovo-train keyword-background`: document frequencies of lemmas for the keyword scorer.
struct BuildKeywordBackground: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keyword-background",
        abstract: "Build Dictionaries/keyword-background.bin and keyword-derivations.tsv from a corpus (documents separated by blank lines).",
        discussion: """
            Every document is analysed with Slovo's lexicon (as the keyword stage analyses text) and \
            each lemma that can be part of a key phrase is counted once per document (the \
            background); noun and adjective lemmas are counted to pair adjectives with the nouns \
            they are derived from (the derivations). The output depends only on the corpus and the \
            lexicon.
            """
    )

    @Option(help: "The corpus text file.")
    var corpus: String

    @Option(help: "The Dictionaries folder (the lexicon is read from it).")
    var dictionaries: String = "Dictionaries"

    @Option(help: "Where to write the background.")
    var output: String = "Dictionaries/keyword-background.bin"

    @Option(help: "Where to write the derivations.")
    var derivations: String = "Dictionaries/keyword-derivations.tsv"

    @Option(help: "Keep lemmas seen in at least this many documents.")
    var minimumDocuments: Int = 2

    func run() throws {
        let lexicon = try Lexicon.load(folder: dictionaries)
        let analyzer = Analyzer(lexicon: lexicon)
        var builder = KeywordBackgroundBuilder(lexicon: lexicon)
        var derivationsBuilder = KeywordDerivationsBuilder(lexicon: lexicon)
        var memo = MorphologyMemo()
        let text = try readText(corpus)
        for document in text.split(separator: "\n\n") {
            var document = String(document)
            let analysis = analyzer.analyze(document, memo: &memo)
            document.withUTF8 { bytes in
                builder.add(bytes, tokens: analysis.tokens, sentences: analysis.sentences, morphology: analysis.morphology)
                derivationsBuilder.add(bytes, tokens: analysis.tokens, morphology: analysis.morphology)
            }
        }
        let background = builder.background(minimumDocuments: minimumDocuments)
        let bytes = background.serialized()
        try writeFile(bytes, to: output)
        print("documents \(builder.documents), lemmas \(background.count); wrote \(output) (\(bytes.count) bytes)")
        let pairs = Array(derivationsBuilder.tsv().utf8)
        try writeFile(pairs, to: derivations)
        print("wrote \(derivations) (\(pairs.count) bytes)")
    }
}
