import Testing
import SlovoText

// The fast word segmenter must give exactly ICU's segments (boundaries and rule statuses,
// before any Russian rule) on every text. These tests compare the two on hard cases, on every
// short string over a representative alphabet, on seeded random mixtures, on long texts that
// exercise chunking and long ICU regions, and on the shared corpus.

/// Named hard cases: everything the byte scanner must either decide like ICU or hand to ICU.
let hardSegmentationCases: [String] = [
    // combining marks, soft hyphens, joiners, variation selectors: they attach to what precedes
    "Во́дская пяти́на", "а\u{301}\u{301}б", "\u{301}начало", " \u{301} ", "1\u{301}2", ".\u{301}a",
    "a.\u{301}b", "1,\u{301}5", "и\u{306}од", "е\u{308}лка", "ин\u{AD}форма\u{AD}ция", "a\u{AD}", "\u{AD}a",
    "a\u{200D}b", "a\u{200C}b", "a\u{200B}b", "a\u{2060}b", "\u{FEFF}текст", "a\u{FE0F}b", "a\u{E0100}b",
    "\n\u{301}x", "\r\n\u{301}", "a \u{200D}", "«\u{301}»", "—\u{301}", "\u{A0}\u{301}",
    // apostrophes, quotes and the Mid classes between letters and digits
    "don't", "д'Артаньян", "O’Neil", "rock ’n’ roll", "'quoted'", "a''b", "1'000'000", "l'été",
    "3,5", "3.5", "3,5,7", "1.2.3", "1;2", "a;b", "a:b", "12:30", "a·b", "1·2", "ab.", ".ab", "a..b",
    "1,,2", "e.g.", "т.е.", "U.S.A.", "a.1", "1.a", "a1.2", "ab12", "12ab", "Москва2024", "1’000", "a‘b",
    "x\"y", "\"a\"", "a\u{2024}b", "a\u{FE52}b", "1\u{FF0C}2", "a\u{FF1A}b", "a\u{FE55}b", "1\u{2044}2",
    // ExtendNumLet
    "foo_bar", "_foo", "foo_", "__init__", "1_000", "a_1", "_1", "1_", "_", "__", "a\u{202F}b",
    "1\u{202F}000", "a\u{203F}b", "カ_カ", "_カ",
    // spaces of all kinds
    "a  b", "a\u{2009}b", "a \u{2009} b", "a\u{3000}b", "a\u{A0}b", "a\u{A0}\u{A0}b", "a\t\tb", "  \u{200D}",
    " \u{2009}", "\u{2009} ", "\u{1680}x", "a\u{2007}b", "a\u{202F}\u{202F}b",
    // line ends
    "a\r\nb", "a\rb", "a\n\nb", "\r\n\r\n", "\r\r\n", "a\u{85}b", "a\u{2028}b", "a\u{2029}b", "a\u{0B}b",
    "a\u{0C}b", "\r\n\u{200D}", "x\r", "\r",
    // emoji: modifiers, ZWJ sequences, flags, keycaps, text-style pictographs
    "👍", "👍🏽", "👨‍👩‍👧", "🤷‍♀️ ну", "❤️", "1️⃣", "#️⃣", "*️⃣", "🇷🇺", "🇷🇺🇺🇸", "🇷🇺🇺", "a🇷🇺b",
    "©", "a©b", "\u{200D}©", "a\u{200D}👍", "☝🏻", "🏳️‍🌈", "™", "a\u{200D}™", "‼️", "😍😍😍", "👍.",
    // non-BMP letters and digits
    "𝐀𝐁𝐂", "a𝟏b", "𐌰𐌱𐌲", "𝟏𝟐𝟑", "𝟏,𝟐",
    // mixed scripts and other digits
    "IT-центр", "iPhone12", "COVID-19", "αβγ δεζ", "abcαβγ", "Ωмега", "ⅫⅬ", "½", "²³", "١٢٣", "a١",
    "٣٫٥", "Ѣѣ Ѳѳ Ѵѵ", "ӕ҂ѣ", "ґ ї є", "Ҹ ӂ", "а\u{483}б",
    // right-to-left text, bidi controls
    "שלום עולם", "צה\"ל", "ש'", "a\"ב", "ש\"a", "ש\"", "\"ש", "מ'ש", "مرحبا بالعالم", "\u{200F}עברית\u{200F}",
    "a\u{200F}b", "a\u{202E}b\u{202C}", "a\u{2066}b\u{2069}",
    // Kana, ideographs, Hangul, Thai (dictionary-based breaking)
    "カタカナ", "ひらがな", "漢字テスト", "日本語の文章です。", "中文句子。", "한국어 문장", "ภาษาไทยง่าย",
    "ພາສາລາວ", "ማማ", "ｶﾀｶﾅ", "abcカタカナ", "123カタ",
    // the '@' tailoring, addresses
    "@имя", "a@b.ru", "@@", "@", "#тег", "x@", "@1", "1@", "@\u{301}", "info@corp.ru.",
    "https://example.ru/a?b=1&c=2#x", "www.site.ru", "сайт.рф/путь",
    // controls and odd characters
    "a\u{0}b", "\u{1}\u{2}", "a\u{7F}b", "a\u{FFFD}b", "a\u{E000}b", "\u{10FFFF}",
]

