// fuzz-seeds: text words
// fuzz-dict: text
// Morphology (Analyzer with the lexicon, as `analyze tokenize --lemmas` runs it): the rules of
// MorphologyInvariants (a lemma per word token, lower-case; one memo reused across all inputs
// changes nothing; lexemes and phrase normalization never fail) and the token rules.
import Slovo
import SlovoInvariants

let lexiconAnalyzer: Analyzer = {
    do { return try Analyzer.standard(entities: false) } catch { fatalError("lemmatizer target: \(error)") }
}()
nonisolated(unsafe) var sharedMemo = MorphologyMemo()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLemmatizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    var v = MorphologyInvariants.check(text, analyzer: lexiconAnalyzer, memo: &sharedMemo)
    v.merge(TokenInvariants.check(text, lexiconAnalyzer.analyze(text).tokens))
    v.trapIfAny(input: text)
    return 0
}
