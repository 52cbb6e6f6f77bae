import Foundation

/// Runs the built `analyze` binary (next to the test bundle) with arguments and standard input.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    static var binary: URL {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On Linux the test binary is .build/<config>/SlovoPackageTests.xctest; on macOS it is a
        // bundle: .build/<config>/SlovoPackageTests.xctest/Contents/MacOS/SlovoPackageTests.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("analyze").path),
              dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("analyze")
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, cwd: URL? = nil, asUser user: String? = nil,
                    environment: [String: String]? = nil) throws -> CLIRun {
        let process = Process()
        if let user {
            // Drop root's privileges so that file permissions apply (`setpriv` from util-linux).
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes concurrently so that a large output cannot block the child.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        // A child that exits before reading all its input must not kill the test with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slovo-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension CLI {
    /// The project's `Tests/Fixtures` folder.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The project root.
    static var root: URL { fixtures.deletingLastPathComponent().deletingLastPathComponent() }

    /// Writes `contents` to `name` in `dir` and returns its path.
    @discardableResult
    static func write(_ contents: String, to name: String, in dir: URL) throws -> String {
        try write(Data(contents.utf8), to: name, in: dir)
    }

    @discardableResult
    static func write(_ data: Data, to name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// True when the tests run as root (permissions do not stop root from reading).
    static var isRoot: Bool { getuid() == 0 }
}

extension CLIRun {
    /// Standard output split into lines (without the final empty one).
    var lines: [Substring] {
        var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Standard error split into lines.
    var errorLines: [Substring] { stderr.split(separator: "\n") }

    /// Every output line parsed as a JSON object (a test fails on the first line that is not).
    func jsonLines() throws -> [[String: Any]] {
        try lines.map { line in
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            guard let object = value as? [String: Any] else { throw JSONShapeError(line: String(line)) }
            return object
        }
    }

    /// Standard output parsed as one JSON value.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    }
}

struct JSONShapeError: Error { var line: String }
