import Testing
import Slovo
import SlovoInvariants

// The stemmer over generated words and bytes (see StemInvariants): stems are prefixes of the
// folded word, only Russian letters are removed, and the String and byte forms agree.

@Test func stemsOfGeneratedWordsArePrefixesOfTheFoldedWord() {
    let stemmer = RussianStemmer()
    for seed in 0..<500 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        let word = generator.random.chance(0.8) ? generator.word() : generator.piece()
        let violations = StemInvariants.check(word: word, stemmer: stemmer)
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(word)): \(violations)")
        let bytes = StemInvariants.check(utf8: Array(word.utf8), stemmer: stemmer)
        #expect(bytes.isEmpty, "seed \(seed), \(Quoted.swiftLiteral(word)): \(bytes)")
    }
}

@Test func theByteFormsStayInBoundsOnAnyBytes() {
    let stemmer = RussianStemmer()
    for seed in 0..<500 as Range<UInt64> {
        var random = SeededRandom(seed: seed)
        // Mostly Cyrillic lead and trail bytes, so that broken sequences meet the letter code.
        let bytes = (0..<random.int(0...80)).map { _ in
            UInt8(random.pick([0xD0, 0xD1, 0xB0, 0xB5, 0x80, 0x8F, 0x91, 0x81, 0x41, 0xE2, 0xF0, 0xFF, 0x2D])
                  &+ UInt8(random.chance(0.3) ? random.int(0...15) : 0))
        }
        let violations = StemInvariants.check(utf8: bytes, stemmer: stemmer)
        #expect(violations.isEmpty, "seed \(seed), \(Quoted.bytes(bytes)): \(violations)")
    }
}

@Test func veryLongWordsStemInBoundedMemory() {
    let word = String(repeating: "перестраивающ", count: 10_000) + "имися"
    #expect(StemInvariants.check(word: word).isEmpty)
    #expect(StemInvariants.check(utf8: Array(word.utf8)).isEmpty)
}
