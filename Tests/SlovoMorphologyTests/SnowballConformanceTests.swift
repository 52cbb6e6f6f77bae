import Foundation
import Testing
import SlovoMorphology

/// Where the Snowball test vocabulary lies: `$SLOVO_SHARED/data/snowball` when that variable is
/// set, else `../shared/data/snowball` next to the package root.
enum SnowballData {
    static let directory: URL = {
        if let shared = ProcessInfo.processInfo.environment["SLOVO_SHARED"], !shared.isEmpty {
            return URL(fileURLWithPath: shared).appendingPathComponent("data/snowball")
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/data/snowball").standardized
    }()
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("voc.txt").path)
    }

    static func lines(_ name: String) throws -> [Substring] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).map { $0 }
    }
}

@Test("the committed sample of the Snowball vocabulary stems to the reference")
func conformsOnCommittedSample() {
    let stemmer = RussianStemmer()
    var checked = 0
    var mismatches: [String] = []
    for line in snowballSample.split(separator: "\n") {
        let parts = line.split(separator: " ")
        let stem = stemmer.stem(parts[0])
        if stem != parts[1] { mismatches.append("\(parts[0]) -> \(stem), expected \(parts[1])") }
        checked += 1
    }
    #expect(checked > 3000)
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(20))")
}

@Test("every line of the Snowball vocabulary stems to the same line of output.txt",
      .enabled(if: SnowballData.isPresent, "../shared/data/snowball (or $SLOVO_SHARED) is not present: full conformance check skipped"))
func conformsOnFullVocabulary() throws {
    let words = try SnowballData.lines("voc.txt")
    let stems = try SnowballData.lines("output.txt")
    #expect(words.count == 49_785)
    #expect(stems.count == words.count)
    let stemmer = RussianStemmer()
    var mismatches: [String] = []
    for (word, expected) in zip(words, stems) {
        let stem = stemmer.stem(word)
        if stem != expected { mismatches.append("\(word) -> \(stem), expected \(expected)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(20))")
}
