#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo
import SlovoBenchKit

// slovo-bench: the batch benchmark for CI. Measures every stage and its reference in one run,
// interleaved, and prints one JSON summary: throughput per stage, ratios to the references,
// allocation counts, the stemmer's agreement with libstemmer, peak memory and the cold start
// of `analyze`. With --bars, exits 1 when a metric is past its floor.

/// Writes `text` to standard error.
func writeError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

func printError(_ message: String) {
    writeError("slovo-bench: \(message)\n")
}

let options: Options
do {
    options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if !error.message.isEmpty { printError(error.message) }
    writeError(Options.usage + "\n")
    exit(error.message.isEmpty ? 0 : 2)
}
var bars: [Bar] = []
if let path = options.bars {
    switch Bar.load(path) {
    case .success(let loaded): bars = loaded
    case .failure(let error): printError(error.message); exit(2)
    }
}

let started = Runner.now()
if let sizes = options.linearity {
    guard let results = Linearity.measure(sharedDirectory: options.shared, sizes: sizes) else {
        printError("the linearity runs need the dictionaries")
        exit(1)
    }
    var metrics: [String: Double] = [:]
    var summary = JSONObject()
    summary.add("schemaVersion", 1)
    summary.add("linearity", Linearity.report(results, into: &metrics))
    var failed = false
    for bar in bars where bar.metric.hasPrefix("linearity_") {
        guard let value = metrics[bar.metric] else { continue }
        if !bar.passes(value) {
            failed = true
            printError("\(bar.metric) = \(JSONObject.number(value, decimals: 3)), past its floor \(bar.floor) (bar \(bar.target), \(bar.issue))")
        }
    }
    summary.add("seconds", Runner.now() - started, decimals: 1)
    print(summary.text)
    exit(failed ? 1 : 0)
}
// Metrics the bars may name.
var metrics: [String: Double] = [:]

// The cold start runs first, while this process is still small: Linux keeps a process's
// peak resident memory across exec, and a spawned child starts from its parent's memory, so
// the child's peak can never read below this process's peak at the time of the spawn
// (reported as spawnerPeakResidentMegabytes).
var coldStartObject: JSONObject? = nil
let spawnerPeak = Runner.peakResidentBytes()
if let analyze = options.analyze {
    let file = options.coldStartFile ?? ""
    if let cold = ColdStart.measure(binary: analyze, file: file) {
        var object = JSONObject()
        object.add("file", file)
        object.add("medianMilliseconds", cold.medianMilliseconds, decimals: 1)
        object.add("bestMilliseconds", cold.bestMilliseconds, decimals: 1)
        object.add("peakResidentMegabytes", Double(cold.peakResidentBytes) / 1_048_576, decimals: 1)
        object.add("spawnerPeakResidentMegabytes", Double(spawnerPeak) / 1_048_576, decimals: 1)
        object.add("exitStatus", Int(cold.status))
        coldStartObject = object
        metrics["cold_start_milliseconds"] = cold.medianMilliseconds
        metrics["cold_start_peak_resident_megabytes"] = Double(cold.peakResidentBytes) / 1_048_576
        if cold.status != 0 { printError("\(analyze) \(file) exited with status \(cold.status)") }
    } else {
        printError("cannot run \(analyze)")
    }
}

let text = BenchText.load(sharedDirectory: options.shared, maxBytes: Int(options.megabytes * 1_048_576))
let inputs = StageInputs(text: text, sharedDirectory: options.shared)
if inputs.libstemmer == nil { printError("libstemmer has no Russian stemmer: the stemmer's reference is left out") }
if let path = options.dumpAnalyses {
    guard AnalysisDump.write(inputs, to: path) else {
        printError("cannot write \(path) (or no lexicon)")
        exit(1)
    }
    exit(0)
}
let stages = Stages.all(inputs).filter { options.only.isEmpty || options.only.contains($0.name) }
let results = Runner.run(stages, rounds: options.rounds)
let byName = Dictionary(uniqueKeysWithValues: results.map { ($0.stage.name, $0) })

var ratios = JSONObject()
for ratio in Stages.ratios {
    guard let stage = byName[ratio.stage], let reference = byName[ratio.reference] else { continue }
    let value = stage.megabytesPerSecond / reference.megabytesPerSecond
    metrics[ratio.name] = value
    ratios.add(ratio.name, value)
}
var checks = JSONObject()
if let stemmer = byName["stemmer"], stemmer.allocations >= 0 {
    metrics["stemmer_allocations_per_word"] = stemmer.allocationsPerItem
    checks.add("stemmer_allocations_per_word", stemmer.allocationsPerItem, decimals: 6)
    checks.add("stemmer_allocations_per_run", Int(stemmer.allocations))
}
if let libstemmer = inputs.libstemmer {
    let differences = Workloads.stemDifferences(inputs.words, libstemmer)
    metrics["stemmer_differences_from_libstemmer"] = Double(differences.count)
    checks.add("stemmer_differences_from_libstemmer", differences.count)
    checks.add("stemmer_difference_examples", strings: differences.examples)
}

