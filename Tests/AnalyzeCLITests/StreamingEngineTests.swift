import Foundation
import Testing

/// Reads one line from `fd`, waiting at most `timeout` seconds; nil at the end or on timeout.
func readLine(_ fd: Int32, buffer: inout [UInt8], timeout: Double) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if let newline = buffer.firstIndex(of: 0x0A) {
            let line = String(decoding: buffer[..<newline], as: UTF8.self)
            buffer.removeFirst(newline + 1)
            return line
        }
        let remaining = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, remaining) > 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let n = read(fd, &chunk, chunk.count)
        guard n > 0 else { return nil }
        buffer += chunk[..<n]
    }
}

/// Hadoop Streaming and Spark `pipe()` feed a worker lines on standard input and read its
/// lines as they come. Here each line is sent only after the answer to the previous one
/// arrived: a worker that buffered its output would stall this test.
@Test(arguments: ["1", "2"])
func streamingWorkerAnswersEachLineBeforeTheNextArrives(jobs: String) throws {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["--input", "jsonl", "--format", "jsonl", "--jobs", jobs]
    let input = Pipe(), output = Pipe(), err = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = err
    try process.run()
    var buffer: [UInt8] = []
    let fd = output.fileHandleForReading.fileDescriptor
    for k in 1...20 {
        let line = k % 7 == 0 ? "{\"id\": \(k), \"text\": broken\n" : "{\"id\": \(k), \"text\": \"Строка \(k). Калуга.\", \"key\": \"k\(k)\"}\n"
        try input.fileHandleForWriting.write(contentsOf: Data(line.utf8))
        let answer = try #require(readLine(fd, buffer: &buffer, timeout: 20), "no answer to line \(k)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])
        if k % 7 == 0 {
            #expect(object["error"] as? String != nil)
        } else {
            #expect(object["id"] as? Int == k)
            #expect(object["key"] as? String == "k\(k)")
        }
    }
    try input.fileHandleForWriting.close()
    #expect(readLine(fd, buffer: &buffer, timeout: 20) == nil)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)  // lines 7 and 14 failed
}
