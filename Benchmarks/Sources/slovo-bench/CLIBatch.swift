#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo
import SlovoBenchKit

/// The `analyze` binary over the benchmark's documents as one JSONL batch, as a user runs it:
/// `analyze --input jsonl --jobs 1 --format jsonl FILE` with the output to /dev/null. Reading,
/// page cleaning, metadata, the whole analysis and writing every token as JSON, one core.
/// Set against the library's `analyze(_:)` over the same documents, timed right after each run
/// (so that a slow spell of the machine falls on both: the stages' best from a minute before
/// put the same build at 0.44 in one CI run and 0.62-0.70 in others), it catches what only the
/// command line pays, such as a memo made afresh per document.
struct CLIBatch {
    /// Bytes of document text in the batch (the JSON escaping around it not counted).
    let textBytes: Int
    /// Fastest run, in seconds of wall time.
    var bestSeconds = Double.infinity
    /// Largest peak resident memory of the runs, in bytes.
    var peakResidentBytes = 0
    /// Exit status of the last run.
    var status: Int32 = 0
    /// For each run, the library's time over the run's (the command line's speed against the
    /// library's), when a library workload was given.
    var ratios: [Double] = []

    /// The median of ``ratios``, or nil.
    var medianRatio: Double? {
        guard !ratios.isEmpty else { return nil }
        let sorted = ratios.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Document text per second, in MB (2^20 bytes).
    var megabytesPerSecond: Double { Double(textBytes) / 1_048_576 / bestSeconds }

    /// Writes the documents to a temporary JSONL file, then runs the binary `runs` times on it
    /// (after one unmeasured run that warms the file cache), each followed by `library` (the
    /// same documents through the library), timed by the wall clock; nil when the file cannot
    /// be written or the binary cannot start.
    static func measure(binary: String, documents: DocumentList, runs: Int, library: (() -> Void)? = nil) -> CLIBatch? {
        var path = Array("/tmp/slovo-bench-batch-XXXXXX".utf8CString)
        let fd = mkstemp(&path)
        guard fd >= 0 else { return nil }
        let file = path.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(file) }
        var batch = JSONWriter()
        for (k, document) in documents.documents.enumerated() {
            batch.raw("{\"id\":")
            batch.string(String(k))
            batch.raw(",\"text\":")
            batch.string(document)
            batch.raw("}\n")
        }
        let written = batch.bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == batch.bytes.count else { return nil }
        var result = CLIBatch(textBytes: documents.byteCount)
        for run in 0...runs {
            guard let (seconds, peak, status) = ColdStart.spawn(binary, ["--input", "jsonl", "--jobs", "1",
                                                                         "--format", "jsonl", file]) else { return nil }
            result.status = status
            if run == 0 { continue }
            result.bestSeconds = min(result.bestSeconds, seconds)
            result.peakResidentBytes = max(result.peakResidentBytes, peak)
            if let library {
                let start = Runner.now()
                library()
                result.ratios.append((Runner.now() - start) / seconds)
            }
        }
        return result
    }
}
