// fuzz-seeds: text
// fuzz-dict: text
// The whole pipeline as Analyzer.analyze runs it: token and sentence rules, the tokens equal the
// tokenizer's, and the JSON output's code-point offsets give back each token's text.
import Slovo
import SlovoInvariants

let analyzer = Analyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let analysis = analyzer.analyze(text)
    var v = TokenInvariants.check(text, analysis.tokens)
    v.merge(SentenceInvariants.check(analysis.tokens, analysis.sentences))
    v.expect(analysis.tokens == Tokenizer().tokenize(text), "the analyzer's tokens differ from the tokenizer's")
    if v.isEmpty { v.merge(OffsetInvariants.check(analysis)) }
    v.trapIfAny(input: text)
    return 0
}
