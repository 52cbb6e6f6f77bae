#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files and walking directories with clear one-line errors.
enum FileReading {
    /// What a path names, as far as reading it goes.
    enum Kind { case regular, directory, other }

    /// The kind of the file at `path` (following symbolic links), or an error message.
    static func kind(of path: String) -> Result<Kind, CLIError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(.input("\(path): \(String(cString: strerror(errno)))"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.regular)
        case S_IFDIR: return .success(.directory)
        default: return .success(.other)
        }
    }

    /// Opens `path` for reading without blocking on a FIFO that has no writer (the flag is
    /// cleared once open). -1 and errno on failure.
    static func openForReading(_ path: String) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return fd }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        return fd
    }

    /// Whether reading `fd` would return at once (data or end of input) rather than wait.
    static func hasInputReady(_ fd: Int32) -> Bool {
        var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) != 0
    }

    /// All bytes of the file at `path` ("-" is standard input), at most `limit` of them: a
    /// larger input is an error, and no more than `limit + 64 KiB` bytes are ever held.
    static func readAll(_ path: String, limit: Int = Int(Int32.max) - 1) throws(CLIError) -> [UInt8] {
        let name = path == "-" ? "<stdin>" : path
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = openForReading(path)
            guard fd >= 0 else { throw .input("\(path): \(String(cString: strerror(errno)))") }
        }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        var expected = 0
        if fstat(fd, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw .input("\(name): is a directory") }
            if info.st_mode & S_IFMT == S_IFREG {
                expected = Int(info.st_size)
                if expected > limit { throw .input("\(name): \(expected) bytes is over --max-document-bytes \(limit)") }
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .input("\(name): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { throw .input("\(name): more than \(limit) bytes, over --max-document-bytes") }
        }
        return bytes
    }

    /// The files named `*suffix` (`.txt`, or `.jsonl` for JSONL input) under `directory`,
    /// recursively, sorted by path. Symbolic links that
    /// leave the tree, loop or lead nowhere, FIFOs, sockets, devices and unreadable
    /// directories are reported through `skip` and left out; they are never opened.
    static func textFiles(under directory: String, suffix: String = ".txt", skip: (String) -> Void) -> [String] {
        var result: [String] = []
        var visited = Set<String>()
        guard let root = realPath(directory) else {
            skip("\(directory): \(String(cString: strerror(errno)))")
            return []
        }
        walk(directory, suffix: suffix, real: root, root: root, visited: &visited, into: &result, skip: skip)
        return result
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func walk(_ path: String, suffix: String, real: String, root: String, visited: inout Set<String>, into result: inout [String],
                     skip: (String) -> Void) {
        guard visited.insert(real).inserted else {
            skip("\(path): directory already visited (a symbolic link loop), skipped")
            return
        }
        guard let dir = opendir(path) else {
            skip("\(path): \(String(cString: strerror(errno))), skipped")
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        closedir(dir)
        names.sort()
        for name in names {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var linkInfo = stat()
            guard lstat(child, &linkInfo) == 0 else {
                skip("\(child): \(String(cString: strerror(errno))), skipped")
                continue
            }
            var isLink = linkInfo.st_mode & S_IFMT == S_IFLNK
            var info = linkInfo
            if isLink {
                guard stat(child, &info) == 0 else {
                    skip("\(child): symbolic link cannot be followed (\(String(cString: strerror(errno)))), skipped")
                    continue
                }
                guard let target = realPath(child), target == root || target.hasPrefix(root + "/") else {
                    skip("\(child): symbolic link leads outside \(root), skipped")
                    continue
                }
                isLink = true
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard let childReal = realPath(child) else { continue }
                walk(child, suffix: suffix, real: childReal, root: root, visited: &visited, into: &result, skip: skip)
            case S_IFREG:
                // An unreadable file is a document that fails (reported when it is read).
                if name.hasSuffix(suffix) { result.append(child) }
            default:
                if name.hasSuffix(suffix) { skip("\(child): not a regular file, skipped") }
            }
            _ = isLink
        }
    }
}
