#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo

/// The lexicon the morphology stages use, loaded once, with what the loading cost.
public struct LexiconInputs: Sendable {
    /// The loaded lexicon.
    public let lexicon: Lexicon
    /// Wall time of `Lexicon(path:)` (map and check the file), in seconds.
    public let loadSeconds: Double
    /// Growth of this process's resident memory over the load, in bytes.
    public let loadResidentBytes: Int?

    /// The process-wide lexicon (`Lexicon.shared()`, which `Analyzer.standard()` uses too, so
    /// that one mapping serves every stage), and the cost of loading it, measured on a second,
    /// separate load of the same file; nil with the reason when it cannot be loaded.
    public static func load() -> Result<LexiconInputs, LexiconError> {
        let lexicon: Lexicon
        do { lexicon = try Lexicon.shared() } catch { return .failure(error) }
        let before = MemoryFootprint.residentBytes()
        let start = Clock.now()
        let timed: Lexicon
        do { timed = try Lexicon(path: lexicon.path) } catch { return .failure(error) }
        let seconds = Clock.now() - start
        let after = MemoryFootprint.residentBytes()
        withExtendedLifetime(timed) {}
        let growth = before.flatMap { b in after.map { $0 - b } }
        return .success(LexiconInputs(lexicon: lexicon, loadSeconds: seconds, loadResidentBytes: growth))
    }

    /// Resident bytes of the lexicon's mapped file now (what the stages made resident).
    public var mappedResidentBytes: Int? {
        MemoryFootprint.residentBytes(ofMappedFile: "/" + (lexicon.path.split(separator: "/").last.map(String.init) ?? ""))
    }
}

/// Monotonic time.
public enum Clock {
    /// Seconds since an arbitrary start.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU time of the calling thread, in seconds: unlike wall time, it does not count the
    /// time other processes on the machine take from this thread.
    public static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
