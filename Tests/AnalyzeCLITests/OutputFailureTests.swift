import Foundation
import Testing

/// Runs the binary with standard output sent to `stdout` (a file handle) and returns the exit
/// status and standard error.
func runWithOutput(_ arguments: [String], stdout: FileHandle) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = arguments
    process.standardOutput = stdout
    let err = Pipe()
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
}

/// A JSONL file of `count` documents in a temporary directory.
func jsonlFile(count: Int) throws -> String {
    try CLI.write(batchInput(count: count, badEvery: count + 1), to: "batch.jsonl", in: try CLI.temporaryDirectory())
}

@Test func fullDiskIsReportedWithExitStatusOne() throws {
    let input = try jsonlFile(count: 300)
    for jobs in ["1", "2"] {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let (status, stderr) = try runWithOutput(["--input", "jsonl", "--format", "jsonl", "--jobs", jobs, input], stdout: full)
        #expect(status == 1)
        #expect(stderr.hasSuffix("analyze: cannot write output: No space left on device\n"))
        let text = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let (textStatus, _) = try runWithOutput([CLI.root.appendingPathComponent("Examples/kaluga-it-cluster.txt").path], stdout: text)
        #expect(textStatus == 1)
    }
}

@Test func closedPipeStopsTheRunWithAnErrorNotACrash() throws {
    let input = try jsonlFile(count: 3000)
    for jobs in ["1", "2"] {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["--input", "jsonl", "--format", "jsonl", "--jobs", jobs, input]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let first = out.fileHandleForReading.readData(ofLength: 1000)
        #expect(first.count == 1000)
        try out.fileHandleForReading.close()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: errData, as: UTF8.self).hasSuffix("analyze: output closed (broken pipe)\n"))
    }
}

@Test func fileOverItsSizeLimitIsCutBackToWholeDocuments() throws {
    let input = try jsonlFile(count: 2000)
    let dir = try CLI.temporaryDirectory()
    let output = dir.appendingPathComponent("out.jsonl").path
    // `ulimit -f` makes writes past 200 KiB fail (EFBIG) in the middle of some document.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "ulimit -f 200 && exec \"$0\" --input jsonl --format jsonl \"$1\" > \"$2\"", CLI.binary.path, input, output]
    let err = Pipe()
    process.standardError = err
    try process.run()
    let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(errText.hasSuffix("analyze: cannot write output: File too large\n"))
    let written = try String(contentsOfFile: output, encoding: .utf8)
    #expect(written.hasSuffix("\n"))
    let lines = written.split(separator: "\n")
    #expect(lines.count > 10)
    for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
}
