import Benchmark
import SlovoBenchKit
import SuiteSupport

// `Analyzer.analyze(_:)` document by document: tokens and sentences only, with the morphology
// stage, and the full analysis (`Analyzer.standard()`, which gains entities and keywords as
// they land); and the JSONL output of `analyze tokenize` from ready analyses.
nonisolated(unsafe) let benchmarks = {
    for stage in SuiteInputs.stages(named: ["analyzer_tokens", "analyzer_morphology", "analyzer_full", "tokens_jsonl"]) {
        StageBenchmark.register(stage)
    }
}
