#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress line on standard error (only when it is a terminal) and the summary line at
/// the end of a batch.
///
/// The summary is written when standard error is a terminal, or when some documents of a
/// batch failed (so a log says how many); a clean run in a pipeline stays silent, and so does
/// a single document, whose error line says it all.
struct ProgressMeter {
    let totalBytes: Int?
    let enabled: Bool
    let start = ProgressMeter.now()
    var documents = 0
    var bytes = 0
    var lastDraw = 0.0
    var drawn = false

    init(totalBytes: Int?, enabled: Bool = isTerminal(2)) {
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    mutating func advance(documents: Int, bytes: Int) {
        self.documents += documents
        self.bytes += bytes
        guard enabled else { return }
        let now = ProgressMeter.now()
        if now - lastDraw >= 0.1 {
            lastDraw = now
            draw(now)
        }
    }

    /// The progress text: documents, MB, MB/s, and with a known total a bar and the ETA.
    func line(_ now: Double) -> String {
        let elapsed = max(now - start, 1e-6)
        let megabytes = Double(bytes) / 1e6
        let rate = megabytes / elapsed
        var text = "\(documents) documents  \(Self.decimal(megabytes)) MB  \(Self.decimal(rate)) MB/s"
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let remaining = rate > 0 ? (Double(totalBytes - min(bytes, totalBytes)) / 1e6) / rate : 0
            text = "[\(bar)] \(Int(fraction * 100))%  " + text + "  ETA \(Self.duration(remaining))"
        }
        return text
    }

    mutating func draw(_ now: Double) {
        writeStandardError(Array(("\r\u{1B}[K" + line(now)).utf8))
        drawn = true
    }

    /// Erases the progress line (before an error message).
    mutating func clear() {
        guard drawn else { return }
        writeStandardError(Array("\r\u{1B}[K".utf8))
        drawn = false
        lastDraw = 0
    }

    /// Erases the progress line and writes the summary when it is due.
    mutating func finish(documents: Int, failures: Int) {
        clear()
        guard enabled || (failures > 0 && documents > 1) else { return }
        let elapsed = ProgressMeter.now() - start
        let megabytes = Double(bytes) / 1e6
        printError("\(documents) document\(documents == 1 ? "" : "s"): \(documents - failures) analysed, \(failures) failed; "
                   + "\(Self.decimal(megabytes)) MB in \(Self.decimal(elapsed)) s (\(Self.decimal(megabytes / max(elapsed, 1e-6))) MB/s)")
    }

    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let minutes = s / 60, rest = s % 60
        return "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