@Test func hardCasesSegmentLikeICU() {
    for text in hardSegmentationCases {
        let result = SegmentComparison.compare(text)
        #expect(result.differences == 0, "\(text.debugDescription): \(result)")
    }
    // All of them again in one text, each followed by the others.
    let result = SegmentComparison.compare(hardSegmentationCases.joined(separator: ""))
    print("hard cases (\(hardSegmentationCases.count), joined): \(result)")
    #expect(result.differences == 0, "\(result)")
}

@Test func everyASCIIAndFastCharacterBetweenLettersAndDigitsSegmentsLikeICU() {
    // Every scalar up to U+24FF (the fast path's characters and their neighbours) and a few
    // beyond, in the contexts where word-break rules look at neighbours.
    var scalars: [Unicode.Scalar] = (0..<0x2500).compactMap { Unicode.Scalar($0) }
    scalars += [0x3000, 0xFE52, 0xFF0C, 0xFF0E, 0x1F44D, 0x1F1F7].compactMap { Unicode.Scalar($0) }
    let contexts = ["a_b", "1_2", "Я_я", "a_", "_a", "1_", "_1", "__", "a__b", "1__2", "_", " _ ", "a_1",
                    "1_a", "é_é", "\u{301}_", "_\u{301}", "а_\u{301}б", "ש_ש", "@_@"]
    var texts: [String] = []
    for scalar in scalars where scalar != "\n" && scalar != "\r" {
        for context in contexts {
            texts.append(context.replacingUnderscores(with: scalar))
        }
    }
    let result = SegmentComparison.compare(joinedByLineFeeds(texts))
    print("every scalar below U+2500 in \(contexts.count) contexts: \(result)")
    #expect(result.differences == 0, "\(result)")
}

@Test func everyShortStringOverARepresentativeAlphabetSegmentsLikeICU() {
    // One or two characters of every class the scanner knows, and unknown ones around them.
    let alphabet = ["a", "Я", "1", " ", ".", ",", "'", ":", "@", "_", "\u{301}", "é", "ά", "-", "\u{200D}", "\u{2009}"]
    var texts: [String] = []
    func extend(_ prefix: String, _ length: Int) {
        if !prefix.isEmpty { texts.append(prefix) }
        guard length > 0 else { return }
        for a in alphabet { extend(prefix + a, length - 1) }
    }
    extend("", 4)
    let result = SegmentComparison.compare(joinedByLineFeeds(texts))
    print("every string of 1-4 characters over \(alphabet.count): \(result)")
    #expect(result.differences == 0, "\(result)")
    #expect(texts.count == 16 + 256 + 4096 + 65536)

    // Hebrew quotes, regional indicators, emoji and ZWJ, up to five characters.
    let second = ["ש", "\"", "'", "a", "🇷", "👍", "\u{200D}", "1"]
    texts = []
    func extend2(_ prefix: String, _ length: Int) {
        if !prefix.isEmpty { texts.append(prefix) }
        guard length > 0 else { return }
        for a in second { extend2(prefix + a, length - 1) }
    }
    extend2("", 5)
    let result2 = SegmentComparison.compare(joinedByLineFeeds(texts))
    print("every string of 1-5 characters over \(second.count): \(result2)")
    #expect(result2.differences == 0, "\(result2)")
}

