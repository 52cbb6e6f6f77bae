import Testing
@testable import SlovoMorphology

@Test("the vowel mask marks exactly а е и о у ы э ю я")
func vowelMaskMatchesVowels() {
    var mask: UInt64 = 0
    for letter in RussianLetters.vowels.unicodeScalars { mask |= 1 << UInt64(RussianLetters.code(of: letter)) }
    #expect(mask == RussianLetters.vowelMask)
    #expect(mask.nonzeroBitCount == 9)
}

@Test("Russian letters get the codes 1...32 in alphabetical order, ё and capitals share them")
func lettersMapToCodes() {
    let alphabet = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя".unicodeScalars)
    for (k, letter) in alphabet.enumerated() {
        #expect(RussianLetters.code(of: letter) == UInt8(k + 1))
        #expect(RussianLetters.code(of: String(letter).uppercased().unicodeScalars.first!) == UInt8(k + 1))
        #expect(RussianLetters.letter(UInt8(k + 1)) == Character(letter))
    }
    #expect(RussianLetters.code(of: "ё") == RussianLetters.code(of: "е"))
    #expect(RussianLetters.code(of: "Ё") == RussianLetters.code(of: "е"))
    for other in "azі€🙂".unicodeScalars { #expect(RussianLetters.code(of: other) == RussianLetters.other) }
}
