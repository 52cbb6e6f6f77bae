import Testing
import Slovo
import SlovoInvariants

// Regression tests for what fuzzing found in text decoding (Tests/Fuzz, target "decoding").

/// The offset named in "invalid UTF-8 at byte N" counted from after a byte order mark, so a
/// file with a BOM was reported 3 bytes early.
@Test func invalidUTF8AfterAByteOrderMarkIsReportedAtItsFileOffset() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Привет".utf8) + [0xFF] + Array("Калуга".utf8)
    #expect(throws: TextDecoding.Failure.invalidUTF8(offset: 15)) { try decode(bytes) }
    #expect(throws: TextDecoding.Failure.invalidUTF8(offset: 15)) { try decode(bytes, .init(encoding: "UTF-8")) }
}

@Test func invalidUTF16AfterAByteOrderMarkIsReportedAtItsFileOffset() {
    // "Ка" in UTF-16LE after its BOM, then a lone low surrogate at byte 6.
    let bytes: [UInt8] = [0xFF, 0xFE, 0x1A, 0x04, 0x30, 0x04, 0x00, 0xDC, 0x41, 0x00]
    #expect(throws: TextDecoding.Failure.invalidInEncoding("UTF-16LE", offset: 6)) { try decode(bytes) }
}

/// `replacements` counted every invalid byte, while `String(decoding:)` puts in one U+FFFD per
/// maximal invalid subsequence ("E0 A0" is one).
@Test func lossyReplacementsCountTheReplacementCharactersPutIn() throws {
    let bytes: [UInt8] = Array("Вол".utf8) + [0xE0, 0xA0] + Array("ога".utf8) + [0xC0, 0xAF] + Array("да".utf8)
    let decoded = try decode(bytes, .init(lossy: true))
    #expect(decoded.text == "Вол\u{FFFD}ога\u{FFFD}\u{FFFD}да")
    #expect(decoded.replacements == 3)
    #expect(DecodingInvariants.check(bytes, options: .init(lossy: true)).isEmpty)
}
