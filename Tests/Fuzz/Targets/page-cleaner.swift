// fuzz-seeds: text pages
// fuzz-dict: pages
// Page cleaner and analysis with cleaning (the CLI's default): the rules of CleaningInvariants
// (removed ranges, the masked copy, tokens outside removed parts, offsets in the original),
// and metadata extraction never crashes.
import Slovo
import SlovoInvariants

let cleaningAnalyzer = Analyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPageCleaner(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let v = CleaningInvariants.check(text, analyzer: cleaningAnalyzer)
    _ = DocumentMetadata.extract(from: text)
    v.trapIfAny(input: text)
    return 0
}
