// fuzz-seeds: words
// fuzz-dict: text
// Stemmer, String form: every white-space-separated word of the input (and the input whole)
// stems to a prefix of its folded form, removing Russian letters only.
import Slovo
import SlovoInvariants

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStemmerString(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let stemmer = RussianStemmer()
    var v = StemInvariants.check(word: text, stemmer: stemmer)
    for word in text.split(whereSeparator: { $0.isWhitespace }) {
        v.merge(StemInvariants.check(word: String(word), stemmer: stemmer), prefix: "\(Quoted.swiftLiteral(word)): ")
    }
    v.trapIfAny(input: text)
    return 0
}
