// fuzz-seeds: text
// fuzz-dict: text
// Tokenizer: the rules of TokenInvariants, and the same tokens from every entry point
// (String, bytes, appending to a non-empty array).
import Slovo
import SlovoInvariants

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let tokenizer = Tokenizer()
    let tokens = tokenizer.tokenize(text)
    var v = TokenInvariants.check(text, tokens)
    var copy = text
    copy.withUTF8 { bytes in
        v.expect(tokenizer.tokenize(bytes) == tokens, "tokenize(bytes) differs from tokenize(String)")
        let sentinel = Token(start: 0, end: 0, kind: .symbol)
        var appended = [sentinel]
        tokenizer.tokenize(bytes, into: &appended)
        v.expect(appended.first == sentinel && Array(appended.dropFirst()) == tokens,
                 "tokenize(_:into:) over a non-empty array differs")
    }
    v.trapIfAny(input: text)
    return 0
}
