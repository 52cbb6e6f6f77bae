#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs of the ordo-one suites, prepared once per suite process: a slice of the shared
/// corpus (`$SLOVO_SHARED`, else `../../shared` from the Benchmarks folder, where
/// `swift package benchmark` runs) or a generated text; `$SLOVO_BENCH_MEGABYTES` sets the
/// slice's size (default 4).
public enum SuiteInputs {
    /// The prepared inputs.
    nonisolated(unsafe) public static let standard: StageInputs = {
        let megabytes = getenv("SLOVO_BENCH_MEGABYTES").flatMap { Double(String(cString: $0)) } ?? 4
        let shared = getenv("SLOVO_SHARED").map { String(cString: $0) } ?? "../../shared"
        return StageInputs(text: BenchText.load(sharedDirectory: shared, maxBytes: Int(megabytes * 1_048_576)),
                           sharedDirectory: shared)
    }()

    /// The stages with these names, in the order given.
    public static func stages(named names: [String]) -> [Stage] {
        let all = Stages.all(standard)
        return names.compactMap { name in all.first { $0.name == name } }
    }
}
