import Slovo

/// Stems a stream of words, one per line, into one stem per line, in order, with bounded
/// memory: a line is read, stemmed into a reused buffer and written to the buffered output.
struct StemStream {
    let stemmer: RussianStemmer
    let output: OutputStream
    let maxLineBytes: Int

    /// Reads every line of `fd` and returns how many lines could not be stemmed (each reported
    /// on standard error as `origin:LINE: ...`, and written as an empty line).
    ///
    /// - Complexity: O(n) in the input's length; memory O(longest line).
    func run(fileDescriptor fd: Int32, origin: String) throws(CLIError) -> Int {
        let reader = LineReader(fileDescriptor: fd, maxLineBytes: maxLineBytes)
        var stem = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
        defer { stem.deallocate() }
        var failures = 0
        while true {
            let next: LineReader.Line?
            do { next = try reader.next() } catch { throw CLIError.input("\(origin): \(error)") }
            guard let line = next else { break }
            switch line {
            case .tooLong(let length):
                failures += 1
                printError("\(origin):\(reader.lineNumber): line of \(length) bytes is longer than --max-line-bytes (\(maxLineBytes))")
            case .text(var word):
                if reader.lineNumber == 1, word.starts(with: [0xEF, 0xBB, 0xBF]) {
                    word = UnsafeBufferPointer(rebasing: word[3...])  // a byte order mark
                }
                if let offset = UTF8Validation.firstInvalidOffset(word) {
                    failures += 1
                    printError("\(origin):\(reader.lineNumber): invalid UTF-8 at byte \(offset) of the line")
                } else if stemmer.foldsCaseCompletely(utf8: word) {
                    if stem.count < word.count {
                        stem.deallocate()
                        stem = .allocate(capacity: word.count)
                    }
                    let length = stemmer.stem(utf8: word, into: stem)
                    output.write(UnsafeBufferPointer(rebasing: stem[..<length]))
                } else {
                    // Letters of other alphabets: full Unicode lower-casing.
                    output.write(stemmer.stem(String(decoding: word, as: UTF8.self)))
                }
            }
            output.write(byte: 0x0A)
            if let failure = output.failure { throw CLIError.input(failure) }
        }
        return failures
    }

}
