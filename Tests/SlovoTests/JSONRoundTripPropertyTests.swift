import Testing
import Slovo
import SlovoInvariants

// The JSON parser reads generated documents (varied white space and escapes) as the value they
// were made from; what it accepts round-trips through the writer; broken documents are errors
// at an offset inside the input, never a crash.

@Test func generatedDocumentsParseToTheirValue() {
    for seed in 0..<300 as Range<UInt64> {
        var generator = JSONGenerator(seed: seed)
        let (json, value) = generator.document()
        switch JSONInvariants.parse(json) {
        case .success(let parsed):
            #expect(JSONInvariants.identical(parsed, value), "seed \(seed): \(String(decoding: json, as: UTF8.self))")
        case .failure(let error):
            Issue.record("seed \(seed): \(error) in \(String(decoding: json, as: UTF8.self))")
        }
        let violations = JSONInvariants.checkRoundTrip(json)
        #expect(violations.isEmpty, "seed \(seed): \(violations)")
    }
}

@Test func damagedDocumentsAreErrorsOrRoundTrip() {
    for seed in 0..<300 as Range<UInt64> {
        var generator = JSONGenerator(seed: seed)
        var (json, _) = generator.document()
        guard !json.isEmpty else { continue }
        for _ in 0..<generator.texts.random.int(1...4) {
            let at = generator.texts.random.int(0...(json.count - 1))
            switch generator.texts.random.int(0...2) {
            case 0: json[at] = UInt8(truncatingIfNeeded: generator.texts.random.next())
            case 1: json.removeSubrange(at...)
            default: json.insert(generator.texts.random.pick(Array("{}[]\",:\\u0".utf8)), at: at)
            }
            if json.isEmpty { break }
        }
        let violations = JSONInvariants.checkRoundTrip(json)
        #expect(violations.isEmpty, "seed \(seed): \(violations)")
    }
}

@Test func nestingPastTheDepthLimitIsAnErrorNotACrash() {
    for depth in [65, 1_000, 100_000] {
        let json = Array(String(repeating: "[", count: depth).utf8) + Array(String(repeating: "]", count: depth).utf8)
        guard case .failure(let error) = JSONInvariants.parse(json) else {
            Issue.record("depth \(depth) accepted")
            continue
        }
        #expect(error.offset == 64)
    }
}

#if os(Linux)
@Test func linesReadInAnyChunkingEqualAPlainSplit() {
    for seed in 0..<150 as Range<UInt64> {
        var generator = TextGenerator(seed: seed)
        var data: [UInt8] = []
        for _ in 0..<generator.random.int(0...12) {
            data += Array(generator.text(maxPieces: 6).utf8)
            data += Array(generator.random.pick(["\n", "\r\n", "\n\n", "\r", "\r\r\n"]).utf8)
        }
        if generator.random.chance(0.5) { data += Array(generator.text(maxPieces: 3).utf8) }
        let limit = generator.random.pick([1, 2, 5, 16, 64, 1 << 20])
        let chunks = (0..<3).map { _ in generator.random.pick([1, 2, 3, 7, 64, 1 << 15]) }
        let violations = LineReaderInvariants.check(data, maxLineBytes: limit, chunkSizes: chunks)
        #expect(violations.isEmpty, "seed \(seed): \(violations)")
    }
}

@Test func aLineLongerThanTheReadBufferIsSkippedWithItsLength() {
    let long = Array(String(repeating: "а", count: 150_000).utf8)
    let data = Array("{\"id\":1}\n".utf8) + long + Array("\r\n{\"id\":2}".utf8)
    #expect(LineReaderInvariants.check(data, maxLineBytes: 100_000, chunkSizes: [1 << 15]).isEmpty)
    #expect(LineReaderInvariants.check(data, maxLineBytes: 1 << 20, chunkSizes: [1 << 15, 5]).isEmpty)
}
#endif
