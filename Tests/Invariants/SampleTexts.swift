#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo

/// Real texts for property tests: the demo text in Examples/, and, when the shared data is
/// there (see ``sharedDirectory``; not in a user's clone), the scraped news page, documents from the start of
/// the 48 MB corpus and sentences of the UD files.
public enum SampleTexts {
    /// The package's root directory (found from this file's path).
    public static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/Invariants/SampleTexts.swift
        return parts.joined(separator: "/")
    }()

    /// The shared data: where the environment variable `SLOVO_SHARED` points, else `../shared`
    /// next to the package root; nil when it is not there (a user's clone).
    public static var sharedDirectory: String? {
        if let value = getenv("SLOVO_SHARED"), access(value, F_OK) == 0 { return String(cString: value) }
        let path = packageRoot + "/../shared"
        return access(path, F_OK) == 0 ? path : nil
    }

    /// The demo text and whatever of the shared samples is present: at most `documents` corpus
    /// documents (read from the first `corpusBytes` bytes) and `sentences` UD texts.
    public static func all(documents: Int = 200, corpusBytes: Int = 1 << 20, sentences: Int = 300) -> [String] {
        var texts: [String] = []
        if let demo = readFile(packageRoot + "/Examples/kaluga-it-cluster.txt") { texts.append(demo) }
        guard let shared = sharedDirectory else { return texts }
        if let page = readFile(shared + "/examples/scraped-news-page.txt") { texts.append(page) }
        if let corpus = readFile(shared + "/data/corpus/ru_corpus_48mb.txt", maxBytes: corpusBytes) {
            texts += corpus.split(separator: "\n\n").prefix(documents).map(String.init)
        }
        if let ud = readFile(shared + "/data/ud/ru_taiga-ud-dev.jsonl", maxBytes: 4 << 20) {
            for line in ud.split(separator: "\n").prefix(sentences) {
                if case .success(let value) = JSONInvariants.parse(Array(line.utf8)), let text = value["text"]?.stringValue {
                    texts.append(text)
                }
            }
        }
        return texts
    }

    /// The contents of a file as text (invalid UTF-8 repaired); when it is longer than
    /// `maxBytes`, its first `maxBytes` cut back to the last line feed. Nil when unreadable.
    public static func readFile(_ path: String, maxBytes: Int = Int.max) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < maxBytes {
            let n = fread(&chunk, 1, min(chunk.count, maxBytes - bytes.count), file)
            if n <= 0 { break }
            bytes += chunk[..<n]
        }
        if bytes.count >= maxBytes, let lastLineFeed = bytes.lastIndex(of: 0x0A) { bytes.removeSubrange((lastLineFeed + 1)...) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
