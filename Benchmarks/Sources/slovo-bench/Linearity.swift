import Slovo
import SlovoBenchKit

/// `slovo-bench --linearity`: the full analysis (`Analyzer.standard()`) of one document of
/// 1, 10 and 100 MB of corpus text, as it is (many lines) and with every line feed made a space
/// (one line), in one warm process: MB/s per size and the spread of each layout (the slowest
/// size's MB/s against the fastest's). A text longer than the corpus repeats it.
///
/// Before each run the analyzer's memos are emptied and warmed on other text of the corpus, so
/// that the smallest size does not pay for loading or for empty memos, and no run finds the
/// words of the one before; each size is timed best of a few runs (one for the largest), by
/// the wall clock and by the thread's CPU time.
enum Linearity {
    struct Measurement {
        var layout: String
        var megabytes: Int
        var bytes: Int
        var tokens: Int
        var bestSeconds: Double
        var bestWallSeconds: Double
        /// The system (kernel) share of the best run's CPU time: fresh pages, mostly.
        var systemSeconds = 0.0
        /// The best run's minor page faults (pages the kernel zeroed for it, mostly), which
        /// its system seconds pay for.
        var pageFaults = 0
        /// The process's peak resident memory after this size (the largest so far).
        var peakResidentBytes = 0
        var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / bestSeconds }
        /// The same without the kernel's share: the analysis's own work.
        var userMegabytesPerSecond: Double { Double(bytes) / 1_048_576 / max(bestSeconds - systemSeconds, 1e-9) }
        /// Bytes of fresh pages per token (4 KiB a fault): what the analysis's memory costs
        /// the kernel, which a smaller per-token result would lower.
        var faultedBytesPerToken: Double { tokens > 0 ? Double(pageFaults) * 4096 / Double(tokens) : 0 }
    }

    /// Runs per size: more for the small ones, whose single runs are noisier.
    static func runs(forMegabytes megabytes: Int) -> Int { megabytes <= 1 ? 3 : megabytes <= 10 ? 2 : 1 }

    /// `megabytes` of corpus text (the corpus repeated if shorter), cut at a line end.
    static func text(sharedDirectory: String?, megabytes: Int) -> [UInt8] {
        let wanted = megabytes * 1_048_576
        let corpus = BenchText.load(sharedDirectory: sharedDirectory, maxBytes: wanted).bytes
        guard !corpus.isEmpty else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(wanted + corpus.count)
        while out.count < wanted {
            out.append(contentsOf: corpus.prefix(wanted - out.count))
            if out.last != 0x0A { out.append(0x0A) }
        }
        if let lastNewline = out.lastIndex(of: 0x0A), lastNewline > wanted / 2 { out.removeSubrange((lastNewline + 1)...) }
        return out
    }

    /// Measures every size in both layouts; nil without the dictionaries.
    static func measure(sharedDirectory: String?, sizes: [Int]) -> [Measurement]? {
        guard let analyzer = try? Analyzer.standard() else { return nil }
        // Every run starts from the same state: the thread's memos emptied, then filled by 8 MB
        // of other corpus text (untimed), as a service's are by the documents before: past
        // their capacity, so that they forget words as they do in a long run. (Runs of the same
        // text one after the other would find its own words in the memos; after only 1 MB the
        // memos still have room, and a 1 MB text ran 30% faster than 10 MB.)
        let warm = String(decoding: BenchText.load(sharedDirectory: sharedDirectory, maxBytes: 8 * 1_048_576,
                                                   after: 1_048_576 * 39).bytes, as: UTF8.self)
        func warmUp() {
            MorphologyMemo.releaseThreadMemo()
            EntityThreadCache.releaseThreadCache()
            _ = analyzer.analyze(warm)
        }
        var results: [Measurement] = []
        for megabytes in sizes.sorted() {
            var bytes = text(sharedDirectory: sharedDirectory, megabytes: megabytes)
            for layout in ["lines", "one-line"] {
                if layout == "one-line" {
                    for i in bytes.indices where bytes[i] == 0x0A { bytes[i] = 0x20 }
                }
                let document = String(decoding: bytes, as: UTF8.self)
                var measurement = Measurement(layout: layout, megabytes: megabytes, bytes: bytes.count, tokens: 0,
                                              bestSeconds: .infinity, bestWallSeconds: .infinity)
                for _ in 0..<runs(forMegabytes: megabytes) {
                    warmUp()
                    let wall = Runner.now(), cpu = Runner.threadCPU(), system = Runner.systemCPU()
                    let faults = Runner.minorFaults()
                    let analysis = analyzer.analyze(document)
                    let seconds = Runner.threadCPU() - cpu
                    if seconds < measurement.bestSeconds {
                        measurement.systemSeconds = Runner.systemCPU() - system
                        measurement.pageFaults = Runner.minorFaults() - faults
                    }
                    measurement.bestSeconds = min(measurement.bestSeconds, seconds)
                    measurement.bestWallSeconds = min(measurement.bestWallSeconds, Runner.now() - wall)
                    measurement.tokens = analysis.tokens.count
                }
                measurement.peakResidentBytes = Runner.peakResidentBytes()
                results.append(measurement)
            }
        }
        return results
    }

    /// The summary: each measurement, and per layout the spread (1 - slowest / fastest MB/s), by
    /// CPU time and by its user share alone.
    static func report(_ results: [Measurement], into metrics: inout [String: Double]) -> JSONObject {
        var object = JSONObject()
        var runs: [JSONObject] = []
        for r in results {
            var run = JSONObject()
            run.add("layout", r.layout)
            run.add("megabytes", r.megabytes)
            run.add("bytes", r.bytes)
            run.add("tokens", r.tokens)
            run.add("megabytesPerSecond", r.megabytesPerSecond, decimals: 2)
            run.add("bestSeconds", r.bestSeconds, decimals: 3)
            run.add("bestWallSeconds", r.bestWallSeconds, decimals: 3)
            run.add("systemSeconds", r.systemSeconds, decimals: 3)
            run.add("userMegabytesPerSecond", r.userMegabytesPerSecond, decimals: 2)
            run.add("pageFaults", r.pageFaults)
            run.add("faultedBytesPerToken", r.faultedBytesPerToken, decimals: 1)
            run.add("peakResidentMegabytes", Double(r.peakResidentBytes) / 1_048_576, decimals: 1)
            runs.append(run)
        }
        object.add("runs", objects: runs)
        for layout in ["lines", "one-line"] {
            let runs = results.filter { $0.layout == layout }
            for (name, speeds) in [("", runs.map(\.megabytesPerSecond)), ("_user", runs.map(\.userMegabytesPerSecond))] {
                guard let slowest = speeds.min(), let fastest = speeds.max(), fastest > 0 else { continue }
                let spread = 1 - slowest / fastest
                let key = "\(layout == "one-line" ? "one_line" : layout)\(name)_spread"
                object.add(key, spread, decimals: 3)
                metrics["linearity_" + key] = spread
            }
        }
        return object
    }
}
