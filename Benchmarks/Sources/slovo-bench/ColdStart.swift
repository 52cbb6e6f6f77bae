#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-process time and memory of `analyze FILE`, output to /dev/null.
struct ColdStart {
    let binary: String
    let file: String
    /// Median wall time of the timed runs, in milliseconds.
    var medianMilliseconds = 0.0
    /// Fastest run, in milliseconds.
    var bestMilliseconds = 0.0
    /// Largest peak resident memory of the runs, in bytes.
    var peakResidentBytes = 0
    /// Exit status of the last run.
    var status: Int32 = 0

    /// Runs the binary once to warm the file cache, then `runs` times measured.
    static func measure(binary: String, file: String, runs: Int = 7) -> ColdStart? {
        var result = ColdStart(binary: binary, file: file)
        var times: [Double] = []
        for run in 0...runs {
            guard let (seconds, peak, status) = spawn(binary, [file]) else { return nil }
            result.status = status
            if run == 0 { continue }
            times.append(seconds * 1000)
            result.peakResidentBytes = max(result.peakResidentBytes, peak)
        }
        times.sort()
        result.medianMilliseconds = times[times.count / 2]
        result.bestMilliseconds = times[0]
        return result
    }

    /// Runs `binary arguments` with standard output to /dev/null; returns wall seconds, the
    /// child's peak resident bytes and its exit status, or nil when it cannot start.
    static func spawn(_ binary: String, _ arguments: [String]) -> (Double, Int, Int32)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Runner.now()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Runner.now() - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (seconds, usage.ru_maxrss * 1024, exitStatus)
    }
}
