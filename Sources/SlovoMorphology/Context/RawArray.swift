#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable array of plain values in memory managed by hand: reading and appending cost no
/// reference counting and no uniqueness check, which matters on the tagger's per-token path.
/// The owner (``MemoStorage``) frees it with ``release()``; copies of the struct share the
/// memory, so only the owner keeps one.
struct RawArray<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>?
    var count = 0
    private(set) var capacity = 0

    /// Makes room for `minimum` elements in all. O(count) when it grows (doubling).
    @inline(__always)
    mutating func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        grow(to: minimum)
    }

    /// The alignment of the memory: a cache line, so that an element of 64 bytes is one line.
    static var alignment: Int { 64 }

    @inline(never)
    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2, 16)
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, RawArray.alignment, newCapacity * MemoryLayout<Element>.stride) == 0,
              let memory else { fatalError("out of memory") }
        if let base, count > 0 { memory.copyMemory(from: base, byteCount: count * MemoryLayout<Element>.stride) }
        free(base)
        base = memory.assumingMemoryBound(to: Element.self)
        capacity = newCapacity
    }

    /// Appends `element`. O(1) amortized.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        base![count] = element
        count += 1
    }

    /// Appends `n` elements from `source`. O(n) amortized.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<Element>, count n: Int) {
        guard n > 0 else { return }
        reserve(count + n)
        (base! + count).update(from: source, count: n)
        count += n
    }

    /// Sets `count` elements to `value` (the array must have that capacity). O(count).
    mutating func fill(_ value: Element, count n: Int) {
        reserve(n)
        base!.update(repeating: value, count: n)
        count = n
    }

    /// The element at `i` (not checked). O(1).
    @inline(__always)
    subscript(i: Int) -> Element {
        get { base.unsafelyUnwrapped[i] }
        nonmutating set { base.unsafelyUnwrapped[i] = newValue }
    }

    /// The elements' memory (valid while nothing is appended).
    @inline(__always)
    var pointer: UnsafeMutablePointer<Element> { base.unsafelyUnwrapped }

    /// A copy in new memory. O(count).
    func copy() -> RawArray {
        var other = RawArray()
        if let base, count > 0 { other.append(base, count: count) }
        return other
    }

    /// Frees the memory. O(1).
    mutating func release() {
        free(base)
        base = nil
        count = 0
        capacity = 0
    }
}
