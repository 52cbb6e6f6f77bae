import Slovo

/// Runs a per-document function over every input document and writes the results in input
/// order. One failed document never stops the batch: in JSONL output it becomes
/// `{"id": ..., "error": "..."}`, and its message goes to standard error.
struct BatchRunner {
    let source: DocumentSource
    let output: OutputStream

    /// Returns the exit status: 0 when every document was analysed, 1 when some failed.
    func run(render: (InputDocument) -> [UInt8], renderFailure: (JSONValue?, String) -> [UInt8]?) throws(CLIError) -> Int32 {
        var failures = 0
        try source.forEach { outcome throws(CLIError) in
            switch outcome {
            case .document(let document):
                output.write(render(document))
            case .failure(let id, _, let message):
                failures += 1
                printError(message)
                if let bytes = renderFailure(id, message) { output.write(bytes) }
            }
            if let failure = output.failure { throw CLIError.input(failure) }
        }
        return failures == 0 ? ExitStatus.success : ExitStatus.inputError
    }

    /// The JSONL error line for a failed document.
    static func errorLine(id: JSONValue?, message: String) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\"id\":")
        json.value(id ?? .null)
        json.raw(",\"error\":")
        json.string(message)
        json.raw("}\n")
        return json.bytes
    }
}
