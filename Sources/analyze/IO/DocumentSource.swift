#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo

/// One document to analyse.
struct InputDocument {
    /// The id written back with the results: the JSONL "id", or the file path.
    var id: JSONValue
    var text: String
    /// JSONL fields other than "id" and "text", passed through to the output.
    var extra: [(String, JSONValue)]
    /// Where it came from, for messages: "file.txt" or "file.jsonl:12".
    var origin: String
    /// The encoding it was read in.
    var encoding: String
}

/// A document, or why one could not be read.
enum DocumentOutcome {
    case document(InputDocument)
    case failure(id: JSONValue?, origin: String, message: String)
}

/// Reads the documents named by ``InputOptions`` in order: files, directories, standard input,
/// text or JSONL. Failures of single documents are reported as outcomes, never thrown.
struct DocumentSource {
    let options: InputOptions

    /// Calls `body` with each document or failure, in input order.
    func forEach(_ body: (DocumentOutcome) throws(CLIError) -> Void) throws(CLIError) {
        let inputs = options.inputs.isEmpty ? ["-"] : options.inputs
        for input in inputs {
            if input == "-" {
                try read(path: "-", body)
                continue
            }
            switch FileReading.kind(of: input) {
            case .failure(let error):
                try body(.failure(id: .string(input), origin: input, message: error.message))
            case .success(.directory):
                var skipped: [String] = []
                let files = FileReading.textFiles(under: input) { skipped.append($0) }
                for message in skipped { printError(message) }
                for file in files { try read(path: file, body) }
            case .success:
                try read(path: input, body)
            }
        }
    }

    func read(path: String, _ body: (DocumentOutcome) throws(CLIError) -> Void) throws(CLIError) {
        switch options.inputFormat {
        case .text: try readText(path: path, body)
        case .jsonl: try readJSONL(path: path, body)
        }
    }

    func readText(path: String, _ body: (DocumentOutcome) throws(CLIError) -> Void) throws(CLIError) {
        let origin = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        do {
            bytes = try FileReading.readAll(path)
        } catch {
            try body(.failure(id: .string(path), origin: origin, message: error.message))
            return
        }
        guard bytes.count <= options.maxDocumentBytes else {
            try body(.failure(id: .string(path), origin: origin,
                              message: "\(origin): \(bytes.count) bytes is over --max-document-bytes \(options.maxDocumentBytes)"))
            return
        }
        let decoded: Result<TextDecoding.Decoded, TextDecoding.Failure> = bytes.withUnsafeBufferPointer { buffer in
            do throws(TextDecoding.Failure) {
                return .success(try TextDecoding.decode(buffer, options: options.decodingOptions))
            } catch {
                return .failure(error)
            }
        }
        switch decoded {
        case .success(let d):
            try body(.document(InputDocument(id: .string(path), text: d.text, extra: [], origin: origin, encoding: d.encoding)))
        case .failure(let failure):
            try body(.failure(id: .string(path), origin: origin, message: "\(origin): \(failure)"))
        }
    }

    func readJSONL(path: String, _ body: (DocumentOutcome) throws(CLIError) -> Void) throws(CLIError) {
        let origin = path == "-" ? "<stdin>" : path
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                try body(.failure(id: .string(path), origin: origin, message: "\(path): \(String(cString: strerror(errno)))"))
                return
            }
        }
        defer { if fd != 0 { close(fd) } }
        let reader = LineReader(fileDescriptor: fd, maxLineBytes: options.maxDocumentBytes)
        while true {
            let line: LineReader.Line?
            do {
                line = try reader.next()
            } catch {
                try body(.failure(id: nil, origin: "\(origin):\(reader.lineNumber + 1)",
                                  message: "\(origin):\(reader.lineNumber + 1): read error: \(error)"))
                return
            }
            guard let line else { return }
            let location = "\(origin):\(reader.lineNumber)"
            switch line {
            case .tooLong(let length):
                try body(.failure(id: nil, origin: location,
                                  message: "\(location): line of \(length) bytes is over --max-document-bytes \(options.maxDocumentBytes)"))
            case .text(let bytes):
                try body(JSONLDocument.parse(bytes, location: location, decoding: options.decodingOptions))
            }
        }
    }
}

/// Turns one JSONL line into a document or a failure naming the line.
enum JSONLDocument {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, location: String, decoding: TextDecoding.Options) -> DocumentOutcome {
        var line = bytes
        // A UTF-8 BOM at the start of the first line is not part of the JSON.
        if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
            line = UnsafeBufferPointer(rebasing: line[3...])
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return .failure(id: nil, origin: location, message: "\(location): empty line, expected a JSON object")
        }
        var repaired: [UInt8]? = nil
        if decoding.lossy, UTF8Validation.firstInvalidOffset(line) != nil {
            repaired = Array(String(decoding: line, as: UTF8.self).utf8)
        }
        let parsed: Result<JSONValue, JSONParser.Error>
        if let repaired {
            parsed = repaired.withUnsafeBufferPointer { b in
                do throws(JSONParser.Error) { return .success(try JSONParser.parse(b)) } catch { return .failure(error) }
            }
        } else {
            do throws(JSONParser.Error) { parsed = .success(try JSONParser.parse(line)) } catch { parsed = .failure(error) }
        }
        let value: JSONValue
        switch parsed {
        case .failure(let error):
            return .failure(id: nil, origin: location, message: "\(location): malformed JSON: \(error)")
        case .success(let v):
            value = v
        }
        guard case .object(let members) = value else {
            return .failure(id: nil, origin: location, message: "\(location): expected a JSON object with \"text\"")
        }
        let id = value["id"]
        guard let textValue = value["text"] else {
            return .failure(id: id, origin: location, message: "\(location): no \"text\" field")
        }
        guard case .string(let text) = textValue else {
            return .failure(id: id, origin: location, message: "\(location): \"text\" is not a string")
        }
        let extra = members.filter { $0.0 != "id" && $0.0 != "text" }
        return .document(InputDocument(id: id ?? .null, text: text, extra: extra, origin: location, encoding: "UTF-8"))
    }
}
