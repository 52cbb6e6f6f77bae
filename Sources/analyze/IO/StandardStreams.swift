#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to a file descriptor that reports failures (a closed pipe, a full disk)
/// instead of dying on SIGPIPE or losing output silently. Used from one thread at a time.
final class OutputStream: @unchecked Sendable {
    let fd: Int32
    var buffer: [UInt8] = []
    let flushThreshold: Int
    /// The first write error, once one happened; nothing more is written after it.
    private(set) var failure: String?

    init(fd: Int32, flushThreshold: Int = 1 << 16) {
        self.fd = fd
        self.flushThreshold = flushThreshold
        buffer.reserveCapacity(flushThreshold * 2)
    }

    static let standardOutput = OutputStream(fd: 1)

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Writes the buffer out; on error records it and drops the rest.
    func flush() {
        guard failure == nil else { buffer.removeAll(keepingCapacity: true); return }
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno == EPIPE ? "output closed (broken pipe)" : "cannot write output: \(String(cString: strerror(errno)))"
                    return
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One line to standard error.
func printError(_ message: String) {
    var line = "analyze: " + message
    if !line.hasSuffix("\n") { line += "\n" }
    var bytes = Array(line.utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
    }
}

/// Makes a failed write to a closed pipe an error return (EPIPE) rather than a signal.
func ignoreSIGPIPE() {
    signal(SIGPIPE, SIG_IGN)
}
