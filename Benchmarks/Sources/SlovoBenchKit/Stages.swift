import Slovo

/// Inputs prepared once (outside the measured work) and the buffers the stages reuse.
public final class StageInputs {
    /// The text.
    public let text: BenchText
    /// Its lower-cased Cyrillic words.
    public let words: WordList
    /// The ICU reference.
    public let icu: ICUWordBreakReference
    /// The libstemmer reference, when the library is there.
    public let libstemmer: LibstemmerReference?
    /// Every word token as written (the lemmatizer's input).
    public let textWords: WordList
    /// The text cut into documents (the analyzer's input).
    public let documents: DocumentList
    /// Other documents of the same kind (the text that follows in the corpus), which warm the
    /// per-thread memo before the `_warm` stages run.
    public let warmUp: DocumentList
    /// The lexicon, or why it could not be loaded (the morphology stages are left out then).
    public let lexicon: Result<LexiconInputs, LexiconError>
    let textBytes: UnsafeMutableBufferPointer<UInt8>
    let stemBuffer: UnsafeMutableBufferPointer<UInt8>
    var tokens: [Token] = []

    /// Prepares the inputs for `text`: copies it to stable memory and extracts up to
    /// `maxWords` words.
    public init(text: BenchText, maxWords: Int = .max, sharedDirectory: String? = nil) {
        self.text = text
        words = WordList(text: text, limit: maxWords)
        icu = ICUWordBreakReference(maxBytes: text.bytes.count)
        libstemmer = LibstemmerReference()
        textWords = WordList(text: text, limit: maxWords, asWritten: true)
        documents = DocumentList(text: text)
        warmUp = DocumentList(text: BenchText.load(sharedDirectory: sharedDirectory, maxBytes: text.bytes.count,
                                                   after: text.bytes.count))
        lexicon = LexiconInputs.load()
        textBytes = .allocate(capacity: max(1, text.bytes.count))
        _ = textBytes.initialize(from: text.bytes)
        stemBuffer = .allocate(capacity: max(1, words.longest))
        tokens.reserveCapacity(text.bytes.count / 3)
    }

    deinit {
        textBytes.deallocate()
        stemBuffer.deallocate()
    }

    /// The text's bytes, valid while this object lives.
    public var textBuffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: textBytes[..<text.bytes.count])
    }
}

/// The stages of the batch benchmark and the ratios reported between them.
public enum Stages {
    /// Every stage, in report order. A stage whose reference library is missing is left out.
    public static func all(_ inputs: StageInputs) -> [Stage] {
        let text = inputs.textBuffer
        let words = inputs.words
        var tokens: [Token] = []
        let tokenCount = Workloads.tokenize(text, into: &tokens)
        let boundaryCount = Workloads.icuWordBreak(text, inputs.icu)
        var stages = [
            Stage(name: "tokenizer", inputBytes: text.count, itemName: "tokens", items: tokenCount) {
                Workloads.tokenize(text, into: &inputs.tokens)
            },
            Stage(name: "icu_word_break", inputBytes: text.count, itemName: "boundaries", items: boundaryCount) {
                Workloads.icuWordBreak(text, inputs.icu)
            },
            Stage(name: "stemmer", inputBytes: words.byteCount, itemName: "words", items: words.count) {
                Workloads.stem(words, into: inputs.stemBuffer)
            },
            Stage(name: "stemmer_length_only", inputBytes: words.byteCount, itemName: "words", items: words.count) {
                Workloads.stemLengths(words)
            },
        ]
        if let libstemmer = inputs.libstemmer {
            stages.append(Stage(name: "libstemmer", inputBytes: words.byteCount, itemName: "words", items: words.count) {
                Workloads.libstemmer(words, libstemmer)
            })
        }
        stages += textStages(inputs)
        if case .success(let lexicon) = inputs.lexicon {
            stages += morphologyStages(inputs, lexicon.lexicon)
        }
        return stages
    }

