import Foundation
import Testing

/// The version in `Sources/Slovo/Version.swift`, read from the source.
private func sourceVersion() throws -> String {
    let source = try String(contentsOf: CLI.root.appendingPathComponent("Sources/Slovo/Version.swift"), encoding: .utf8)
    let line = try #require(source.split(separator: "\n").first { $0.hasPrefix("public let version = ") })
    return String(line.split(separator: "\"")[1])
}

@Test func versionPrintsTheLibraryVersion() throws {
    let run = try CLI.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == "\(try sourceVersion())\n")
    #expect(run.stderr.isEmpty)
}

@Test func versionIsSemantic() throws {
    let parts = try sourceVersion().split(separator: ".", omittingEmptySubsequences: false)
    #expect(parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) })
}

@Test func dictionariesSearchesTheEnvironmentFirst() throws {
    let dir = try CLI.temporaryDirectory()
    try CLI.write("x", to: "a-test.bin", in: dir)
    try CLI.write("hidden", to: ".hidden", in: dir)
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    var environment = ProcessInfo.processInfo.environment
    environment["SLOVO_DICTIONARIES"] = dir.path

    let searched = try CLI.run(["dictionaries", "--searched"], environment: environment)
    #expect(searched.status == 0)
    #expect(searched.stdout.split(separator: "\n").first.map(String.init) == dir.path)

    let files = try CLI.run(["dictionaries"], environment: environment)
    #expect(files.status == 0)
    let lines = files.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains(dir.path + "/a-test.bin"))
    #expect(!lines.contains { $0.hasSuffix("/.hidden") || $0.hasSuffix("/sub") })
    // A debug build also searches the source tree: the data's README is found there.
    #expect(lines.contains(CLI.root.appendingPathComponent("Dictionaries/README.md").path))
}

@Test func changelogHasTheCurrentVersion() throws {
    let changelog = try String(contentsOf: CLI.root.appendingPathComponent("Sources/Slovo/Slovo.docc/Changelog.md"),
                               encoding: .utf8)
    let version = try sourceVersion()
    #expect(changelog.split(separator: "\n").contains { $0 == "## \(version)" || $0.hasPrefix("## \(version) ") })
}
