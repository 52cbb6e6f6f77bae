import Benchmark
import SlovoBenchKit
import SuiteSupport

// The lexicon over the words of the text as written: the best context-free lemma through a
// LemmaCache and without one, and every ranked analysis.
nonisolated(unsafe) let benchmarks = {
    for stage in SuiteInputs.stages(named: ["lemmatizer", "lemmatizer_uncached", "lexicon_analyses"]) {
        StageBenchmark.register(stage)
    }
}
