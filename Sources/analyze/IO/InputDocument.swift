import Slovo

/// One document to analyse.
struct InputDocument: Sendable {
    /// The id written back with the results: the JSONL "id", or the file path.
    var id: JSONValue
    var text: String
    /// JSONL fields other than "id" and "text", passed through to the output.
    var extra: [(String, JSONValue)]
    /// Where it came from, for messages: "file.txt" or "file.jsonl:12".
    var origin: String
    /// The encoding it was read in.
    var encoding: String
    /// Invalid byte sequences replaced with U+FFFD (only with `--lossy`).
    var replacements: Int = 0
}

/// A document, or why one could not be read.
enum DocumentOutcome: Sendable {
    case document(InputDocument)
    case failure(id: JSONValue?, origin: String, message: String)
}

/// A unit of input in reading order, before the (parallel) work of reading, decoding and
/// parsing it: the reader only splits the input into units, workers turn them into documents.
enum InputUnit: Sendable {
    /// A text file to read and decode (a file is one document).
    case file(path: String)
    /// Standard input read whole as one text document.
    case text(bytes: [UInt8], origin: String)
    /// One JSONL line.
    case jsonl(line: [UInt8], location: String)
    /// A document that failed before any work: a missing file, a JSONL line over the limit.
    case failure(id: JSONValue?, origin: String, message: String)
    /// A message for standard error that is no document (a skipped directory entry).
    case notice(String)

    /// Input bytes held by the unit (for the memory bound of the batch window).
    var heldBytes: Int {
        switch self {
        case .text(let bytes, _): return bytes.count
        case .jsonl(let line, _): return line.count
        default: return 0
        }
    }
}
