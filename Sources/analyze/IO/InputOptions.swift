#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// How the documents are given.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Each file (or standard input) is one document.
    case text
    /// One JSON object per line: {"id": ..., "text": "..."}; other fields are passed through.
    case jsonl
}

/// The options every command that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or directories (*.txt, or *.jsonl with --input jsonl, recursively) to read; '-' or nothing for standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("input"), help: "Input format: text (a file is a document) or jsonl (a document per line).")
    var inputFormat: InputFormat = .text

    @Option(help: "Read text in this encoding (e.g. windows-1251, KOI8-R, UTF-16LE) instead of detecting it.")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lossy = false

    @Option(name: .customLong("max-document-bytes"), help: "Largest document (a file, or a JSONL line) accepted, in bytes.")
    var maxDocumentBytes: Int = 256 << 20

    @Option(help: ArgumentHelp("Documents analysed in parallel (default: all cores). Output stays in input order.",
                               valueName: "n"))
    var jobs: Int?

    func validate() throws {
        guard maxDocumentBytes > 0 else { throw ValidationError("--max-document-bytes must be positive") }
        if let jobs, jobs < 1 || jobs > 1024 { throw ValidationError("--jobs must be between 1 and 1024") }
        if inputFormat == .jsonl, let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            throw ValidationError("--encoding applies to text input; JSONL input is always UTF-8")
        }
    }

    /// `--jobs`, or the number of processors online.
    var effectiveJobs: Int {
        if let jobs { return jobs }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    var decodingOptions: TextDecoding.Options {
        TextDecoding.Options(lossy: lossy, encoding: encoding)
    }
}
