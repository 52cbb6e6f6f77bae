import Benchmark
import SlovoBenchKit
import SuiteSupport

// Slovo's stemmer (allocation-free forms) and its reference, the C libstemmer, over the same
// lower-cased Cyrillic words of the text.
nonisolated(unsafe) let benchmarks = {
    for stage in SuiteInputs.stages(named: ["stemmer", "stemmer_length_only", "libstemmer"]) {
        StageBenchmark.register(stage)
    }
}
