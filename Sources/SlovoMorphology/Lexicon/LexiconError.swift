/// Why the lexicon could not be loaded. Loading never traps: every failure is one of these.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// A one-line explanation naming the file (or every folder searched).
    public let description: String

    init(_ description: String) { self.description = description }

    /// The file was not found; `searched` lists every folder tried, in order.
    static func notFound(_ file: String, searched: [String]) -> LexiconError {
        LexiconError("cannot find the lexicon \(file); looked in: \(searched.joined(separator: ", ")). "
            + "Set SLOVO_DICTIONARIES to the Dictionaries folder.")
    }

    /// The file exists but cannot be read.
    static func unreadable(_ path: String, _ reason: String) -> LexiconError {
        LexiconError("\(path): \(reason)")
    }

    /// The file is not a lexicon of a format this version reads.
    static func malformed(_ path: String, _ reason: String) -> LexiconError {
        LexiconError("\(path): not a Slovo lexicon of format \(LexiconFormat.version): \(reason)")
    }
}
