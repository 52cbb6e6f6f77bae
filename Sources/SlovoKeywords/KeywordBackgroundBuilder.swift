import SlovoMorphology
import SlovoText

/// Counts document frequencies of lemmas over a corpus, to make a ``KeywordBackground``.
///
/// Give it each document's analysis (tokens, sentences, one analysis per token, as the
/// ``KeywordExtractor`` sees them); every lemma that could be part of a key phrase (nouns,
/// Latin words, adjectives) is counted once per document. The result does not depend on the
/// order of the documents.
///
/// ```swift
/// var builder = KeywordBackgroundBuilder(lexicon: lexicon)
/// for document in corpus { builder.add(bytes, tokens: ..., sentences: ..., morphology: ...) }
/// let data = builder.background(minimumDocuments: 2).serialized()
/// ```
/// O(tokens) per document; memory O(distinct lemmas).
public struct KeywordBackgroundBuilder {
    var tokenizer: KeywordTokenizer
    var counts: [UInt64: Int] = [:]
    /// Documents added so far.
    public private(set) var documents = 0

    /// A builder over `lexicon` (the one the extractor will use).
    public init(lexicon: Lexicon) {
        tokenizer = KeywordTokenizer(lexicon: lexicon, stopNouns: StopNouns([]))
    }

    /// Counts one document.
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                             morphology: WordAnalysisList) {
        let words = tokenizer.tokens(bytes, tokens: tokens, sentences: sentences, morphology: morphology)
        var seen = Set<UInt64>()
        for word in words where word.role != .none && seen.insert(word.key).inserted {
            counts[word.key, default: 0] += 1
        }
        documents += 1
    }

    /// The background: every lemma seen in at least `minimumDocuments` documents. O(n log n).
    public func background(minimumDocuments: Int) -> KeywordBackground {
        let entries = counts.filter { $0.value >= minimumDocuments }.map { (key: $0.key, documents: $0.value) }
        return KeywordBackground(documentCount: documents, entries: entries)
    }
}