@Test func seededRandomMixturesSegmentLikeICU() {
    var generator = SeededGenerator(seed: 29)
    var texts: [String] = []
    for _ in 0..<400 {
        texts.append(RandomText.mixture(length: Int.random(in: 1...600, using: &generator), using: &generator))
    }
    let result = SegmentComparison.compare(joinedByLineFeeds(texts))
    print("400 seeded mixtures: \(result)")
    #expect(result.differences == 0, "\(result)")
    // A long one without line feeds: chunks are cut after spaces.
    let long = RandomText.mixture(length: 400_000, lineFeeds: false, using: &generator)
    let longResult = SegmentComparison.compare(long)
    print("one long mixture: \(longResult)")
    #expect(longResult.differences == 0, "\(longResult)")
}

@Test func longTextsAcrossChunksAndLongICURegionsSegmentLikeICU() {
    let cases: [(String, String)] = [
        ("Russian prose, one line", String(repeating: "Слово за слово, 3,5 процента — «цитата». ", count: 8000)),
        ("no white space at all", String(repeating: "слово-слово.", count: 30000)),
        ("Greek, one line: one long ICU region", String(repeating: "αβγ δεζ ηθι. ", count: 25000)),
        ("a letter with 300 KiB of marks: one giant segment", "a" + String(repeating: "\u{301}", count: 150_000) + " b"),
        ("Thai, one line", String(repeating: "ภาษาไทยง่ายนิดเดียว ", count: 6000)),
        ("ideographs, one line", String(repeating: "日本語の文章です。中文句子。", count: 8000)),
        ("dots", String(repeating: ".", count: 300_000)),
        ("spaces", "a" + String(repeating: " ", count: 300_000) + "b"),
        ("digits with commas", String(repeating: "1,", count: 150_000) + "1"),
        ("mixed marks every 100 KiB", (0..<5).map { _ in String(repeating: "слово ", count: 9000) + "е\u{301}" }.joined()),
    ]
    for (name, text) in cases {
        let result = SegmentComparison.compare(text)
        print("\(name): \(result)")
        #expect(result.differences == 0, "\(name): \(result)")
    }
}

@Test func corpusSliceSegmentsLikeICU() throws {
    guard let path = SharedData.corpusPath else {
        print("../shared/data/corpus not present: corpus differential test skipped")
        return
    }
    let bytes = try #require(SharedData.read(path, limit: 2 << 20))
    let end = (bytes.lastIndex(of: 0x0A) ?? bytes.count - 1) + 1
    let result = bytes[0..<end].withUnsafeBufferPointer { SegmentComparison.compare($0) }
    print("corpus slice: \(result)")
    #expect(result.differences == 0, "\(result)")
}

/// The whole 48 MB corpus; slow in debug builds, so it runs only when SLOVO_FULL_CORPUS=1
/// (the CI step `.ci/steps/40-tokenizer-differential` runs it in release mode).
@Test(.enabled(if: SharedData.environment("SLOVO_FULL_CORPUS") == "1"))
func wholeCorpusSegmentsLikeICU() throws {
    let path = try #require(SharedData.corpusPath, "SLOVO_FULL_CORPUS=1 but ../shared/data/corpus is missing")
    let bytes = try #require(SharedData.read(path))
    // Pieces of about 4 MB cut after a line feed, where ICU always breaks.
    var total = SegmentComparison()
    var start = 0
    while start < bytes.count {
        var end = min(bytes.count, start + (4 << 20))
        while end < bytes.count && bytes[end - 1] != 0x0A { end += 1 }
        let piece = bytes[start..<end].withUnsafeBufferPointer { SegmentComparison.compare($0) }
        total.bytes += piece.bytes
        total.segments += piece.segments
        total.differences += piece.differences
        total.firstDifference = total.firstDifference ?? piece.firstDifference.map { "at byte \(start)+: \($0)" }
        start = end
    }
    print("whole corpus: \(total)")
    #expect(total.differences == 0, "\(total)")
    #expect(total.bytes == bytes.count)
}

extension String {
    func replacingUnderscores(with scalar: Unicode.Scalar) -> String {
        var result = ""
        for s in unicodeScalars { result.unicodeScalars.append(s == "_" ? scalar : s) }
        return result
    }
}
