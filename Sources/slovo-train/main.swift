import ArgumentParser
import Slovo

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Developer tools that build Slovo's models and data from the training corpora.
struct SlovoTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slovo-train",
        abstract: "Build Slovo's trained data (the entity tagger model).",
        subcommands: [TrainNER.self, BuildCaseProfile.self, BuildKeywordBackground.self, BuildFrequentForms.self]
    )
}

/// `slovo-train ner`: trains the entity tagger on NER JSONL files.
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Train the entity tagger on NER JSONL files (NEREL, BSNLP format).")

    @Option(name: .customLong("train"), help: "Training files (JSONL with text and entities); repeatable.")
    var trainFiles: [String]

    @Option(help: "The Dictionaries folder (gazetteers are read from it).")
    var dictionaries: String = "Dictionaries"

    @Option(help: "Where to write the model.")
    var output: String = "Dictionaries/ner-model.bin"

    @Option(help: "Training passes.")
    var epochs: Int = 8

    @Option(help: "log2 of the number of hashed feature rows.")
    var bits: Int = 16

    func run() throws {
        let resources = try EntityResources(folder: dictionaries, requireModel: false)
        let lexicon = try Lexicon.load(folder: dictionaries)
        let analyzer = Analyzer(lexicon: lexicon)
        var training = TaggerTraining(resources: resources, bucketBits: bits)
        var documents = 0
        for file in trainFiles {
            let data = try readText(file)
            for line in data.split(separator: "\n") {
                let value = try JSONParser.parse(String(line))
                guard var text = value["text"]?.stringValue, case .array(let entities)? = value["entities"] else { continue }
                let analysis = analyzer.analyze(text)
                let gold: [TaggerTraining.GoldMention] = text.withUTF8 { bytes in
                    let converter = ByteOffsets(bytes)
                    return entities.compactMap { e -> TaggerTraining.GoldMention? in
                        guard case .number(let s)? = e["start"], case .number(let en)? = e["end"],
                              let start = Int(s), let end = Int(en), let code = e["type"]?.stringValue,
                              let type = EntityType(code: code) else { return nil }
                        return TaggerTraining.GoldMention(start: converter.byteOffset(ofCodePoint: start),
                                                          end: converter.byteOffset(ofCodePoint: end), type: type)
                    }
                }
                text.withUTF8 { bytes in
                    training.add(bytes: bytes, tokens: analysis.tokens, sentences: analysis.sentences,
                                 morphology: EntityMorphology.features(of: analysis.morphology, tokens: analysis.tokens,
                                                                       lexicon: lexicon),
                                 gold: gold)
                }
                documents += 1
            }
        }
        print("documents \(documents), sentences \(training.sentenceCount), tokens \(training.tokenCount), misaligned mentions \(training.misaligned)")
        training.train(epochs: epochs) { epoch, errors in print("epoch \(epoch + 1): \(errors) token errors") }
        let bytes = training.modelBytes()
        try writeFile(bytes, to: output)
        print("wrote \(output) (\(bytes.count) bytes)")
    }
}

/// `slovo-train case-profile`: how often each word is capitalized mid-sentence in a corpus.
struct BuildCaseProfile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case-profile", abstract: "Build Dictionaries/case-profile.bin from a corpus (documents separated by blank lines).")

    @Option(help: "The corpus text file.")
    var corpus: String

    @Option(help: "Where to write the profile.")
    var output: String = "Dictionaries/case-profile.bin"

    @Option(help: "Keep words seen at least this many times.")
    var minimumCount: Int = 2

    func run() throws {
        var builder = CaseProfileBuilder()
        let text = try readText(corpus)
        var documents = 0
        for document in text.split(separator: "\n\n") {
            let document = String(document)
            builder.add(document)
            documents += 1
        }
        let bytes = builder.build(minimumCount: minimumCount).serialized()
        try writeFile(bytes, to: output)
        print("documents \(documents); wrote \(output) (\(bytes.count) bytes)")
    }
}

/// Code point offsets to UTF-8 byte offsets of one text.
struct ByteOffsets {
    var table: [Int] = []
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { table.append(i) }
        table.append(bytes.count)
    }
    func byteOffset(ofCodePoint index: Int) -> Int { table[min(max(index, 0), table.count - 1)] }
}

/// Writes `bytes` to `path` (replacing it); throws when the file cannot be opened or not all of
/// it was written (a full disk), so that a data file is never left half-written unnoticed.
func writeFile(_ bytes: [UInt8], to path: String) throws {
    guard let file = fopen(path, "wb") else { throw ValidationError("cannot write \(path)") }
    let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    let closed = fclose(file)
    guard written == bytes.count, closed == 0 else { throw ValidationError("could not write all of \(path)") }
}

/// The whole file as UTF-8 text.
func readText(_ path: String) throws -> String {
    guard let file = fopen(path, "rb") else { throw ValidationError("cannot read \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count { break }
    }
    return String(decoding: bytes, as: UTF8.self)
}

SlovoTrain.main()
