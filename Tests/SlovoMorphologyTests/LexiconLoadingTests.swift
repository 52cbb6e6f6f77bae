#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import SlovoMorphology

@Suite struct LexiconLoadingTests {
    @Test func theSourceTreeLexiconLoads() throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.source.contains("OpenCorpora"))
    }

    @Test func aMissingFolderIsAnErrorThatListsEveryPlaceSearched() {
        setenv("SLOVO_DICTIONARIES", "/nonexistent/env-folder", 1)
        defer { unsetenv("SLOVO_DICTIONARIES") }
        do {
            _ = try Lexicon(path: "/nonexistent/slovo/ru-lexicon.bin")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("/nonexistent/slovo/ru-lexicon.bin"))
        }
    }

    @Test func notFoundMessageNamesTheFileAndTheFolders() {
        let error = LexiconError.notFound("ru-lexicon.bin", searched: ["/a", "/b"])
        #expect(error.description.contains("ru-lexicon.bin"))
        #expect(error.description.contains("/a, /b"))
        #expect(error.description.contains("SLOVO_DICTIONARIES"))
    }

    @Test(arguments: [
        Array("not a lexicon at all".utf8),
        Array("SLOVOLEX".utf8) + [9, 0, 0, 0, 0, 0, 0, 0],
        Array("SLOVOLEX".utf8) + [2, 0, 0, 0, 200, 0, 0, 0],
        [UInt8](),
    ])
    func aMalformedFileIsAnErrorNotACrash(bytes: [UInt8]) throws {
        let path = "/tmp/slovo-malformed-\(getpid())-\(bytes.count).bin"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        defer { unlink(path) }
        #expect(throws: LexiconError.self) { try Lexicon(path: path) }
    }

    @Test func aTruncatedCopyOfTheRealFileIsAnError() throws {
        let lexicon = try #require(testLexicon)
        let source = open(lexicon.path, O_RDONLY)
        try #require(source >= 0)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(source, &buffer, buffer.count)
        close(source)
        let path = "/tmp/slovo-truncated-\(getpid()).bin"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = buffer.withUnsafeBytes { write(fd, $0.baseAddress, n) }
        close(fd)
        defer { unlink(path) }
        #expect(throws: LexiconError.self) { try Lexicon(path: path) }
    }

    @Test func theSharedLexiconIsLoadedOnce() throws {
        let a = try Lexicon.shared()
        let b = try Lexicon.shared()
        #expect(a.tables === b.tables)
    }
}
