import SlovoKeywords
import SlovoMorphology
import SlovoText

extension Analyzer {
    /// The keyword stage over `lexicon` with the shared background and derivations
    /// (``KeywordExtractor/standard(lexicon:count:)``).
    static func standardKeywordExtractor(lexicon: Lexicon) throws(DataLoadError) -> KeywordExtractor {
        do throws(KeywordDataError) {
            return try KeywordExtractor.standard(lexicon: lexicon)
        } catch {
            throw DataLoadError(error.description)
        }
    }

    /// A copy of this analyzer whose keyword stage returns up to `count` keywords (nil when it
    /// has no keyword stage).
    public func keywords(count: Int) -> Analyzer {
        var copy = self
        copy.keywordExtractor?.count = count
        return copy
    }

    /// Analyses `text` whose title is given apart (a JSONL `"title"` field): the title is
    /// analysed on its own and its words weigh as a title in the keyword ranking. Without a
    /// keyword stage or a title, the same as ``analyze(_:)``. Like it, reuses the calling
    /// thread's memo, shared by the documents this thread analyses. O(n).
    public func analyze(_ text: String, title: String?) -> Analysis {
        MorphologyMemo.withThreadMemo { memo in analyze(text, title: title, memo: &memo) }
    }

    /// ``analyze(_:title:)`` reusing the word analyses of `memo` (see ``analyze(_:memo:)``).
    public func analyze(_ text: String, title: String?, memo: inout MorphologyMemo) -> Analysis {
        guard keywordExtractor != nil, let title, !title.isEmpty else { return analyze(text, memo: &memo) }
        var analysis = withoutKeywords.analyze(text, memo: &memo)
        addKeywords(to: &analysis, title: title, memo: &memo)
        return analysis
    }

    /// ``analyze(_:cleaned:)`` with a title given apart (see ``analyze(_:title:)``).
    public func analyze(_ text: String, cleaned: PageCleaner.Result, title: String?) -> Analysis {
        guard keywordExtractor != nil, let title, !title.isEmpty else { return analyze(text, cleaned: cleaned) }
        var analysis = withoutKeywords.analyze(text, cleaned: cleaned)
        MorphologyMemo.withThreadMemo { memo in addKeywords(to: &analysis, title: title, memo: &memo) }
        return analysis
    }

    /// This analyzer without its keyword stage.
    var withoutKeywords: Analyzer {
        var copy = self
        copy.keywordExtractor = nil
        return copy
    }

    /// The keyword stage: sets `analysis.keywords` when this analyzer has one (and morphology).
    /// O(n log n) in the tokens.
    func addKeywords(to analysis: inout Analysis, title: KeywordTitle?) {
        guard let extractor = keywordExtractor, !analysis.morphology.isEmpty else { return }
        var text = analysis.text
        let a = analysis
        analysis.keywords = text.withUTF8 { bytes in
            extractor.keywords(in: bytes, tokens: a.tokens, sentences: a.sentences, morphology: a.morphology,
                               entities: a.entities, title: title)
        }
    }

    /// The keyword stage with a title given apart, analysed with `memo`.
    func addKeywords(to analysis: inout Analysis, title: String, memo: inout MorphologyMemo) {
        let a = withoutKeywords.analyze(title, memo: &memo)
        addKeywords(to: &analysis, title: KeywordTitle(text: a.text, tokens: a.tokens, sentences: a.sentences,
                                                      morphology: a.morphology, entities: a.entities))
    }
}
