#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with bounded memory: a line longer than the limit is
/// skipped (and reported as such) without ever being held whole.
public final class LineReader {
    /// What ``next()`` returns.
    public enum Line {
        /// A line without its line feed (and without a final carriage return). The buffer is
        /// valid until the next call to ``LineReader/next()``.
        case text(UnsafeBufferPointer<UInt8>)
        /// A line longer than the limit; its length in bytes.
        case tooLong(Int)
    }

    /// A read error (errno).
    public struct ReadError: Error, CustomStringConvertible {
        /// The `errno` value of the failed read.
        public var code: Int32
        public var description: String { String(cString: strerror(code)) }
    }

    let fd: Int32
    let maxLineBytes: Int
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var start = 0
    var end = 0
    var eof = false
    /// The last byte dropped while skipping an over-long line (to leave a final CR uncounted).
    var lastSkippedByte: UInt8 = 0
    /// 1-based number of the last line returned.
    public private(set) var lineNumber = 0

    /// Reads from `fd` (not closed by the reader); lines over `maxLineBytes` are reported.
    public init(fileDescriptor fd: Int32, maxLineBytes: Int) {
        self.fd = fd
        self.maxLineBytes = max(1, maxLineBytes)
        capacity = 1 << 16
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The next line, or nil at the end of the input. O(line length).
    public func next() throws(ReadError) -> Line? {
        var scanFrom = start
        var skipping = false
        var skipped = 0
        while true {
            // Look for a line feed in what is buffered.
            if let nl = findNewline(from: scanFrom) {
                lineNumber += 1
                if skipping {
                    let lastByte = nl > start ? buffer[nl - 1] : lastSkippedByte
                    let length = skipped + (nl - start) - (lastByte == 0x0D ? 1 : 0)
                    start = nl + 1
                    return .tooLong(length)
                }
                var lineEnd = nl
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = UnsafeBufferPointer(start: buffer + start, count: lineEnd - start)
                start = nl + 1
                if line.count > maxLineBytes { return .tooLong(line.count) }
                return .text(line)
            }
            if eof {
                guard end > start || skipping else { return nil }
                lineNumber += 1
                if skipping {
                    let lastByte = end > start ? buffer[end - 1] : lastSkippedByte
                    let length = skipped + (end - start) - (lastByte == 0x0D ? 1 : 0)
                    start = end
                    return .tooLong(length)
                }
                var lineEnd = end
                if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = UnsafeBufferPointer(start: buffer + start, count: lineEnd - start)
                start = end
                if line.count > maxLineBytes { return .tooLong(line.count) }
                return .text(line)
            }
            // The pending line is over the limit (a last byte may be the CR of a CR LF, which is
            // not part of the line): drop what we have and keep skipping.
            if end - start > maxLineBytes + 1 {
                skipping = true
                skipped += end - start
                lastSkippedByte = buffer[end - 1]
                start = 0
                end = 0
            }
            let scanned = end - start
            try fill()
            scanFrom = start + scanned
        }
    }

    /// Whether a whole line is already buffered, so that ``next()`` returns without reading
    /// (a streaming caller flushes its output before a call that may block). O(line length).
    public var hasBufferedLine: Bool { eof ? end > start : findNewline(from: start) != nil }

    func findNewline(from: Int) -> Int? {
        var i = from
        while i < end {
            if buffer[i] == 0x0A { return i }
            i += 1
        }
        return nil
    }

    /// Moves pending bytes to the front, grows the buffer when needed and reads more.
    func fill() throws(ReadError) {
        if start > 0 {
            let pending = end - start
            if pending > 0 { memmove(buffer, buffer + start, pending) }
            end = pending
            start = 0
        }
        if capacity - end < (1 << 15) {
            let newCapacity = capacity * 2
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        while true {
            let n = read(fd, buffer + end, capacity - end)
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if n == 0 { eof = true }
            end += n
            return
        }
    }
}
