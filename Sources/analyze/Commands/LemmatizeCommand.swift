#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// `analyze lemmatize [WORD...]`: the best context-free lemma of each word.
struct LemmatizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemmatize",
        abstract: "Print the lemma (dictionary form) of each word.",
        discussion: """
            With words as arguments, prints one lemma per word. Without, reads standard input one \
            word per line and writes exactly one line per input line, in order, as it goes: the \
            lemma of the line's word (lower-case), or the line as it is when it is empty, a number \
            or punctuation. Words not in the lexicon are predicted from their endings.
            """
    )

    @Argument(help: "Words to lemmatize; none to read standard input.")
    var words: [String] = []

    @Flag(help: "Treat each argument (or input line) as a noun phrase and print it in its dictionary form (\"областной Корпорации\" -> \"областная Корпорация\").")
    var phrase = false

    @Option(help: "With --phrase: the gender of the person named (masculine or feminine), for surnames such as \"Перфильева\".")
    var gender: GenderOption?

    @Flag(help: "Print every analysis of each word argument (lemma, tag, score, method), most likely first.")
    var all = false

    func run() throws {
        let lexicon: Lexicon
        do { lexicon = try Lexicon.load() } catch { throw CLIError.input(error.description) }
        let output = OutputStream.standardOutput
        var line: [UInt8] = []
        var scratch: [WordAnalysis] = []
        let cache = LemmaCache(entries: 1 << 18)
        line.reserveCapacity(256)
        scratch.reserveCapacity(64)
        if phrase {
            let normalizer = PhraseNormalizer(lexicon: lexicon)
            let g = gender?.grammeme
            if !words.isEmpty {
                for word in words { output.write(normalizer.normalize(word, gender: g) + "\n") }
                return
            }
            let reader = LineReader(fileDescriptor: 0, maxLineBytes: 1 << 20)
            while true {
                if !reader.hasBufferedLine { output.flush() }
                let next: LineReader.Line?
                do { next = try reader.next() } catch { throw CLIError.input("standard input: \(error)") }
                guard let next else { break }
                if case .text(let bytes) = next {
                    output.write(normalizer.normalize(String(decoding: bytes, as: UTF8.self), gender: g))
                }
                output.write("\n")
                if let failure = output.failure { throw CLIError.input(failure) }
            }
            return
        }
        if all {
            for word in words {
                var text = word + "\n"
                for a in lexicon.analyses(of: word) {
                    text += "  \(lexicon.lemma(of: a))\t\(a.tag)\t\(a.score)\t\(a.method)\n"
                }
                output.write(text)
            }
            return
        }
        if !words.isEmpty {
            for var word in words {
                line.removeAll(keepingCapacity: true)
                word.withUTF8 { LemmaLine.append(lemmaOf: $0, lexicon: lexicon, to: &line, scratch: &scratch, cache: cache) }
                line.append(0x0A)
                output.write(line)
            }
            return
        }
        let reader = LineReader(fileDescriptor: 0, maxLineBytes: 1 << 20)
        while true {
            // Stream: before a read that may block, hand over what is buffered.
            if !reader.hasBufferedLine { output.flush() }
            let next: LineReader.Line?
            do { next = try reader.next() } catch { throw CLIError.input("standard input: \(error)") }
            guard let next else { break }
            line.removeAll(keepingCapacity: true)
            switch next {
            case .text(let bytes):
                LemmaLine.append(lemmaOf: bytes, lexicon: lexicon, to: &line, scratch: &scratch, cache: cache)
            case .tooLong(let length):
                printError("standard input:\(reader.lineNumber): line of \(length) bytes is too long; left empty")
            }
            line.append(0x0A)
            output.write(line)
            if let failure = output.failure { throw CLIError.input(failure) }
        }
    }
}

/// `--gender` values.
enum GenderOption: String, ExpressibleByArgument, CaseIterable {
    case masculine, feminine

    var grammeme: Grammeme { self == .masculine ? .masculine : .feminine }
}

/// One output line of `lemmatize`.
enum LemmaLine {
    /// Appends the lemma of the word in `bytes` (surrounding spaces and tabs trimmed), or the
    /// bytes as they are when they hold no letter.
    static func append(lemmaOf bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, to out: inout [UInt8],
                       scratch: inout [WordAnalysis], cache: LemmaCache) {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard hasLetter(word) else {
            out.append(contentsOf: bytes)
            return
        }
        lexicon.appendLemma(utf8: word, to: &out, scratch: &scratch, cache: cache)
    }

    static func hasLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let (c, length) = UTF8Scanning.decode(bytes, at: i)
            if CharClass.isLetter(c) { return true }
            i += length
        }
        return false
    }

}
