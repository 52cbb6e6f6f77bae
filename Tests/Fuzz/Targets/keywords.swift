// fuzz-seeds: text pages
// fuzz-dict: text
// The whole analysis (Analyzer.standard(): morphology, entities and keywords): the rules of
// KeywordInvariants (occurrences on token boundaries, scores in [0, 1] best first, JSON offsets
// give back each occurrence) and EntityInvariants, on top of the token and sentence rules.
import Slovo
import SlovoInvariants

let keywordAnalyzer: Analyzer = {
    do { return try Analyzer.standard() } catch { fatalError("keywords target: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeywords(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let analysis = keywordAnalyzer.analyze(text)
    var v = TokenInvariants.check(text, analysis.tokens)
    v.merge(SentenceInvariants.check(analysis.tokens, analysis.sentences))
    v.merge(EntityInvariants.check(analysis))
    v.merge(KeywordInvariants.check(analysis))
    v.trapIfAny(input: text)
    return 0
}
