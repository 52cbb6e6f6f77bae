import Testing
import SlovoMorphology

/// One row: the step of the algorithm the example shows, a word and its Snowball stem.
struct StemCase: CustomTestStringConvertible, Sendable {
    let step: String
    let word: String
    let stem: String
    var testDescription: String { "\(step): \(word) -> \(stem)" }
}

let stemCases: [StemCase] = [
    // Step 1: perfective gerund, group 1 after а/я (which stays), group 2 as it is
    .init(step: "perfective gerund", word: "прочитав", stem: "прочита"),
    .init(step: "perfective gerund", word: "прочитавши", stem: "прочита"),
    .init(step: "perfective gerund", word: "прочитавшись", stem: "прочита"),
    .init(step: "perfective gerund", word: "гулявшись", stem: "гуля"),
    .init(step: "perfective gerund", word: "купив", stem: "куп"),
    .init(step: "perfective gerund", word: "забывшись", stem: "заб"),
    .init(step: "perfective gerund", word: "умывшись", stem: "ум"),
    // Step 1: reflexive, then the rest
    .init(step: "reflexive", word: "мыться", stem: "мыт"),
    .init(step: "reflexive", word: "мылась", stem: "мыл"),
    .init(step: "reflexive", word: "валялся", stem: "валя"),
    // Step 1: adjectival = adjective, with a participle before it
    .init(step: "adjective", word: "новое", stem: "нов"),
    .init(step: "adjective", word: "новыми", stem: "нов"),
    .init(step: "adjective", word: "нового", stem: "нов"),
    .init(step: "adjective", word: "синюю", stem: "син"),
    .init(step: "adjective", word: "вологодские", stem: "вологодск"),
    .init(step: "participle", word: "читаемое", stem: "чита"),
    .init(step: "participle", word: "стоявший", stem: "стоя"),
    .init(step: "participle", word: "делающие", stem: "дела"),
    .init(step: "participle", word: "купивший", stem: "куп"),
    .init(step: "participle", word: "рисующий", stem: "рис"),
    .init(step: "participle after a consonant stays", word: "бегущий", stem: "бегущ"),
    // Step 1: verb
    .init(step: "verb", word: "читала", stem: "чита"),
    .init(step: "verb", word: "гуляйте", stem: "гуля"),
    .init(step: "verb", word: "говорила", stem: "говор"),
    .init(step: "verb", word: "рисуют", stem: "рис"),
    .init(step: "verb", word: "строишь", stem: "стро"),
    .init(step: "verb", word: "думан", stem: "дума"),
    .init(step: "verb: а before the ending must lie in RV", word: "знаете", stem: "знает"),
    // Step 1: noun
    .init(step: "noun", word: "книгами", stem: "книг"),
    .init(step: "noun", word: "зданиях", stem: "здан"),
    .init(step: "noun", word: "статьей", stem: "стат"),
    .init(step: "noun", word: "армиями", stem: "арм"),
    .init(step: "noun", word: "станция", stem: "станц"),
    .init(step: "noun", word: "калуге", stem: "калуг"),
    // Step 2: final и
    .init(step: "final и", word: "армии", stem: "арм"),
    .init(step: "final и", word: "значимости", stem: "значим"),
    // Step 3: derivational, only in R2
    .init(step: "derivational", word: "зависимость", stem: "зависим"),
    .init(step: "derivational", word: "неизбежность", stem: "неизбежн"),
    .init(step: "derivational outside R2 stays", word: "радость", stem: "радост"),
    // Step 4: tidy up
    .init(step: "undouble н", word: "ценный", stem: "цен"),
    .init(step: "undouble н", word: "каменн", stem: "камен"),
    .init(step: "superlative", word: "мудрейший", stem: "мудр"),
    .init(step: "superlative and н", word: "ценнейшее", stem: "цен"),
    .init(step: "soft sign", word: "жизнь", stem: "жизн"),
    .init(step: "soft sign", word: "любовь", stem: "любов"),
    // Regions: no vowel, or a vowel only at the end, leaves nothing to remove
    .init(step: "regions", word: "в", stem: "в"),
    .init(step: "regions", word: "вс", stem: "вс"),
    .init(step: "regions", word: "на", stem: "на"),
    // ё is е, case is folded
    .init(step: "ё as е", word: "ёжиком", stem: "ежик"),
    .init(step: "ё as е", word: "ЁЖИКОМ", stem: "ежик"),
    .init(step: "case", word: "Калуге", stem: "калуг"),
    .init(step: "case", word: "МОСКВЕ", stem: "москв"),
    // Non-Cyrillic characters are not vowels and never removed
    .init(step: "other scripts", word: "iPhone", stem: "iphone"),
    .init(step: "other scripts", word: "2024", stem: "2024"),
    .init(step: "other scripts", word: "e-mail", stem: "e-mail"),
    .init(step: "other scripts", word: "IT-центр", stem: "it-центр"),
    .init(step: "hyphenated", word: "кто-нибудь", stem: "кто-нибуд"),
]

@Test("each step of the algorithm stems its Russian examples like Snowball", arguments: stemCases)
func stemsExample(_ example: StemCase) {
    #expect(RussianStemmer().stem(example.word) == example.stem)
}

@Test("the byte form gives the same stem as a prefix of the lower-cased, ё-folded word", arguments: stemCases)
func byteFormMatchesStringForm(_ example: StemCase) {
    var word = example.word
    let stemmer = RussianStemmer()
    let (wide, exact) = word.withUTF8 { bytes in
        // A buffer as long as the word (folded in the reading pass), then one just as long as
        // the stem (folded after it).
        let length = stemmer.stemLength(utf8: bytes)
        let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        defer { output.deallocate() }
        let count = stemmer.stem(utf8: bytes, into: output)
        #expect(count == length)
        let wide = String(decoding: output[..<count], as: UTF8.self)
        let small = UnsafeMutableBufferPointer(rebasing: output[..<length])
        let exact = String(decoding: small[..<stemmer.stem(utf8: bytes, into: small)], as: UTF8.self)
        return (wide, exact)
    }
    #expect(wide == example.stem)
    #expect(exact == example.stem)
}

@Test("the stem of any word is a prefix of the word, lower-cased and ё-folded")
func stemIsPrefix() {
    let stemmer = RussianStemmer()
    for line in snowballSample.split(separator: "\n") {
        let word = String(line.split(separator: " ")[0])
        let folded = word.replacingOccurrences(of: "ё", with: "е")
        #expect(folded.hasPrefix(stemmer.stem(word)))
    }
}

@Test("words longer than the stemmer's window are stemmed at their end")
func stemsVeryLongWords() {
    let stemmer = RussianStemmer()
    let prefix = String(repeating: "а", count: 200)
    #expect(stemmer.stem(prefix + "книгами") == prefix + "книг")
    #expect(stemmer.stem(String(repeating: "ж", count: 100) + "ость") == String(repeating: "ж", count: 100) + "ост")
}

@Test("empty input and broken UTF-8 never crash")
func handlesDegenerateInput() {
    let stemmer = RussianStemmer()
    #expect(stemmer.stem("") == "")
    let broken: [UInt8] = [0xD0, 0xB0, 0xD0]           // "а" and a truncated letter
    let length = broken.withUnsafeBufferPointer { stemmer.stemLength(utf8: $0) }
    #expect(length == 3)
}
