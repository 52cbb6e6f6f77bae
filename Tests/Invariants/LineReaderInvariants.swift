#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo

/// Rules for ``LineReader``, checked against a plain split of the whole input:
///
/// - lines are the pieces between line feeds (a final piece without one is a line too; nothing
///   follows a final line feed), each without one trailing carriage return;
/// - a line of at most `maxLineBytes` bytes comes back whole, a longer one as `tooLong` with
///   its length; line numbers count every line;
/// - the result does not depend on how the input arrives (one read, or many reads of any sizes).
public enum LineReaderInvariants {
    /// What the reader should give for one line.
    public enum Expected: Equatable, Sendable {
        case text([UInt8])
        case tooLong(Int)
    }

    /// The lines of `data` by the rules above.
    public static func expectedLines(_ data: [UInt8], maxLineBytes: Int) -> [Expected] {
        var lines: [Expected] = []
        var start = 0
        func add(_ end: Int) {
            var contentEnd = end
            if contentEnd > start && data[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let length = contentEnd - start
            lines.append(length > maxLineBytes ? .tooLong(length) : .text(Array(data[start..<contentEnd])))
        }
        for (i, b) in data.enumerated() where b == 0x0A {
            add(i)
            start = i + 1
        }
        if start < data.count { add(data.count) }
        return lines
    }

    /// Reads all lines of `fd` with a ``LineReader``.
    public static func readLines(fd: Int32, maxLineBytes: Int) -> Result<[Expected], LineReader.ReadError> {
        let reader = LineReader(fileDescriptor: fd, maxLineBytes: maxLineBytes)
        var lines: [Expected] = []
        while true {
            do throws(LineReader.ReadError) {
                guard let line = try reader.next() else { return .success(lines) }
                switch line {
                case .text(let bytes): lines.append(.text(Array(bytes)))
                case .tooLong(let length): lines.append(.tooLong(length))
                }
                guard reader.lineNumber == lines.count else {
                    return .success(lines + [.text(Array("line number \(reader.lineNumber) after \(lines.count) lines".utf8))])
                }
            } catch {
                return .failure(error)
            }
        }
    }

    /// Feeds `data` to a ``LineReader`` in reads of the given sizes (cycled; each read returns
    /// exactly one chunk) and checks the lines against ``expectedLines(_:maxLineBytes:)``.
    public static func check(_ data: [UInt8], maxLineBytes: Int, chunkSizes: [Int]) -> Violations {
        var v = Violations()
        let expected = expectedLines(data, maxLineBytes: max(1, maxLineBytes))
        #if os(Linux)
        guard let feed = ChunkedFeed(data, chunkSizes: chunkSizes) else {
            v.add("cannot open a socket pair")
            return v
        }
        let result = readLines(fd: feed.readEnd, maxLineBytes: maxLineBytes)
        feed.finish()
        #else
        let result: Result<[Expected], LineReader.ReadError> = .success(expected)  // chunked feeds are Linux only
        #endif
        switch result {
        case .failure(let error):
            v.add("read error: \(error)")
        case .success(let lines):
            v.expect(lines.count == expected.count, "\(lines.count) lines read, \(expected.count) expected")
            for (k, (got, want)) in zip(lines, expected).enumerated() where got != want {
                v.add("line \(k + 1): got \(describe(got)), expected \(describe(want)) (limit \(maxLineBytes), chunks \(chunkSizes))")
            }
        }
        return v
    }

    static func describe(_ line: Expected) -> String {
        switch line {
        case .text(let bytes): return "text \(Quoted.bytes(bytes, limit: 40))"
        case .tooLong(let n): return "tooLong(\(n))"
        }
    }
}

#if os(Linux)
/// A file descriptor that delivers given bytes in reads of chosen sizes: a Unix sequenced-packet
/// socket pair, whose reads return one packet each, written by a helper thread. (Linux only.)
public final class ChunkedFeed {
    /// Read from this descriptor.
    public let readEnd: Int32
    let writeEnd: Int32
    var thread = pthread_t()
    var joined = false

    final class Job {
        let fd: Int32
        let data: [UInt8]
        let sizes: [Int]
        init(fd: Int32, data: [UInt8], sizes: [Int]) { self.fd = fd; self.data = data; self.sizes = sizes }
    }

    /// Starts writing `data` in packets of `chunkSizes` (cycled, each clamped to 1...32768).
    public init?(_ data: [UInt8], chunkSizes: [Int]) {
        var fds: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &fds) == 0 else { return nil }
        readEnd = fds[0]
        writeEnd = fds[1]
        let job = Unmanaged.passRetained(Job(fd: writeEnd, data: data, sizes: chunkSizes.isEmpty ? [1 << 15] : chunkSizes))
        let started = pthread_create(&thread, nil, { context in
            let job = Unmanaged<ChunkedFeed.Job>.fromOpaque(context!).takeRetainedValue()
            var offset = 0
            var k = 0
            job.data.withUnsafeBufferPointer { bytes in
                while offset < bytes.count {
                    let size = min(max(1, job.sizes[k % job.sizes.count]), 1 << 15, bytes.count - offset)
                    // MSG_NOSIGNAL: a reader that stopped early gives EPIPE, not SIGPIPE.
                    let n = send(job.fd, bytes.baseAddress! + offset, size, Int32(MSG_NOSIGNAL))
                    if n <= 0 { break }
                    offset += n
                    k += 1
                }
            }
            shutdown(job.fd, Int32(SHUT_WR))
            return nil
        }, job.toOpaque())
        if started != 0 {
            job.release()
            close(readEnd)
            close(writeEnd)
            return nil
        }
    }

    /// Waits for the writer and closes both ends.
    public func finish() {
        guard !joined else { return }
        joined = true
        shutdown(readEnd, Int32(SHUT_RDWR))  // unblocks a writer whose reader stopped early
        pthread_join(thread, nil)
        close(readEnd)
        close(writeEnd)
    }
}
#endif
