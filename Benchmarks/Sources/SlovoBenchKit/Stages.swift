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
    let textBytes: UnsafeMutableBufferPointer<UInt8>
    let stemBuffer: UnsafeMutableBufferPointer<UInt8>
    var tokens: [Token] = []

    /// Prepares the inputs for `text`: copies it to stable memory and extracts up to
    /// `maxWords` words.
    public init(text: BenchText, maxWords: Int = .max) {
        self.text = text
        words = WordList(text: text, limit: maxWords)
        icu = ICUWordBreakReference(maxBytes: text.bytes.count)
        libstemmer = LibstemmerReference()
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
        return stages
    }

    /// Ratios of throughput, each over the same input in the same run.
    public static let ratios = [
        StageRatio(name: "tokenizer_vs_icu", stage: "tokenizer", reference: "icu_word_break"),
        StageRatio(name: "stemmer_vs_libstemmer", stage: "stemmer", reference: "libstemmer"),
    ]
}
