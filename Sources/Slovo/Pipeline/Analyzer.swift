import SlovoText
import SlovoMorphology
import SlovoEntities

/// The Slovo pipeline: text -> tokens -> sentences -> morphology (-> entities, keywords).
///
/// Build one `Analyzer` and share it: it is immutable and `Sendable`, and its scratch state
/// lives in each calling thread's memo, so any number of threads may call ``analyze(_:)`` at once.
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
    /// The entity stage; nil when built without entity data.
    public let entityExtractor: EntityExtractor?
    /// The keyword stage (needs morphology); nil for none. ``standard(entities:keywords:)`` sets it.
    public var keywordExtractor: KeywordExtractor?

    /// An analyzer without morphology (tokens and sentences only).
    public init() {
        tokenizer = Tokenizer()
        sentenceSplitter = SentenceSplitter()
        tagger = nil
        entityExtractor = nil
    }

    /// An analyzer whose analyses carry each token's lemma and tag, chosen in context, and the
    /// entities found with `entities` (none when nil).
    public init(lexicon: Lexicon, entities: EntityResources? = nil) {
        tokenizer = Tokenizer()
        sentenceSplitter = SentenceSplitter()
        tagger = MorphologyTagger(lexicon: lexicon)
        entityExtractor = entities.map { EntityExtractor(resources: $0, lexicon: lexicon) }
    }

    /// The full analyzer with the shared lexicon (``Lexicon/shared()``) and, unless
    /// `entities` or `keywords` is false, the entity data and the keyword background, all from
    /// the dictionaries folder. Throws when data cannot be found or read, listing every place
    /// searched.
    public static func standard(entities: Bool = true, keywords: Bool = true) throws(DataLoadError) -> Analyzer {
        let lexicon: Lexicon
        do throws(LexiconError) { lexicon = try Lexicon.shared() } catch { throw DataLoadError(error.description) }
        // The keyword data loads on a thread of its own while this one loads the entity data.
        let keywordStage = keywords ? SideThread { () -> Result<KeywordExtractor, DataLoadError> in
            do throws(DataLoadError) { return .success(try standardKeywordExtractor(lexicon: lexicon)) } catch { return .failure(error) }
        } : nil
        var entityData: Result<EntityResources?, DataLoadError> = .success(nil)
        if entities {
            do throws(EntityDataError) {
                entityData = .success(try EntityResources.shared())
            } catch {
                entityData = .failure(DataLoadError(error.description))
            }
        }
        let keywordExtractor = keywordStage?.join()
        var analyzer = Analyzer(lexicon: lexicon, entities: try entityData.get())
        analyzer.keywordExtractor = try keywordExtractor?.get()
        return analyzer
    }

    /// Analyses one text. O(n) in its length. Words are looked up in the lexicon through the
    /// calling thread's memo (``MorphologyMemo/withThreadMemo(_:)``), shared by the documents
    /// the thread analyses.
    public func analyze(_ text: String) -> Analysis {
        MorphologyMemo.withThreadMemo { memo in analyze(text, memo: &memo) }
    }

    /// Analyses one text, reusing the word analyses of `memo` (and adding to it): keep one memo
    /// per thread when analysing many documents, so that frequent words are looked up once.
    /// The memo bounds its own memory (when full it keeps only the words seen again).
    /// O(n) in the text's length.
    public func analyze(_ text: String, memo: inout MorphologyMemo) -> Analysis {
        var text = text
        let (tokens, sentences, morphology, entities) = text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes)
            let sentences = sentenceSplitter.split(bytes, tokens: tokens)
            var morphology = WordAnalysisList()
            if let tagger {
                morphology.reserveCapacity(tokens.count)
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
            let entities = entityExtractor?.extract(in: bytes, tokens: tokens, sentences: sentences,
                                                    morphology: morphology) ?? (mentions: [], groups: [])
            return (tokens, sentences, morphology, entities)
        }
        var analysis = Analysis(text: text, tokens: tokens, sentences: sentences, morphology: morphology,
                                lexicon: tagger?.lexicon, entities: entities.mentions, entityGroups: entities.groups)
        addKeywords(to: &analysis, title: nil)
        return analysis
    }
}

/// Data that the analyzer needs could not be found or read; the message lists every place
/// searched.
public struct DataLoadError: Error, CustomStringConvertible, Sendable {
    /// What could not be loaded, and every place searched.
    public let description: String
    init(_ description: String) { self.description = description }
}
