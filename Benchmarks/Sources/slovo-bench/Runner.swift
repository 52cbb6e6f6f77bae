#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMallocCounter
import SlovoBenchKit

/// What was measured for one stage.
struct StageResult {
    let stage: Stage
    /// The fastest run, in seconds.
    var bestSeconds = Double.infinity
    /// Heap allocations in one run (the fewest seen; -1 when not counted).
    var allocations: Int64 = .max
    /// The checksum of the runs (they must all agree).
    var checksum: Int?

    var megabytesPerSecond: Double { Double(stage.inputBytes) / 1_000_000 / bestSeconds }
    var itemsPerSecond: Double { Double(stage.items) / bestSeconds }
    var allocationsPerItem: Double { allocations < 0 ? -1 : Double(allocations) / Double(max(1, stage.items)) }
}

/// Runs every stage once per round, interleaved, so that a stage and its reference share the
/// machine's noise; keeps each stage's best round.
enum Runner {
    static func run(_ stages: [Stage], rounds: Int) -> [StageResult] {
        var results = stages.map { StageResult(stage: $0) }
        for round in 0...rounds {  // round 0 warms up
            for k in results.indices {
                let before = slovo_bench_malloc_count()
                let start = now()
                let checksum = results[k].stage.run()
                let seconds = now() - start
                let after = slovo_bench_malloc_count()
                if let previous = results[k].checksum, previous != checksum {
                    fatalError("\(results[k].stage.name): checksum changed between runs")
                }
                results[k].checksum = checksum
                guard round > 0 else { continue }
                results[k].bestSeconds = min(results[k].bestSeconds, seconds)
                results[k].allocations = before < 0 ? -1 : min(results[k].allocations, after - before)
            }
        }
        return results
    }

    /// Monotonic time in seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Peak resident memory of this process so far, in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage.ru_maxrss * 1024
    }
}
