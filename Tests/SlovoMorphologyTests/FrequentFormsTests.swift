import Foundation
import Testing
@testable import SlovoMorphology

/// The table of frequent forms (`ru-frequent-forms.bin`) gives exactly what the dictionary
/// lookup gives, and is used only with the lexicon it was made from.
@Suite struct FrequentFormsTests {
    /// A folder with the source tree's lexicon (a link) and no table beside it.
    static func lexiconWithoutTable() throws -> (Lexicon, String) {
        let lexicon = try #require(testLexicon)
        let folder = NSTemporaryDirectory() + "slovo-forms-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/" + LexiconFormat.fileName, withDestinationPath: lexicon.path)
        return (try Lexicon(path: folder + "/" + LexiconFormat.fileName), folder)
    }

    /// The word as UTF-8 text.
    static func text(_ word: WordCodes) -> String {
        var bytes: [UInt8] = []
        for i in 0..<word.count { Alphabet.appendUTF8(word.codes[i], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func theShippedTableMatchesTheShippedLexicon() throws {
        let lexicon = try #require(testLexicon)
        #expect(lexicon.hasFrequentForms, "Dictionaries/ru-frequent-forms.bin is missing or was made for another lexicon")
    }

    @Test func everyStoredWordHasTheReadingsTheLookupFinds() throws {
        let lexicon = try #require(testLexicon)
        let forms = try #require(lexicon.tables.frequentForms)
        var words = 0, readings = 0, differ: [String] = []
        forms.forEachWord { word, stored, scores in
            let (hits, expected) = FrequentFormsBuilder.readings(of: word, lexicon: lexicon)
            if hits != stored || expected.map(\.bitPattern) != scores.map(\.bitPattern), differ.count < 5 {
                differ.append(Self.text(word))
            }
            words += 1
            readings += stored.count
        }
        #expect(differ.isEmpty, "stored readings or scores differ from the lexicon's for \(differ): rebuild the table (slovo-train frequent-forms)")
        #expect(words == forms.count)
        #expect(words > 50_000 && readings > words)
    }

    @Test func analysesAreTheSameWithAndWithoutTheTable() throws {
        let with = try #require(testLexicon)
        let (without, folder) = try Self.lexiconWithoutTable()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(!without.hasFrequentForms)
        let words = ["и", "в", "стали", "Калуге", "ёлка", "елка", "всё", "все", "его", "её", "людей", "меня",
                     "рублевым", "вкладам", "директоров", "Вологодской", "области", "ИТ-директоров", "г.",
                     "гендиректор", "Логанцова", "превысокомногорассмотрительствующий", "qwerty", "сто", "т.е."]
        for word in words {
            #expect(with.analyses(of: word) == without.analyses(of: word), "\(word)")
        }
    }

    @Test func aTableMadeForAnotherLexiconIsNotUsed() throws {
        let lexicon = try #require(testLexicon)
        let folder = (lexicon.path as NSString).deletingLastPathComponent
        let table = folder + "/" + FrequentForms.fileName
        #expect(FrequentForms.load(path: table, lexicon: lexicon.tables.file) != nil)
        let other = try MappedFile(path: folder + "/ner-model.bin")
        #expect(FrequentForms.load(path: table, lexicon: other) == nil)
        #expect(FrequentForms.load(path: folder + "/no-such-table.bin", lexicon: lexicon.tables.file) == nil)
    }

    /// Offsets and forms are checked as they are read: a damaged table cannot make the lexicon
    /// read outside its files (a record damaged into another valid form gives that form).
    @Test func aDamagedTableIsReadSafely() throws {
        let with = try #require(testLexicon)
        let folder = (with.path as NSString).deletingLastPathComponent
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + FrequentForms.fileName)))
        // Overwrite the second half of the blob (records and keys) with 0xFF.
        let sectionCount = Int(bytes[12]) | Int(bytes[13]) << 8
        for i in 0..<sectionCount where bytes[16 + 12 * i ..< 20 + 12 * i].elementsEqual("FRMB".utf8) {
            func u32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
            let offset = u32(20 + 12 * i), length = u32(24 + 12 * i)
            for k in (offset + length / 2)..<(offset + length) { bytes[k] = 0xFF }
        }
        let (damaged, scratch) = try Self.lexiconWithoutTable()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try Data(bytes).write(to: URL(fileURLWithPath: scratch + "/" + FrequentForms.fileName))
        let reloaded = try Lexicon(path: scratch + "/" + LexiconFormat.fileName)
        #expect(reloaded.hasFrequentForms && !damaged.hasFrequentForms)
        var checked = 0, same = 0
        with.tables.frequentForms?.forEachWord { word, _, _ in
            guard checked < 3_000 else { return }
            checked += 1
            let text = Self.text(word)
            let analyses = reloaded.analyses(of: text)
            #expect(!analyses.isEmpty, "\(text)")
            for a in analyses { _ = reloaded.lemma(of: a) }
            if analyses == with.analyses(of: text) { same += 1 }
        }
        #expect(checked == 3_000)
        // Entries in the untouched half, and damaged ones refused, give the lookup's analyses.
        #expect(same > checked / 2)
    }

    @Test func theBuilderIsDeterministicAndItsTableAnswers() throws {
        let lexicon = try #require(testLexicon)
        let text = "Мама мыла раму. Мама мыла раму, а папа читал. Раму мыла мама."
        func build() -> [UInt8] {
            var builder = FrequentFormsBuilder(lexicon: lexicon)
            for word in text.split(whereSeparator: { !$0.isLetter }) {
                var w = String(word)
                w.withUTF8 { builder.add(utf8: $0) }
            }
            return builder.fileBytes(limit: 3, minimumCount: 2)
        }
        let bytes = build()
        #expect(bytes == build())
        let (without, folder) = try Self.lexiconWithoutTable()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + FrequentForms.fileName
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (file, forms) = try #require(FrequentForms.load(path: path, lexicon: without.tables.file))
        defer { withExtendedLifetime(file) {} }
        // "мама", "мыла", "раму" three times each; "папа" once (under the minimum).
        #expect(forms.count == 3)
        var stored: [String] = []
        forms.forEachWord { word, _, _ in stored.append(Self.text(word)) }
        #expect(stored.sorted() == ["мама", "мыла", "раму"])
    }
}
