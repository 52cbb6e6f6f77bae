// fuzz-seeds: words
// fuzz-dict: text
// Stemmer, byte forms, over any bytes (invalid UTF-8 included): stemLength and stem(utf8:into:)
// with word-sized and stem-sized buffers agree, stay in bounds, cut whole Russian letters only.
import Slovo
import SlovoInvariants

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStemmerBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput(data, size).array
    StemInvariants.check(utf8: bytes).trapIfAny(input: String(decoding: bytes, as: UTF8.self))
    return 0
}
