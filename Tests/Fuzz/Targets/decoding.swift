// fuzz-seeds: encoded text
// Text decoding: byte order marks, UTF-8 validation and repair, binary detection, UTF-16 and
// legacy Cyrillic encodings (detected, or named). The first byte picks the options.
import Slovo
import SlovoInvariants

let encodingChoices: [String?] = [nil, nil, nil, nil, "windows-1251", "KOI8-R", "UTF-16LE", "UTF-16BE", "UTF-8",
                                  "IBM866", "ISO-8859-5", "utf8", "x-no-such-encoding", "", "UTF-32", "SCSU"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoding(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let option = input.takeByte()
    let options = TextDecoding.Options(lossy: option & 0x10 != 0, encoding: encodingChoices[Int(option & 0x0F)],
                                       detectLegacyEncodings: option & 0x20 == 0)
    let bytes = input.array
    DecodingInvariants.check(bytes, options: options)
        .trapIfAny(input: "options \(option): \(Quoted.bytes(bytes))")
    return 0
}
