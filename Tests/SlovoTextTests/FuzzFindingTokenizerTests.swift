import Testing
import SlovoText
import SlovoInvariants

// Regression tests for what fuzzing found in the tokenizer (Tests/Fuzz, target "tokenizer").

/// U+202F NARROW NO-BREAK SPACE is ExtendNumLet in UAX #29, so ICU keeps it inside and at the
/// end of word segments: "time\u{202F}" was one token ending in white space, and two words
/// joined by it were one token.
@Test func narrowNoBreakSpaceNeverEndsUpInsideAWord() {
    #expect(tokenTexts("Калуга\u{202F}Вологда") == "Калуга | Вологда")
    #expect(tokenTexts("в Калуга\u{202F}Вологда и") == "в | Калуга | Вологда | и")
    #expect(tokenTexts("в time\u{202F} и") == "в | time | и")
    #expect(tokenTexts("\u{3000}time\u{202F}\u{2038}") == "time | \u{2038}")
    #expect(tokenTexts("_\u{202F}") == "_")
    #expect(tokenTexts("А.\u{202F}С.\u{202F}Пушкин") == "А. | С. | Пушкин")
}

@Test func numbersGroupedWithNarrowNoBreakSpaceStayOneNumber() {
    let text = "1\u{202F}000\u{202F}000 рублей"
    #expect(tokenTexts(text) == "1\u{202F}000\u{202F}000 | рублей")
    #expect(tokenKinds(text) == [.number, .word])
}

@Test func fuzzInputWithNarrowNoBreakSpaceKeepsTheTokenInvariants() {
    let text = "ß ƭ мяг\u{AD}\u{FFFD}\u{1F}\u{FFFD}ий \u{2028} \u{2029} \u{3000}time\u{202F}\u{2038}\u{FFFD}ษาไทย हिउ\u{A0}\u{FFFD}.\u{94D}\u{FFFD}"
    let violations = TokenInvariants.check(text, Tokenizer().tokenize(text))
    #expect(violations.isEmpty, "\(violations)")
}
