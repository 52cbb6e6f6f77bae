import Foundation
import Testing

/// The first document of a JSONL report run on `path`.
func reportLine(_ arguments: [String]) throws -> (CLIRun, [String: Any]?) {
    let run = try CLI.run(["--format", "jsonl"] + arguments)
    return (run, try run.jsonLines().first)
}

func firstWord(_ line: [String: Any]?) -> String? {
    ((line?["tokens"] as? [[String: Any]])?.first)?["text"] as? String
}

@Test(arguments: [
    ("kaluga-windows-1251.txt", "windows-1251", "Вологодские"),
    ("kaluga-koi8-r.txt", "KOI8-R", "Вологодские"),
    ("short-windows-1251.txt", "windows-1251", "Привет"),
    ("short-koi8-r.txt", "KOI8-R", "Привет"),
])
func legacyCyrillicEncodingsAreDetectedAndReported(file: String, encoding: String, word: String) throws {
    let path = CLI.fixtures.appendingPathComponent("encodings/\(file)").path
    let (run, line) = try reportLine([path])
    #expect(run.status == 0)
    #expect(line?["encoding"] as? String == encoding)
    #expect(firstWord(line) == word)
    let text = try CLI.run([path])
    #expect(text.stdout.contains("encoding  \(encoding)"))
}

@Test(arguments: ["kaluga-windows-1251.txt", "kaluga-koi8-r.txt"])
func longLegacyFilesAreDetectedToo(file: String) throws {
    let bytes = try Data(contentsOf: CLI.fixtures.appendingPathComponent("encodings/\(file)"))
    let dir = try CLI.temporaryDirectory()
    let long = try CLI.write(Data(repeating: 0, count: 0) + (0..<200).reduce(Data()) { data, _ in data + bytes }, to: "long.txt", in: dir)
    let (run, line) = try reportLine([long])
    #expect(run.status == 0)
    #expect(line?["encoding"] as? String == (file.contains("koi8") ? "KOI8-R" : "windows-1251"))
    // One byte per character in both encodings.
    #expect((line?["statistics"] as? [String: Any])?["characters"] as? Int == 200 * bytes.count)
}

@Test func utf8WithBOMAndUTF16ByBOMAreDecodedAndOffsetsSkipTheBOM() throws {
    let dir = try CLI.temporaryDirectory()
    let text = "Калуга — город."
    let utf8BOM = try CLI.write(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), to: "bom8.txt", in: dir)
    let le = try CLI.write(Data([0xFF, 0xFE]) + Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), to: "le.txt", in: dir)
    let be = try CLI.write(Data([0xFE, 0xFF]) + Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), to: "be.txt", in: dir)
    for (path, encoding) in [(utf8BOM, "UTF-8"), (le, "UTF-16LE"), (be, "UTF-16BE")] {
        let (run, line) = try reportLine([path])
        #expect(run.status == 0)
        #expect(line?["encoding"] as? String == encoding)
        let first = (line?["tokens"] as? [[String: Any]])?.first
        #expect(first?["start"] as? Int == 0 && first?["text"] as? String == "Калуга")
    }
}

@Test func encodingOptionOverridesDetection() throws {
    let path = CLI.fixtures.appendingPathComponent("encodings/kaluga-windows-1251.txt").path
    // Read as KOI8-R on purpose: mojibake, but what was asked for, and reported as such.
    let (run, line) = try reportLine(["--encoding", "KOI8-R", path])
    #expect(run.status == 0)
    #expect(line?["encoding"] as? String == "KOI8-R")
    #expect(firstWord(line) != "Вологодские")
    let unknown = try CLI.run(["--encoding", "no-such-charset", path])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("unknown encoding \"no-such-charset\""))
}

@Test func mostlyValidUTF8IsCorruptNotLegacyAndLossyRepairsIt() throws {
    let dir = try CLI.temporaryDirectory()
    var bytes = Array(try String(contentsOf: CLI.root.appendingPathComponent("Examples/kaluga-it-cluster.txt"), encoding: .utf8).utf8)
    let space = try #require(bytes[100...].firstIndex(of: 0x20))
    bytes[space] = 0xFF
    bytes[500] = 0xC0
    let path = try CLI.write(Data(bytes), to: "corrupt.txt", in: dir)
    let strict = try CLI.run([path])
    #expect(strict.status == 1)
    #expect(strict.stdout.isEmpty)
    #expect(strict.stderr.hasPrefix("analyze: \(path): invalid UTF-8 at byte \(space) "))
    let (lossy, line) = try reportLine(["--lossy", path])
    #expect(lossy.status == 0)
    #expect(line?["encoding"] as? String == "UTF-8")
    #expect((line?["replacements"] as? Int ?? 0) >= 2)
}

@Test func binaryFileIsAnError() throws {
    let dir = try CLI.temporaryDirectory()
    let path = try CLI.write(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), to: "a.out", in: dir)
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(run.stderr == "analyze: \(path): binary data (NUL byte at byte 7), not text\n")
}

@Test func encodingOptionWithJSONLIsAUsageError() throws {
    let run = try CLI.run(["--input", "jsonl", "--encoding", "KOI8-R"], stdin: Data())
    #expect(run.status == 2)
}
