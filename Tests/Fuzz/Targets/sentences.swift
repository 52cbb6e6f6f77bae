// fuzz-seeds: text
// fuzz-dict: text
// Sentence splitter: sentence token ranges tile the tokens and spans match them, over the
// tokenizer's tokens and over any in-order subset of them (the first byte picks which tokens
// to drop), since callers may split filtered tokens.
import Slovo
import SlovoInvariants

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let pattern = input.takeByte()
    let text = input.text
    let tokens = Tokenizer().tokenize(text)
    let splitter = SentenceSplitter()
    let sentences = splitter.split(text, tokens: tokens)
    var v = SentenceInvariants.check(tokens, sentences)
    v.expect(splitter.split(text, tokens: tokens) == sentences, "two splits of the same tokens differ")
    if pattern != 0 {
        // Drop token k when bit (k % 8) of the pattern is set.
        let subset = tokens.enumerated().filter { pattern & (1 << UInt8($0.offset % 8)) == 0 }.map(\.element)
        v.merge(SentenceInvariants.check(subset, splitter.split(text, tokens: subset)), prefix: "token subset: ")
    }
    v.trapIfAny(input: text)
    return 0
}
