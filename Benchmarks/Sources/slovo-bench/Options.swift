/// Command-line options of `slovo-bench`.
struct Options {
    /// The shared data folder (corpus); nil for a generated text.
    var shared: String?
    /// The `analyze` binary for the cold-start measurement; nil to skip it.
    var analyze: String?
    /// The small file `analyze` reads for the cold start.
    var coldStartFile: String?
    /// Bytes of text to read.
    var megabytes = 8.0
    /// Measured rounds (each runs every stage once, interleaved); the best round counts.
    var rounds = 7
    /// A bars file (metric, target, floor, direction, issue); nil to check nothing.
    var bars: String?
    /// Stage names to run (all when empty): for profiling one stage.
    var only: [String] = []
    /// Write the morphology's results for the text to this file and exit (see AnalysisDump).
    var dumpAnalyses: String?
    /// Measure the full analysis of one document at these sizes (MB) instead (see Linearity).
    var linearity: [Int]?

    static let usage = """
        usage: slovo-bench [--shared DIR] [--analyze PATH] [--cold-start-file FILE]
                           [--megabytes N] [--rounds N] [--bars FILE] [--only STAGE,...]
                           [--dump-analyses FILE] [--linearity [SIZES]]
        --linearity analyses one document of each size (MB, comma-separated; default 1,10,100)
        instead of the stages. Prints one JSON summary on standard output. Exit 1 when a metric is past its floor in
        the bars file, 2 on a usage error.
        """

    /// Parses `arguments` (without the program name); throws a message on a usage error.
    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var options = Options()
        var rest = arguments[...]
        func value(_ name: String) throws(UsageError) -> String {
            guard let value = rest.popFirst() else { throw UsageError(message: "\(name) needs a value") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--shared": options.shared = try value(argument)
            case "--analyze": options.analyze = try value(argument)
            case "--cold-start-file": options.coldStartFile = try value(argument)
            case "--megabytes":
                guard let n = Double(try value(argument)), n > 0 else { throw UsageError(message: "--megabytes needs a positive number") }
                options.megabytes = n
            case "--rounds":
                guard let n = Int(try value(argument)), n > 0 else { throw UsageError(message: "--rounds needs a positive integer") }
                options.rounds = n
            case "--bars": options.bars = try value(argument)
            case "--dump-analyses": options.dumpAnalyses = try value(argument)
            case "--linearity":
                if let next = rest.first, !next.hasPrefix("--") {
                    rest.removeFirst()
                    let sizes = next.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
                    guard !sizes.isEmpty else { throw UsageError(message: "--linearity needs sizes like 1,10,100") }
                    options.linearity = sizes
                } else {
                    options.linearity = [1, 10, 100]
                }
            case "--only": options.only = try value(argument).split(separator: ",").map(String.init)
            case "-h", "--help": throw UsageError(message: "")
            default: throw UsageError(message: "unknown argument \(argument)")
            }
        }
        return options
    }
}

/// A usage error with its message.
struct UsageError: Error {
    var message: String
}
