import Testing
import Slovo
import SlovoInvariants

// Regression tests for what fuzzing found in the JSONL line reader (Tests/Fuzz, target "jsonl").

#if os(Linux)
/// A line of exactly the limit that ends in CR LF was reported as too long when a read ended
/// between its CR and its LF (so the outcome depended on how the pipe delivered the bytes).
@Test func aLineAtTheLimitEndingInCRLFIsReadWholeHoweverTheReadsFall() {
    let data = Array("12345\r\n678\r\n".utf8)
    for chunks in [[6, 100], [5, 1, 100], [7], [1]] {
        let violations = LineReaderInvariants.check(data, maxLineBytes: 5, chunkSizes: chunks)
        #expect(violations.isEmpty, "\(violations)")
    }
}

/// The length reported for an over-long line counted its final CR when the line was skipped
/// in parts, but not when it was read whole.
@Test func anOverLongLineIsReportedWithItsLengthWithoutTheCR() {
    let data = Array("abcd\rabc\r".utf8)
    #expect(LineReaderInvariants.check(data, maxLineBytes: 4, chunkSizes: [2, 1]).isEmpty)
    #expect(LineReaderInvariants.check(Array("abcdefgh\r\nx".utf8), maxLineBytes: 3, chunkSizes: [9, 1]).isEmpty)
}
#endif
