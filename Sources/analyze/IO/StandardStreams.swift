#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to a file descriptor that reports failures (a closed pipe, a full disk)
/// instead of dying on SIGPIPE or losing output silently. Used from one thread at a time.
///
/// Output is never left with half a document: the writer marks where each document ends
/// (``markDocumentEnd()``), and when a write fails on a regular file, the file is cut back to
/// the end of the last document written whole.
final class OutputStream: @unchecked Sendable {
    let fd: Int32
    var buffer: [UInt8] = []
    let flushThreshold: Int
    /// The first write error, once one happened; nothing more is written after it.
    private(set) var failure: String?
    /// Where our output started in a regular file (nil for pipes, terminals, devices).
    private let fileStart: Int?
    /// Bytes written to `fd` so far.
    private var flushed = 0
    /// Ends of documents in the buffer (offsets into `buffer`), and the last one written.
    private var documentEnds: [Int] = []
    private var lastDocumentEnd = 0

    init(fd: Int32, flushThreshold: Int = 1 << 16) {
        self.fd = fd
        self.flushThreshold = flushThreshold
        buffer.reserveCapacity(flushThreshold * 2)
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG {
            let append = fcntl(fd, F_GETFL) & O_APPEND != 0
            let position = lseek(fd, 0, SEEK_CUR)
            fileStart = append ? Int(info.st_size) : (position >= 0 ? Int(position) : nil)
        } else {
            fileStart = nil
        }
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

    /// Marks the end of a whole document in what was written so far.
    func markDocumentEnd() {
        documentEnds.append(buffer.count)
    }

    /// Writes the buffer out; on error records it, cuts a regular file back to the last whole
    /// document, and drops the rest.
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
        if let lastWhole = documentEnds.last(where: { $0 <= offset }) { lastDocumentEnd = flushed + lastWhole }
        flushed += offset
        if failure != nil, let fileStart, flushed > lastDocumentEnd {
            _ = ftruncate(fd, off_t(fileStart + lastDocumentEnd))
        }
        documentEnds.removeAll(keepingCapacity: true)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One line to standard error, written with a single `write` so that lines never mix.
/// Control characters and escape sequences in the message (which names inputs) are
/// neutralized.
func printError(_ message: String) {
    var line = "analyze: " + TerminalText.neutralized(message.hasSuffix("\n") ? String(message.dropLast()) : message)
    line += "\n"
    writeStandardError(Array(line.utf8))
}

/// Writes bytes to standard error, retrying on interruption.
func writeStandardError(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
    }
}

/// Makes a failed write an error return rather than a signal that kills the process: EPIPE
/// on a closed pipe (SIGPIPE), EFBIG over the file size limit (SIGXFSZ).
func ignoreWriteSignals() {
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
}

/// Whether file descriptor `fd` is a terminal.
func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
