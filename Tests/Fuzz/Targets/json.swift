// fuzz-seeds: json
// fuzz-dict: json
// JSON parser and writer: whatever the parser accepts round-trips through the writer; errors
// name offsets inside the input. The first byte picks the limits (default, or tight ones).
import Slovo
import SlovoInvariants

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let option = input.takeByte()
    let limits = option & 1 == 0 ? JSONParser.Limits() : JSONParser.Limits(maxDepth: Int(option >> 5), maxNumberLength: Int(option >> 1 & 0xF))
    let bytes = input.array
    JSONInvariants.checkRoundTrip(bytes, limits: limits).trapIfAny(input: String(decoding: bytes, as: UTF8.self))
    return 0
}
