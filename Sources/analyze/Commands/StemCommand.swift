#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// `analyze stem`: Snowball Russian stems of words given as arguments or read one per line.
struct StemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Print the Snowball Russian stem of each word.",
        discussion: """
            With words as arguments, prints their stems one per line. Without, reads one word per \
            line from standard input and writes one stem per line, in order, streaming (memory \
            stays bounded whatever the input's length). Stems are lower-cased, with ё as е. \
            A line that is not valid UTF-8 or longer than --max-line-bytes gives an empty output \
            line, a message on standard error and exit status 1.
            """
    )

    @Argument(help: "Words to stem; none to read one word per line from standard input.")
    var words: [String] = []

    @Option(name: .customLong("max-line-bytes"), help: "Longest input line accepted, in bytes.")
    var maxLineBytes: Int = 1 << 20

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    func run() throws {
        let output = OutputStream.standardOutput
        let stemmer = RussianStemmer()
        if !words.isEmpty {
            for word in words {
                output.write(stemmer.stem(word))
                output.write([0x0A])
            }
            if let failure = output.failure { throw CLIError.input(failure) }
            return
        }
        let stream = StemStream(stemmer: stemmer, output: output, maxLineBytes: maxLineBytes)
        let failures = try stream.run(fileDescriptor: 0, origin: "<stdin>")
        if failures > 0 { throw ExitCode(ExitStatus.inputError) }
    }
}
