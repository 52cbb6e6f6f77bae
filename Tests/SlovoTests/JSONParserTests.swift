import Testing
import Slovo

@Test func parsesObjectsInOrderWithNumbersAsText() throws {
    let value = try JSONParser.parse(#"{"id": 12.50, "text": "Калуга\n\u00e9\ud83d\ude00", "x": [true, null]}"#)
    #expect(value["id"] == .number("12.50"))
    #expect(value["text"]?.stringValue == "Калуга\né😀")
    #expect(value["x"] == .array([.bool(true), .null]))
}

struct BadJSON: Sendable, CustomTestStringConvertible {
    let json: String
    let message: String
    var testDescription: String { message }
}

let badJSON: [BadJSON] = [
    .init(json: #"{"a": 1,}"#, message: "expected a string key"),
    .init(json: #"{"a": 1} x"#, message: "unexpected text after the JSON value"),
    .init(json: #"{"a": 1, "a": 2}"#, message: "duplicate key \"a\""),
    .init(json: #"["\ud800"]"#, message: "lone surrogate in \\u escape"),
    .init(json: "[\"a\u{01}\"]", message: "control character in a string"),
    .init(json: #"[01]"#, message: "invalid number (leading zero)"),
    .init(json: #"{"text": "abc"#, message: "unterminated string"),
    .init(json: String(repeating: "[", count: 100_000), message: "JSON nested deeper than 64 levels"),
    .init(json: "[" + String(repeating: "9", count: 1_000_000) + "]", message: "number longer than 1024 characters"),
]

@Test("malformed JSON is an error with its offset", arguments: badJSON)
func malformedJSON(_ c: BadJSON) {
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse(c.json) }
    do { _ = try JSONParser.parse(c.json) } catch { #expect(error.message == c.message) }
}

@Test func invalidUTF8InsideAStringIsAnError() {
    let bytes: [UInt8] = Array(#"{"text": ""#.utf8) + [0xD0, 0x22, 0x7D]
    bytes.withUnsafeBufferPointer { buffer in
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(buffer) }
    }
}

@Test func writerEscapesControlCharactersAndLineSeparators() throws {
    var json = JSONWriter()
    json.string("a\"\\\n\u{0}\u{1B}[31m\u{2028}b")
    let text = String(decoding: json.bytes, as: UTF8.self)
    #expect(text == #""a\"\\\n\u0000\u001b[31m\u2028b""#)
    #expect(try JSONParser.parse(text).stringValue == "a\"\\\n\u{0}\u{1B}[31m\u{2028}b")
}

@Test func codePointOffsetsCountScalarsNotBytes() {
    var text = "а😀b"
    text.withUTF8 { bytes in
        var offsets = CodePointOffsets(bytes)
        #expect(offsets.codePointOffset(of: 0) == 0)
        #expect(offsets.codePointOffset(of: 2) == 1)
        #expect(offsets.codePointOffset(of: 6) == 2)
        #expect(offsets.codePointOffset(of: 7) == 3)
    }
}
