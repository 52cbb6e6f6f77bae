import SlovoText
import SlovoMorphology

/// The Slovo pipeline: text -> tokens -> sentences -> morphology (-> entities, keywords).
///
/// Build one `Analyzer` and share it: it is immutable and `Sendable`, and every call keeps its
/// own scratch state, so any number of threads may call ``analyze(_:)`` at once.
///
/// ```swift
/// let analyzer = try Analyzer.standard()          // with the lexicon
/// let analysis = analyzer.analyze("Вологодские представители посетили IT-центр в Калуге.")
/// analysis.lemma(of: 6)                           // "калуга"
/// ```
public struct Analyzer: Sendable {
    /// The tokenizer used.
    public let tokenizer: Tokenizer
    /// The sentence splitter used.
    public let sentenceSplitter: SentenceSplitter
    /// The morphology stage; nil when built without a lexicon.
    public let tagger: MorphologyTagger?

    /// An analyzer without morphology (tokens and sentences only).
    public init() {
        tokenizer = Tokenizer()
        sentenceSplitter = SentenceSplitter()
        tagger = nil
    }

    /// An analyzer whose analyses carry each token's lemma and tag, chosen in context.
    public init(lexicon: Lexicon) {
        tokenizer = Tokenizer()
        sentenceSplitter = SentenceSplitter()
        tagger = MorphologyTagger(lexicon: lexicon)
    }

    /// An analyzer with the shared lexicon (``Lexicon/shared()``); throws when the lexicon
    /// cannot be found, listing every place searched.
    public static func standard() throws(LexiconError) -> Analyzer {
        Analyzer(lexicon: try Lexicon.shared())
    }

    /// Analyses one text. O(n) in its length. Words are looked up in the lexicon through the
    /// calling thread's memo (``MorphologyMemo/withThreadMemo(_:)``), shared by the documents
    /// the thread analyses.
    public func analyze(_ text: String) -> Analysis {
        MorphologyMemo.withThreadMemo { memo in analyze(text, memo: &memo) }
    }

    /// Analyses one text, reusing the word analyses of `memo` (and adding to it): keep one memo
    /// per thread when analysing many documents, so that frequent words are looked up once.
    /// The memo forgets everything when it holds more than ``MorphologyMemo/capacity`` words.
    /// O(n) in the text's length.
    public func analyze(_ text: String, memo: inout MorphologyMemo) -> Analysis {
        var text = text
        let (tokens, sentences, morphology) = text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes)
            let sentences = sentenceSplitter.split(bytes, tokens: tokens)
            var morphology: [WordAnalysis] = []
            if let tagger {
                morphology.reserveCapacity(tokens.count)
                if memo.count > MorphologyMemo.capacity { memo.removeAll() }
                var next = 0
                for sentence in sentences {
                    // Tokens between sentences (if any) are tagged on their own.
                    if sentence.tokens.lowerBound > next {
                        tagger.tag(tokens, next..<sentence.tokens.lowerBound, in: bytes, memo: &memo, into: &morphology)
                    }
                    tagger.tag(tokens, sentence.tokens, in: bytes, memo: &memo, into: &morphology)
                    next = sentence.tokens.upperBound
                }
                if next < tokens.count {
                    tagger.tag(tokens, next..<tokens.count, in: bytes, memo: &memo, into: &morphology)
                }
            }
            return (tokens, sentences, morphology)
        }
        return Analysis(text: text, tokens: tokens, sentences: sentences, morphology: morphology,
                        lexicon: tagger?.lexicon)
    }
}
