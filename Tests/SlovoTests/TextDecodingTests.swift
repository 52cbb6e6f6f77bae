import Testing
import Slovo

func decode(_ bytes: [UInt8], _ options: TextDecoding.Options = .init()) throws(TextDecoding.Failure) -> TextDecoding.Decoded {
    let result: Result<TextDecoding.Decoded, TextDecoding.Failure> = bytes.withUnsafeBufferPointer { b in
        do throws(TextDecoding.Failure) { return .success(try TextDecoding.decode(b, options: options)) } catch { return .failure(error) }
    }
    return try result.get()
}

@Test func utf8WithAndWithoutBOM() throws {
    #expect(try decode(Array("Калуга".utf8)).text == "Калуга")
    #expect(try decode([0xEF, 0xBB, 0xBF] + Array("Калуга".utf8)).text == "Калуга")
}

@Test func utf16ByBOM() throws {
    let le: [UInt8] = [0xFF, 0xFE] + "Калуга".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let decoded = try decode(le)
    #expect(decoded.text == "Калуга")
    #expect(decoded.encoding == "UTF-16LE")
}

@Test func corruptUTF8IsAnErrorWithItsOffset() {
    var bytes = Array("Вологда и Калуга — города России.".utf8)
    bytes[6] = 0xFF
    #expect(throws: TextDecoding.Failure.invalidUTF8(offset: 6)) { try decode(bytes) }
}

@Test func lossyRepairsCorruptUTF8() throws {
    var bytes = Array("Вологда".utf8)
    bytes[2] = 0xFF
    let decoded = try decode(bytes, .init(lossy: true))
    #expect(decoded.text.contains("\u{FFFD}"))
    #expect(decoded.replacements >= 1)
}

@Test func windows1251AndKOI8RAreDetected() throws {
    // "Привет, Калуга! Вологодская область." in Windows-1251 and KOI8-R.
    let cp1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xCA, 0xE0, 0xEB, 0xF3, 0xE3, 0xE0, 0x21,
                           0x20, 0xC2, 0xEE, 0xEB, 0xEE, 0xE3, 0xEE, 0xE4, 0xF1, 0xEA, 0xE0, 0xFF, 0x20, 0xEE, 0xE1,
                           0xEB, 0xE0, 0xF1, 0xF2, 0xFC, 0x2E]
    let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xEB, 0xC1, 0xCC, 0xD5, 0xC7, 0xC1, 0x21,
                         0x20, 0xF7, 0xCF, 0xCC, 0xCF, 0xC7, 0xCF, 0xC4, 0xD3, 0xCB, 0xC1, 0xD1, 0x20, 0xCF, 0xC2,
                         0xCC, 0xC1, 0xD3, 0xD4, 0xD8, 0x2E]
    let a = try decode(cp1251)
    #expect(a.text == "Привет, Калуга! Вологодская область.")
    #expect(a.encoding == "windows-1251")
    let b = try decode(koi8)
    #expect(b.text == "Привет, Калуга! Вологодская область.")
    #expect(b.encoding == "KOI8-R")
}

@Test func nulBytesMeanBinary() {
    #expect(throws: TextDecoding.Failure.binary(offset: 3)) { try decode([0x41, 0x42, 0x43, 0x00, 0x01, 0x02, 0x41, 0x42, 0x43, 0x44]) }
}

@Test func emptyInputIsAnEmptyText() throws {
    #expect(try decode([]).text == "")
}
