import Slovo

/// The measured work of the morphology and analyzer stages.
extension Workloads {
    /// The best context-free lemma of every word through a ``LemmaCache`` (a new, empty cache
    /// per run, as a fresh thread would have); returns the total length of the lemmas.
    @inline(never)
    public static func lemmatize(_ words: WordList, _ lexicon: Lexicon) -> Int {
        let cache = LemmaCache()
        var out: [UInt8] = []
        out.reserveCapacity(256)
        var scratch: [WordAnalysis] = []
        scratch.reserveCapacity(64)
        var total = 0
        words.forEach { word in
            out.removeAll(keepingCapacity: true)
            lexicon.appendLemma(utf8: word, to: &out, scratch: &scratch, cache: cache)
            total &+= out.count
        }
        return total
    }

    /// The same lemmas without a cache: a dictionary lookup per word.
    @inline(never)
    public static func lemmatizeUncached(_ words: WordList, _ lexicon: Lexicon) -> Int {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        var scratch: [WordAnalysis] = []
        scratch.reserveCapacity(64)
        var total = 0
        words.forEach { word in
            out.removeAll(keepingCapacity: true)
            lexicon.appendLemma(utf8: word, to: &out, scratch: &scratch)
            total &+= out.count
        }
        return total
    }

    /// Every analysis of every word, ranked (`Lexicon.analyze(utf8:into:)`); returns the
    /// number of analyses.
    @inline(never)
    public static func analyses(_ words: WordList, _ lexicon: Lexicon) -> Int {
        var result: [WordAnalysis] = []
        result.reserveCapacity(64)
        var total = 0
        words.forEach { word in
            lexicon.analyze(utf8: word, into: &result)
            total &+= result.count
        }
        return total
    }

    /// Analyses every document with `analyzer` as a library caller does (`analyze(_:)`, one
    /// call per document); returns the number of tokens plus the number of analyses. The
    /// per-thread memo is as the caller left it.
    @inline(never)
    public static func analyze(_ documents: DocumentList, _ analyzer: Analyzer) -> Int {
        var total = 0
        for document in documents.documents {
            let analysis = analyzer.analyze(document)
            total &+= analysis.tokens.count &+ analysis.morphology.count
        }
        return total
    }

    /// The JSON of `analyze tokenize --format jsonl` for every document (tokens with their
    /// text, sentences, offsets in code points), without the analysis: the output path alone.
    /// Returns the bytes written.
    @inline(never)
    public static func tokensJSON(_ analyses: [Analysis]) -> Int {
        var total = 0
        var json = JSONWriter()
        for analysis in analyses {
            json.bytes.removeAll(keepingCapacity: true)
            json.raw("{\"id\":1,")
            AnalysisJSON.writeTokensAndSentences(analysis, into: &json)
            json.raw("}\n")
            total &+= json.bytes.count
        }
        return total
    }
}
