#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Benchmark
import SlovoBenchKit

/// Registers a batch-benchmark ``Stage`` as an ordo-one benchmark: one iteration is one run
/// over the whole input; besides wall clock, throughput and malloc counts it reports MB/s of
/// UTF-8 input and items per second as custom metrics.
public enum StageBenchmark {
    /// MB/s of UTF-8 input.
    public static let megabytesPerSecond = BenchmarkMetric.custom("MB/s (UTF-8 input)", polarity: .prefersLarger, useScalingFactor: false)
    /// Items (tokens, words) per second, in thousands.
    public static let kiloItemsPerSecond = BenchmarkMetric.custom("k items/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Registers `stage` under its name.
    public static func register(_ stage: Stage) {
        Benchmark(
            stage.name,
            configuration: .init(
                metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident,
                          megabytesPerSecond, kiloItemsPerSecond],
                maxDuration: .seconds(3),
                maxIterations: 50
            )
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                stage.prepare?()
                let start = now()
                blackHole(stage.run())
                let seconds = max(now() - start, 1e-9)
                benchmark.measurement(megabytesPerSecond, Int(Double(stage.inputBytes) / 1_000_000 / seconds))
                benchmark.measurement(kiloItemsPerSecond, Int(Double(stage.items) / 1000 / seconds))
            }
        }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
