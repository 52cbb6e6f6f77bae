#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The read-only evaluation data at `../shared` next to the package root (or where the
/// environment variable `SLOVO_SHARED` points). Absent in a user's fresh clone: tests that
/// need it skip with a message.
enum SharedData {
    /// The package root (this file is Tests/SlovoTextTests/Support/SharedData.swift in it).
    static let packageRoot: String = {
        var root = "\(#filePath)"
        for _ in 0..<4 { root = String(root[..<(root.lastIndex(of: "/") ?? root.startIndex)]) }
        return root
    }()

    /// The shared directory, or nil when it is not there.
    static let directory: String? = {
        if let value = environment("SLOVO_SHARED"), isDirectory(value) { return value }
        let candidate = packageRoot + "/../shared"
        return isDirectory(candidate) ? candidate : nil
    }()

    /// The 48 MB Russian corpus, or nil.
    static var corpusPath: String? {
        guard let directory else { return nil }
        let path = directory + "/data/corpus/ru_corpus_48mb.txt"
        return access(path, R_OK) == 0 ? path : nil
    }

    /// The value of an environment variable.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads up to `limit` bytes of a file (all of it when nil).
    static func read(_ path: String, limit: Int? = nil) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while limit.map({ bytes.count < $0 }) ?? true {
            let wanted = min(buffer.count, (limit ?? Int.max) - bytes.count)
            let got = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, wanted, file) }
            if got <= 0 { break }
            bytes.append(contentsOf: buffer[0..<got])
        }
        return bytes
    }
}
