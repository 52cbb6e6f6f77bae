import Slovo

/// The measured work of each stage, over inputs prepared beforehand. Each returns a checksum
/// (a count or a sum of lengths) so that the work cannot be optimized away and so that runs
/// can be compared.
///
/// To add a stage (lemmatizer, entities, keywords, full analysis): add a function here, then
/// a ``Stage`` in ``Stages/all(text:words:)`` and, for the ordo-one suites, a benchmark in
/// `Benchmarks/<Suite>/`.
public enum Workloads {
    /// Tokens of the text by Slovo's tokenizer (Russian rules included), reusing `tokens`.
    @inline(never)
    public static func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) -> Int {
        tokens.removeAll(keepingCapacity: true)
        Tokenizer().tokenize(text, into: &tokens)
        return tokens.count
    }

    /// Word-break boundaries of the text by the raw ICU loop (UTF-8 -> UTF-16 included).
    @inline(never)
    public static func icuWordBreak(_ text: UnsafeBufferPointer<UInt8>, _ reference: ICUWordBreakReference) -> Int {
        reference.boundaries(text)
    }

    /// Stems every word with the allocation-free form that writes the stem into `buffer`
    /// (lower-cased, ё folded); returns the sum of the stems' lengths.
    @inline(never)
    public static func stem(_ words: WordList, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let stemmer = RussianStemmer()
        var total = 0
        words.forEach { word in total &+= stemmer.stem(utf8: word, into: buffer) }
        return total
    }

    /// Stems every word with the length-only form (the stem is a prefix of the word).
    @inline(never)
    public static func stemLengths(_ words: WordList) -> Int {
        let stemmer = RussianStemmer()
        var total = 0
        words.forEach { word in total &+= stemmer.stemLength(utf8: word) }
        return total
    }

    /// Stems every word with the C libstemmer; returns the sum of the stems' lengths.
    @inline(never)
    public static func libstemmer(_ words: WordList, _ reference: LibstemmerReference) -> Int {
        var total = 0
        words.forEach { word in total &+= reference.stemLength(word) }
        return total
    }

    /// Words whose Slovo stem differs from libstemmer's, with up to `examples` of them.
    public static func stemDifferences(_ words: WordList, _ reference: LibstemmerReference,
                                       examples: Int = 5) -> (count: Int, examples: [String]) {
        let stemmer = RussianStemmer()
        var count = 0
        var found: [String] = []
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, words.longest))
        defer { buffer.deallocate() }
        words.forEach { word in
            let length = stemmer.stem(utf8: word, into: buffer)
            let expected = reference.stem(word)
            if !expected.elementsEqual(buffer[..<length]) {
                count += 1
                if found.count < examples {
                    found.append("\(String(decoding: word, as: UTF8.self)): \(String(decoding: buffer[..<length], as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))")
                }
            }
        }
        return (count, found)
    }
}
