import Foundation
import Testing

// Every row of the README's bad-input table has an end-to-end test:
//   missing file ........................ missingFileIsAnInputErrorNamingThePath (ExitCodeTests)
//   binary file ......................... binaryFileIsAnError (EncodingTests)
//   invalid UTF-8, --lossy .............. mostlyValidUTF8IsCorruptNotLegacyAndLossyRepairsIt (EncodingTests)
//   undetectable legacy text ............ veryShortLegacyTextNeedsTheEncodingOption (here)
//   unknown --encoding .................. encodingOptionOverridesDetection (EncodingTests)
//   empty file .......................... emptyFileIsAValidEmptyReport (here)
//   file over --max-document-bytes ...... oversizedTextFileIsAnErrorAndNotReadWhole (InputKindTests)
//   unreadable file in a directory ...... unreadableFileInADirectoryFailsAloneAndTheRestIsAnalysed (InputKindTests)
//   links, loops, FIFOs, devices ........ directoryHazardsAreReportedAndSkippedWithoutBlocking (InputKindTests)
//   malformed JSONL line ................ jsonlBatchKeepsOrderAndReportsMalformedLines (ExitCodeTests)
//   JSONL: deep nesting, long line, long
//   number, duplicate key, text not a
//   string, not an object ............... adversarialJSONLLinesAreErrorsAndTheBatchGoesOn (BatchTests)
//   unknown option, bad value ........... invalidJobsAndUnknownOptionsAreUsageErrors (BatchTests)
//   closed output pipe .................. closedPipeStopsTheRunWithAnErrorNotACrash (OutputFailureTests)
//   full disk, file size limit .......... fullDiskIsReportedWithExitStatusOne, fileOverItsSizeLimitIsCutBackToWholeDocuments
//   data files missing .................. .ci/steps/20-install (an installed binary without its share/slovo/Dictionaries)

@Test func emptyFileIsAValidEmptyReport() throws {
    let dir = try CLI.temporaryDirectory()
    let path = try CLI.write("", to: "empty.txt", in: dir)
    let run = try CLI.run(["--format", "jsonl", path])
    #expect(run.status == 0)
    let line = try #require(try run.jsonLines().first)
    #expect((line["tokens"] as? [Any])?.isEmpty == true)
    #expect((line["statistics"] as? [String: Any])?["characters"] as? Int == 0)
    #expect(try CLI.run([path]).status == 0)
    #expect(try CLI.run(["--format", "html", path]).status == 0)
}

@Test func veryShortLegacyTextNeedsTheEncodingOption() throws {
    let dir = try CLI.temporaryDirectory()
    let path = try CLI.write(Data([0xC4, 0xE0]), to: "da.txt", in: dir)  // "Да" in Windows-1251
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("invalid UTF-8 at byte 0 (use --lossy to replace bad bytes with U+FFFD, or --encoding NAME)"))
    let (given, line) = try reportLine(["--encoding", "windows-1251", path])
    #expect(given.status == 0)
    #expect(firstWord(line) == "Да")
}
