// fuzz-seeds: jsonl
// fuzz-dict: json
// JSONL line reader: lines read in chunks of fuzzer-chosen sizes equal a plain split of the
// input (CR LF, over-long lines, a last line without a line feed); every line then goes
// through the JSON round trip. Byte 1 picks the line limit, byte 2 the chunk sizes.
import Slovo
import SlovoInvariants

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let limit = Int(input.takeByte()) + 1
    let chunkByte = input.takeByte()
    let chunkSizes = chunkByte == 0 ? [1 << 15] : [Int(chunkByte & 0x0F) + 1, Int(chunkByte >> 4) * 3 + 1]
    let bytes = input.array
    var v = LineReaderInvariants.check(bytes, maxLineBytes: limit, chunkSizes: chunkSizes)
    for case .text(let line) in LineReaderInvariants.expectedLines(bytes, maxLineBytes: limit) {
        v.merge(JSONInvariants.checkRoundTrip(line), prefix: "line: ")
    }
    v.trapIfAny(input: "limit \(limit), chunks \(chunkSizes): " + String(decoding: bytes, as: UTF8.self))
    return 0
}
