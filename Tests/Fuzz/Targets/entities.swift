// fuzz-seeds: text pages
// fuzz-dict: text
// Entities (Analyzer.standard(): lexicon and entity data): the rules of EntityInvariants
// (mentions on token boundaries, groups consistent, JSON offsets give back each entity's text)
// on top of the token and sentence rules.
import Slovo
import SlovoInvariants

let entityAnalyzer: Analyzer = {
    do { return try Analyzer.standard() } catch { fatalError("entities target: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let analysis = entityAnalyzer.analyze(text)
    var v = TokenInvariants.check(text, analysis.tokens)
    v.merge(SentenceInvariants.check(analysis.tokens, analysis.sentences))
    v.merge(EntityInvariants.check(analysis))
    v.trapIfAny(input: text)
    return 0
}
