#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resident memory read from the kernel (Linux; nil elsewhere).
public enum MemoryFootprint {
    /// Resident bytes of this process now (`/proc/self/statm`). O(1).
    public static func residentBytes() -> Int? {
        guard let text = read("/proc/self/statm") else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Resident bytes of the memory maps of files whose path ends with `suffix`
    /// (`/proc/self/smaps`): how much of a memory-mapped dictionary is in memory. O(maps).
    public static func residentBytes(ofMappedFile suffix: String) -> Int? {
        guard let text = read("/proc/self/smaps") else { return nil }
        var total = 0
        var inFile = false
        for line in text.split(separator: "\n") {
            if let first = line.first, first.isHexDigit, line.contains("-") {
                // A map's first line: "start-end perms offset dev inode path".
                inFile = line.hasSuffix(suffix)
            } else if inFile, line.hasPrefix("Rss:") {
                let kilobytes = line.dropFirst(4).split(separator: " ").first.flatMap { Int($0) } ?? 0
                total += kilobytes * 1024
            }
        }
        return total
    }

    /// A whole small file of `/proc` (whose size is not known beforehand).
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
