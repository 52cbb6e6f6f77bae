import Testing
import SlovoText
import SlovoInvariants

// Regression tests for what the limit checks (Tests/Limits/run.sh) found: patterns that were
// quadratic or recursed once per token. Each input is large enough that the old code took
// minutes (or overflowed the stack in a debug build); the assertions are about the output.

func sentenceCount(_ text: String) -> (tokens: [Token], sentences: [Sentence]) {
    let tokens = Tokenizer().tokenize(text)
    return (tokens, SentenceSplitter().split(text, tokens: tokens))
}

/// Every mark added to a punctuation run used to rescan the whole run ("....", ")))").
@Test func longRunsOfOneMarkAreOneTokenEach() {
    for mark in [".", ")", "-", "!", "…"] {
        let text = String(repeating: mark, count: 100_000)
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.count == 1 && Int(tokens[0].end) == text.utf8.count, "\(mark)")
    }
}

/// The run rule itself is unchanged: terminal marks mix, other marks only repeat, and an
/// emoticon is two marks after a space.
@Test func punctuationRunsKeepTheirRules() {
    #expect(tokenTexts("Что?!.. Да!!! Ну)))") == "Что | ?!.. | Да | !!! | Ну | )))")
    #expect(tokenTexts("Так..)) и :) или ;(") == "Так | .. | )) | и | :) | или | ;(")
    #expect(tokenTexts("--)) ?-") == "-- | )) | ? | -")
}

/// Each emoji after another looked back over all the emoji before it.
@Test func manyEmojiSeparatedBySpacesSplitInLinearTime() {
    let text = "Привет " + String(repeating: "😀 ", count: 100_000) + "Пока."
    let (tokens, sentences) = sentenceCount(text)
    #expect(tokens.count == 100_003)
    #expect(SentenceInvariants.check(tokens, sentences).isEmpty)
    #expect(sentences.count == 2)
}

/// The splitter looked past opening quotes by recursion, one stack frame per quote.
@Test func directSpeechFollowedByEndlessOpeningQuotesDoesNotExhaustTheStack() {
    let text = "Да! — " + String(repeating: "« ", count: 100_000) + "сказал он."
    let (tokens, sentences) = sentenceCount(text)
    #expect(tokens.count == 100_006)
    #expect(SentenceInvariants.check(tokens, sentences).isEmpty)
    #expect(sentences.count == 1)
}
