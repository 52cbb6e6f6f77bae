import Slovo

/// Bytes written before, between and after the documents of a run (a JSON array's brackets
/// and commas, an HTML page's head and foot).
struct BatchFraming: Sendable {
    var header: [UInt8] = []
    var separator: [UInt8] = []
    var footer: [UInt8] = []
}

/// What became of one unit of input: the bytes to write, the messages for standard error,
/// and whether it was a document and failed.
struct CompletedUnit: Sendable {
    var output: [UInt8] = []
    var messages: [String] = []
    var isDocument = true
    var failed = false
    var inputBytes = 0
    /// Bytes of the unit counted in the batch window (set by ``BatchPipeline``).
    var heldBytes = 0
}

/// Runs a per-document function over every input document and writes the results in input
/// order. One failed document never stops the batch: in JSONL output it becomes
/// `{"id": ..., "error": "..."}`, and its message goes to standard error.
///
/// With `--jobs N` above 1, documents are read, parsed, analysed and rendered by N worker
/// threads (``BatchPipeline``) while this thread writes the results in order; memory stays
/// bounded by a window of documents in flight. With 1 everything runs on this thread.
struct BatchRunner {
    let source: DocumentSource
    let output: OutputStream
    var framing = BatchFraming()

    /// Returns the exit status: 0 when every document was analysed, 1 when some failed.
    func run(render: @escaping (InputDocument) -> [UInt8],
             renderFailure: @escaping (JSONValue?, String) -> [UInt8]?) throws(CLIError) -> Int32 {
        var writer = BatchWriter(output: output, framing: framing,
                                 progress: ProgressMeter(totalBytes: source.knownTotalBytes()))
        let work = UnitWork(source: source, render: render, renderFailure: renderFailure)
        let outcome: Result<Void, CLIError>
        if source.jobs <= 1 {
            do throws(CLIError) {
                // When the input waits (a streaming caller), what was written goes out first.
                try source.forEachUnit(idle: { output.flush() }) { unit throws(CLIError) in
                    try writer.write(work.complete(unit))
                }
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
        } else {
            outcome = BatchPipeline(source: source, work: work, jobs: source.jobs).run(
                write: { completed throws(CLIError) in try writer.write(completed) },
                flush: { output.flush() })
        }
        writer.finish()
        try outcome.get()
        if let failure = output.failure { throw CLIError.input(failure) }
        return writer.failures == 0 ? ExitStatus.success : ExitStatus.inputError
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

/// Turns a unit of input into its output: resolve (read, decode, parse), then render. Called
/// from worker threads at once: the render functions must only read shared immutable state
/// (an `Analyzer`, options), which is why the closures may be shared unchecked.
struct UnitWork: @unchecked Sendable {
    let source: DocumentSource
    let render: (InputDocument) -> [UInt8]
    let renderFailure: (JSONValue?, String) -> [UInt8]?

    func complete(_ unit: InputUnit) -> CompletedUnit {
        if case .notice(let message) = unit {
            return CompletedUnit(messages: [message], isDocument: false)
        }
        let held = unit.heldBytes
        switch source.resolve(unit) {
        case .document(let document):
            let size = held > 0 ? held + 1 : document.text.utf8.count
            return CompletedUnit(output: render(document), inputBytes: size)
        case .failure(let id, _, let message):
            return CompletedUnit(output: renderFailure(id, message) ?? [], messages: [message], failed: true,
                                 inputBytes: held > 0 ? held + 1 : 0)
        case nil:
            return CompletedUnit(isDocument: false)
        }
    }
}

/// Writes completed units in order: messages to standard error, output with the framing,
/// progress and the closing summary.
struct BatchWriter {
    let output: OutputStream
    let framing: BatchFraming
    var progress: ProgressMeter
    var documents = 0
    var failures = 0
    var wroteDocument = false
    var headerWritten = false

    init(output: OutputStream, framing: BatchFraming, progress: ProgressMeter) {
        self.output = output
        self.framing = framing
        self.progress = progress
    }

    mutating func write(_ unit: CompletedUnit) throws(CLIError) {
        if !headerWritten { writeHeader() }
        for message in unit.messages {
            progress.clear()
            printError(message)
        }
        if !unit.output.isEmpty {
            if wroteDocument { output.write(framing.separator) }
            output.write(unit.output)
            output.markDocumentEnd()
            wroteDocument = true
        }
        if unit.isDocument { documents += 1 }
        if unit.failed { failures += 1 }
        progress.advance(documents: unit.isDocument ? 1 : 0, bytes: unit.inputBytes)
        if let failure = output.failure { throw CLIError.input(failure) }
    }

    mutating func writeHeader() {
        headerWritten = true
        output.write(framing.header)
    }

    /// The footer, the last flush and the summary line.
    mutating func finish() {
        if !headerWritten { writeHeader() }
        if output.failure == nil {
            output.write(framing.footer)
            output.markDocumentEnd()
            output.flush()
        }
        progress.finish(documents: documents, failures: failures)
    }
}