    /// Stages without the lexicon: the analyzer without morphology and the JSON output.
    static func textStages(_ inputs: StageInputs) -> [Stage] {
        let documents = inputs.documents
        let plain = Analyzer()
        let analyses = documents.documents.map { plain.analyze($0) }
        let tokenCount = analyses.reduce(0) { $0 + $1.tokens.count }
        return [
            // Tokens and sentences, document by document, as `Analyzer.analyze(_:)` gives them.
            Stage(name: "analyzer_tokens", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount) {
                Workloads.analyze(documents, plain)
            },
            // The JSONL of `analyze tokenize` from analyses made beforehand: the output path.
            Stage(name: "tokens_jsonl", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount) {
                Workloads.tokensJSON(analyses)
            },
        ]
    }

    /// Stages that need the lexicon: lemmatizer, analyses, the analyzer with morphology and
    /// the full analysis.
    static func morphologyStages(_ inputs: StageInputs, _ lexicon: Lexicon) -> [Stage] {
        let words = inputs.textWords
        let documents = inputs.documents
        let morphology = Analyzer(lexicon: lexicon)
        var tokenCount = 0
        for document in documents.documents { tokenCount += morphology.analyze(document).tokens.count }
        var stages = [
            Stage(name: "lemmatizer", inputBytes: words.byteCount, itemName: "words", items: words.count) {
                Workloads.lemmatize(words, lexicon)
            },
            Stage(name: "lemmatizer_uncached", inputBytes: words.byteCount, itemName: "words", items: words.count) {
                Workloads.lemmatizeUncached(words, lexicon)
            },
            Stage(name: "lexicon_analyses", inputBytes: words.byteCount, itemName: "words", items: words.count) {
                Workloads.analyses(words, lexicon)
            },
            // Tokens, sentences and the morphology stage (an analysis per token, chosen in context),
            // each run starting with an empty per-thread memo.
            Stage(name: "analyzer_morphology", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount,
                  prepare: { MorphologyMemo.releaseThreadMemo() }) {
                Workloads.analyze(documents, morphology)
            },
            // The same after the memo has seen as much other text of the corpus (a long batch).
            Stage(name: "analyzer_morphology_warm", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount,
                  prepare: {
                      MorphologyMemo.releaseThreadMemo()
                      _ = Workloads.analyze(inputs.warmUp, morphology)
                  }) {
                Workloads.analyze(documents, morphology)
            },
            // The same once the memo has seen these very documents: every word is found in the
            // memo, the cost of the per-token path alone.
            Stage(name: "analyzer_morphology_hits", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount,
                  prepare: {
                      MorphologyMemo.releaseThreadMemo()
                      _ = Workloads.analyze(documents, morphology)
                  }) {
                Workloads.analyze(documents, morphology)
            },
        ]
        // Morphology and keywords (no entities), and morphology and entities (no keywords).
        if let keywords = try? Analyzer.standard(entities: false) {
            stages.append(Stage(name: "analyzer_keywords", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount,
                                prepare: { MorphologyMemo.releaseThreadMemo() }) {
                Workloads.analyze(documents, keywords)
            })
        }
        if let entities = try? Analyzer.standard(keywords: false) {
            stages.append(Stage(name: "analyzer_entities", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount,
                                prepare: { MorphologyMemo.releaseThreadMemo(); EntityThreadCache.releaseThreadCache() }) {
                Workloads.analyze(documents, entities)
            })
        }
        // The full analysis: whatever `Analyzer.standard()` does (entities and keywords).
        if let full = try? Analyzer.standard() {
            stages.append(Stage(name: "analyzer_full", inputBytes: documents.byteCount, itemName: "tokens", items: tokenCount,
                                prepare: { MorphologyMemo.releaseThreadMemo(); EntityThreadCache.releaseThreadCache() }) {
                Workloads.analyze(documents, full)
            })
        }
        return stages
    }

    /// Ratios of throughput, each over the same input in the same run.
    public static let ratios = [
        StageRatio(name: "tokenizer_vs_icu", stage: "tokenizer", reference: "icu_word_break"),
        StageRatio(name: "stemmer_vs_libstemmer", stage: "stemmer", reference: "libstemmer"),
        StageRatio(name: "morphology_vs_tokens", stage: "analyzer_morphology", reference: "analyzer_tokens"),
        StageRatio(name: "full_vs_tokens", stage: "analyzer_full", reference: "analyzer_tokens"),
        StageRatio(name: "keywords_vs_analysis", stage: "analyzer_keywords", reference: "analyzer_morphology"),
    ]
}
