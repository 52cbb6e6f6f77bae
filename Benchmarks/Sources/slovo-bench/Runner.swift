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
    /// The fastest run, in seconds of the thread's CPU time (other processes on the machine
    /// do not count).
    var bestSeconds = Double.infinity
    /// The fastest run in wall-clock seconds, for comparison.
    var bestWallSeconds = Double.infinity
    /// CPU seconds of every measured run.
    var runs: [Double] = []
    /// The median run, in CPU seconds.
    var medianSeconds: Double {
        guard !runs.isEmpty else { return .infinity }
        let sorted = runs.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
    /// Heap allocations in one run (the fewest seen; -1 when not counted).
    var allocations: Int64 = .max
    /// The checksum of the runs (they must all agree).
    var checksum: Int?

    var megabytesPerSecond: Double { Double(stage.inputBytes) / 1_000_000 / bestSeconds }
    var medianMegabytesPerSecond: Double { Double(stage.inputBytes) / 1_000_000 / medianSeconds }
    var itemsPerSecond: Double { Double(stage.items) / bestSeconds }
    var allocationsPerItem: Double { allocations < 0 ? -1 : Double(allocations) / Double(max(1, stage.items)) }
}

/// Runs every stage once per round, interleaved, so that a stage and its reference share the
/// machine's noise; keeps each stage's best round. Stages run on the calling thread and are
/// timed in its CPU time.
enum Runner {
    static func run(_ stages: [Stage], rounds: Int) -> [StageResult] {
        var results = stages.map { StageResult(stage: $0) }
        for round in 0...rounds {  // round 0 warms up
            for k in results.indices {
                results[k].stage.prepare?()
                let before = slovo_bench_malloc_count()
                let start = now()
                let startCPU = threadCPU()
                let checksum = results[k].stage.run()
                let seconds = threadCPU() - startCPU
                let wall = now() - start
                let after = slovo_bench_malloc_count()
                if let previous = results[k].checksum, previous != checksum {
                    fatalError("\(results[k].stage.name): checksum changed between runs")
                }
                results[k].checksum = checksum
                guard round > 0 else { continue }
                results[k].bestSeconds = min(results[k].bestSeconds, seconds)
                results[k].bestWallSeconds = min(results[k].bestWallSeconds, wall)
                results[k].runs.append(seconds)
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

    /// CPU time of the calling thread in seconds.
    static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// System CPU time of this process so far, in seconds (the kernel's share: page faults).
    static func systemCPU() -> Double {
        let usage = processUsage()
        return Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Minor page faults of this process so far: pages the kernel gave it fresh (zeroed) or
    /// mapped again, each a few microseconds of system time on these machines.
    static func minorFaults() -> Int {
        processUsage().ru_minflt
    }

    /// Peak resident memory of this process so far, in bytes.
    static func peakResidentBytes() -> Int {
        processUsage().ru_maxrss * 1024
    }

    /// `getrusage(RUSAGE_SELF)`.
    private static func processUsage() -> rusage {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }
}
