#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo

/// What the reading of documents needs from the command line, as a `Sendable` value that
/// worker threads can share.
struct InputSettings: Sendable {
    var format: InputFormat
    var decoding: TextDecoding.Options
    var maxDocumentBytes: Int
}

/// Reads the documents named by ``InputOptions`` in order: files, directories, standard input,
/// text or JSONL. Failures of single documents are reported as outcomes, never thrown.
///
/// Reading is split in two so that a batch can run in parallel: ``forEachUnit(_:)`` walks the
/// inputs in order and yields cheap units (a path, a JSONL line); ``resolve(_:)``, which any
/// thread may call, reads, decodes and parses one unit into a document.
struct DocumentSource: Sendable {
    let inputs: [String]
    let settings: InputSettings
    /// Worker threads for a batch (`--jobs`).
    let jobs: Int

    init(options: InputOptions) {
        inputs = options.inputs.isEmpty ? ["-"] : options.inputs
        jobs = options.effectiveJobs
        settings = InputSettings(format: options.inputFormat, decoding: options.decodingOptions,
                                 maxDocumentBytes: options.maxDocumentBytes)
    }

    /// Calls `body` with each document or failure, in input order (sequentially).
    func forEach(_ body: (DocumentOutcome) throws(CLIError) -> Void) throws(CLIError) {
        try forEachUnit { unit throws(CLIError) in
            if let outcome = resolve(unit) { try body(outcome) }
        }
    }

    /// Calls `body` with each unit of input, in order. Streaming: a JSONL input is read line
    /// by line, never whole. `idle` is called when the input has nothing ready to read (a
    /// pipe or terminal whose writer waits for our answer): the moment to pass on what was
    /// gathered.
    func forEachUnit(idle: () throws(CLIError) -> Void = {}, _ body: (InputUnit) throws(CLIError) -> Void) throws(CLIError) {
        for input in inputs {
            if input == "-" {
                try read(path: "-", idle: idle, body)
                continue
            }
            switch FileReading.kind(of: input) {
            case .failure(let error):
                try body(.failure(id: .string(input), origin: input, message: error.message))
            case .success(.directory):
                var skipped: [String] = []
                let suffix = settings.format == .jsonl ? ".jsonl" : ".txt"
                let files = FileReading.textFiles(under: input, suffix: suffix) { skipped.append($0) }
                for message in skipped { try body(.notice(message)) }
                for file in files { try read(path: file, idle: idle, body) }
            case .success:
                try read(path: input, idle: idle, body)
            }
        }
    }

    /// Total bytes of the inputs when known beforehand (regular files), for a progress ETA.
    func knownTotalBytes() -> Int? {
        var total = 0
        for input in inputs {
            var info = stat()
            let status = input == "-" ? fstat(0, &info) : stat(input, &info)
            guard status == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    func read(path: String, idle: () throws(CLIError) -> Void, _ body: (InputUnit) throws(CLIError) -> Void) throws(CLIError) {
        switch settings.format {
        case .text:
            if path == "-" {
                do {
                    let bytes = try FileReading.readAll("-", limit: settings.maxDocumentBytes)
                    try body(.text(bytes: bytes, origin: "<stdin>"))
                } catch {
                    try body(.failure(id: .string("-"), origin: "<stdin>", message: error.message))
                }
            } else {
                try body(.file(path: path))
            }
        case .jsonl:
            try readJSONL(path: path, idle: idle, body)
        }
    }

    func readJSONL(path: String, idle: () throws(CLIError) -> Void, _ body: (InputUnit) throws(CLIError) -> Void) throws(CLIError) {
        let origin = path == "-" ? "<stdin>" : path
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = FileReading.openForReading(path)
            guard fd >= 0 else {
                try body(.failure(id: .string(path), origin: origin, message: "\(path): \(String(cString: strerror(errno)))"))
                return
            }
        }
        defer { if fd != 0 { close(fd) } }
        let reader = LineReader(fileDescriptor: fd, maxLineBytes: settings.maxDocumentBytes)
        // Regular files are always ready; for pipes and terminals, ask before each line.
        var info = stat()
        let mayWait = fstat(fd, &info) != 0 || info.st_mode & S_IFMT != S_IFREG
        while true {
            if mayWait && !FileReading.hasInputReady(fd) { try idle() }
            let line: LineReader.Line?
            do {
                line = try reader.next()
            } catch {
                let location = "\(origin):\(reader.lineNumber + 1)"
                try body(.failure(id: nil, origin: location, message: "\(location): read error: \(error)"))
                return
            }
            guard let line else { return }
            let location = "\(origin):\(reader.lineNumber)"
            switch line {
            case .tooLong(let length):
                try body(.failure(id: nil, origin: location,
                                  message: "\(location): line of \(length) bytes is over --max-document-bytes \(settings.maxDocumentBytes)"))
            case .text(let bytes):
                try body(.jsonl(line: Array(bytes), location: location))
            }
        }
    }

    /// Reads, decodes or parses one unit. Safe to call from any thread; nil for notices.
    func resolve(_ unit: InputUnit) -> DocumentOutcome? {
        switch unit {
        case .notice:
            return nil
        case .failure(let id, let origin, let message):
            return .failure(id: id, origin: origin, message: message)
        case .file(let path):
            do {
                let bytes = try FileReading.readAll(path, limit: settings.maxDocumentBytes)
                return decodeText(bytes, id: .string(path), origin: path)
            } catch {
                return .failure(id: .string(path), origin: path, message: error.message)
            }
        case .text(let bytes, let origin):
            return decodeText(bytes, id: .string("-"), origin: origin)
        case .jsonl(let line, let location):
            return line.withUnsafeBufferPointer {
                JSONLDocument.parse($0, location: location, decoding: settings.decoding)
            }
        }
    }

    func decodeText(_ bytes: [UInt8], id: JSONValue, origin: String) -> DocumentOutcome {
        let decoded: Result<TextDecoding.Decoded, TextDecoding.Failure> = bytes.withUnsafeBufferPointer { buffer in
            do throws(TextDecoding.Failure) {
                return .success(try TextDecoding.decode(buffer, options: settings.decoding))
            } catch {
                return .failure(error)
            }
        }
        switch decoded {
        case .success(let d):
            return .document(InputDocument(id: id, text: d.text, extra: [], origin: origin, encoding: d.encoding,
                                           replacements: d.replacements))
        case .failure(let failure):
            return .failure(id: id, origin: origin, message: "\(origin): \(failure)")
        }
    }
}