var stageObjects = JSONObject()
for result in results {
    var object = JSONObject()
    object.add("megabytesPerSecond", result.megabytesPerSecond, decimals: 1)
    object.add("itemsPerSecond", result.itemsPerSecond, decimals: 0)
    object.add("item", result.stage.itemName)
    object.add("items", result.stage.items)
    object.add("inputBytes", result.stage.inputBytes)
    object.add("medianMegabytesPerSecond", result.medianMegabytesPerSecond, decimals: 1)
    object.add("bestSeconds", result.bestSeconds, decimals: 5)
    object.add("bestWallSeconds", result.bestWallSeconds, decimals: 5)
    object.add("allocationsPerRun", Int(result.allocations))
    object.add("allocationsPerItem", result.allocationsPerItem, decimals: 6)
    stageObjects.add(result.stage.name, object)
    metrics["\(result.stage.name)_megabytes_per_second"] = result.megabytesPerSecond
    metrics["\(result.stage.name)_\(result.stage.itemName)_per_second"] = result.itemsPerSecond
}
let morphologyObject = MorphologySummary.make(inputs, byName, into: &metrics)

// The command line over the same documents, after the stages (its runs are whole processes).
var cliBatchObject: JSONObject? = nil
if let analyze = options.analyze, options.only.isEmpty || options.only.contains("cli_batch") {
    let full = try? Analyzer.standard()
    let library = full.map { full in {
        MorphologyMemo.releaseThreadMemo()
        EntityThreadCache.releaseThreadCache()
        _ = Workloads.analyze(inputs.documents, full)
    } }
    if let batch = CLIBatch.measure(binary: analyze, documents: inputs.documents, runs: min(options.rounds, 3), library: library) {
        var object = JSONObject()
        object.add("megabytesPerSecond", batch.megabytesPerSecond, decimals: 2)
        object.add("bestSeconds", batch.bestSeconds, decimals: 3)
        object.add("documents", inputs.documents.documents.count)
        object.add("textBytes", batch.textBytes)
        object.add("peakResidentMegabytes", Double(batch.peakResidentBytes) / 1_048_576, decimals: 1)
        object.add("exitStatus", Int(batch.status))
        metrics["cli_batch_megabytes_per_second"] = batch.megabytesPerSecond
        if let ratio = batch.medianRatio {
            object.add("vsLibrary", ratio, decimals: 3)
            object.add("vsLibraryRuns", strings: batch.ratios.map { JSONObject.number($0, decimals: 3) })
            metrics["cli_batch_vs_library"] = ratio
        }
        cliBatchObject = object
        if batch.status != 0 { printError("\(analyze) on the JSONL batch exited with status \(batch.status)") }
    } else {
        printError("cannot run \(analyze) on a JSONL batch")
    }
}

var failed = false
var barObjects: [JSONObject] = []
for bar in bars where !bar.metric.hasPrefix("linearity_") {
    var object = JSONObject()
    object.add("metric", bar.metric)
    object.add("target", bar.target)
    object.add("floor", bar.floor)
    object.add("direction", bar.direction.rawValue)
    object.add("issue", bar.issue)
    if let value = metrics[bar.metric] {
        let ok = bar.passes(value)
        object.add("value", value)
        object.add("ok", ok)
        if !ok {
            failed = true
            printError("\(bar.metric) = \(JSONObject.number(value, decimals: 3)), past its floor \(bar.floor) (bar \(bar.target), \(bar.issue))")
        }
    } else {
        object.add("value", nil as JSONObject?)
        object.add("ok", false)
        failed = true
        printError("\(bar.metric) was not measured")
    }
    barObjects.append(object)
}

var summary = JSONObject()
summary.add("schemaVersion", 1)
var input = JSONObject()
input.add("text", text.origin)
input.add("bytes", text.bytes.count)
input.add("stemmerWords", inputs.words.count)
input.add("stemmerWordBytes", inputs.words.byteCount)
input.add("icuVersion", ICUWordBreakReference.version)
input.add("rounds", options.rounds)
summary.add("input", input)
summary.add("stages", stageObjects)
summary.add("ratios", ratios)
summary.add("checks", checks)
summary.add("morphology", morphologyObject)
summary.add("peakResidentMegabytes", Double(Runner.peakResidentBytes()) / 1_048_576, decimals: 1)
summary.add("coldStart", coldStartObject)
summary.add("cliBatch", cliBatchObject)
summary.add("bars", objects: barObjects)
summary.add("seconds", Runner.now() - started, decimals: 1)
print(summary.text)
exit(failed ? 1 : 0)
