#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file. The pages are shared by every thread and by every
/// process that maps the same file; nothing is parsed or copied on open.
package final class MappedFile: @unchecked Sendable {
    /// The first byte.
    package let base: UnsafeRawPointer
    /// The size in bytes.
    package let count: Int

    /// Maps `path`; throws the system's reason on failure. O(1) (the kernel pages data in on use).
    package init(path: String) throws(LexiconError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size > 0 else { throw .malformed(path, "empty file") }
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else {
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(pointer)
        count = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }
}
