import Benchmark
import SlovoBenchKit
import SuiteSupport

// Slovo's tokenizer and its reference, the raw ICU word-break loop (UTF-8 -> UTF-16
// conversion included), over the same text.
nonisolated(unsafe) let benchmarks = {
    for stage in SuiteInputs.stages(named: ["tokenizer", "icu_word_break"]) {
        StageBenchmark.register(stage)
    }
}
