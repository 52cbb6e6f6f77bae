#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zeroed memory for large tables read at random (the entity memos), mapped from the kernel
/// so that pages are zeroed only when first touched: a memo costs nothing at start-up and
/// little resident memory for a small text. (Asking for 2 MB pages, `MADV_HUGEPAGE`, made no
/// measurable difference to speed on 4 MB of text and made a one-page run 10 MB larger, since
/// a probe then brings in 2 MB at a time.) Small tables come from `calloc`.
struct ZeroedTable<T> {
    let pointer: UnsafeMutablePointer<T>
    private let mappedBytes: Int

    /// Tables at least this large are mapped; smaller ones come from `calloc`.
    static var mappedSize: Int { 1 << 20 }

    /// Room for `count` values of `T`, all bytes zero.
    init(count: Int) {
        let bytes = max(count * MemoryLayout<T>.stride, 1)
        if bytes < ZeroedTable.mappedSize {
            guard let raw = calloc(bytes, 1) else { fatalError("out of memory allocating \(bytes) bytes") }
            pointer = raw.bindMemory(to: T.self, capacity: count)
            mappedBytes = 0
            return
        }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let rounded = (bytes + page - 1) / page * page
        guard let raw = mmap(nil, rounded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              raw != MAP_FAILED else {
            fatalError("out of memory mapping \(rounded) bytes")
        }
        pointer = raw.bindMemory(to: T.self, capacity: count)
        mappedBytes = rounded
    }

    /// Sets every byte of the first `count` values to zero again. Unless `keepingPages`, a
    /// mapped table gives its pages back to the kernel (they come back zeroed when next
    /// touched), so clearing a large memo neither writes it all nor keeps it resident.
    /// O(count) at most.
    func zero(count: Int, keepingPages: Bool = false) {
        #if os(Linux)
        if mappedBytes > 0 && !keepingPages {
            if madvise(UnsafeMutableRawPointer(pointer), mappedBytes, MADV_DONTNEED) == 0 { return }
        }
        #endif
        UnsafeMutableRawPointer(pointer).initializeMemory(as: UInt8.self, repeating: 0,
                                                          count: count * MemoryLayout<T>.stride)
    }

    /// Gives the memory back.
    func deallocate() {
        if mappedBytes > 0 {
            munmap(UnsafeMutableRawPointer(pointer), mappedBytes)
        } else {
            free(UnsafeMutableRawPointer(pointer))
        }
    }
}
