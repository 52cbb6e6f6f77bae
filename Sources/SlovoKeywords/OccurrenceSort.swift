/// The order of candidate occurrences in a ``CandidateTable``, and an in-place sort by it.
///
/// Occurrences are ordered by key, the text's before the title's, then by start and end; the
/// sentence, word count and kind break the remaining ties, so the order is total and the
/// result does not depend on the input order (no stable sort needed). The sort is an
/// introsort: quicksort on a median of three, insertion sort for short ranges, heapsort past
/// a depth of 2·log₂ n. It allocates nothing: the standard library's stable sort took a
/// buffer of half the array, which for a long text was tens of bytes of fresh memory a token.
enum OccurrenceSort {
    /// Whether `a` comes before `b`. O(1).
    @inline(__always)
    static func precedes(_ a: CandidateOccurrence, _ b: CandidateOccurrence) -> Bool {
        if a.key != b.key { return a.key < b.key }
        let x = place(a), y = place(b)
        if x != y { return x < y }
        return rest(a) < rest(b)
    }

    /// Title flag, start and end in one comparable word (start and end are non-negative).
    @inline(__always)
    static func place(_ o: CandidateOccurrence) -> UInt64 {
        (o.kind.contains(.title) ? 1 << 63 : 0) | UInt64(UInt32(bitPattern: o.start)) << 31
            | UInt64(UInt32(bitPattern: o.end))
    }

    /// Sentence, word count and kind in one comparable word.
    @inline(__always)
    static func rest(_ o: CandidateOccurrence) -> UInt64 {
        UInt64(UInt32(bitPattern: o.sentence)) << 16 | UInt64(o.words) << 8 | UInt64(o.kind.rawValue)
    }

    /// Sorts `items` in place by ``precedes(_:_:)``. O(n log n), no allocation.
    static func sort(_ items: UnsafeMutableBufferPointer<CandidateOccurrence>) {
        guard items.count > 1 else { return }
        let depth = 2 * (Int.bitWidth - items.count.leadingZeroBitCount)
        introsort(items, 0, items.count, depth)
    }

    /// Ranges of at most this many are finished by insertion sort.
    static let shortRange = 16

    private static func introsort(_ a: UnsafeMutableBufferPointer<CandidateOccurrence>, _ low: Int, _ high: Int, _ depth: Int) {
        var low = low, high = high, depth = depth
        while high - low > shortRange {
            if depth == 0 {
                heapsort(a, low, high)
                return
            }
            depth -= 1
            let split = partition(a, low, high)
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
            if split - low < high - split {
                introsort(a, low, split, depth)
                low = split
            } else {
                introsort(a, split, high, depth)
                high = split
            }
        }
        insertionSort(a, low, high)
    }

    /// Hoare partition of `a[low..<high]` (more than ``shortRange`` items) around the median of
    /// its first, middle and last items: every item of `a[low..<split]` is not after the pivot,
    /// every item of `a[split..<high]` not before it, and both sides are non-empty.
    private static func partition(_ a: UnsafeMutableBufferPointer<CandidateOccurrence>, _ low: Int, _ high: Int) -> Int {
        let middle = low + (high - low) / 2
        if precedes(a[middle], a[low]) { a.swapAt(middle, low) }
        if precedes(a[high - 1], a[middle]) {
            a.swapAt(high - 1, middle)
            if precedes(a[middle], a[low]) { a.swapAt(middle, low) }
        }
        let pivot = a[middle]
        var i = low - 1, j = high
        while true {
            repeat { i += 1 } while precedes(a[i], pivot)
            repeat { j -= 1 } while precedes(pivot, a[j])
            if i >= j { return j + 1 }
            a.swapAt(i, j)
        }
    }

    private static func insertionSort(_ a: UnsafeMutableBufferPointer<CandidateOccurrence>, _ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        for i in (low + 1)..<high {
            let item = a[i]
            var j = i
            while j > low && precedes(item, a[j - 1]) {
                a[j] = a[j - 1]
                j -= 1
            }
            a[j] = item
        }
    }

    private static func heapsort(_ a: UnsafeMutableBufferPointer<CandidateOccurrence>, _ low: Int, _ high: Int) {
        let n = high - low
        func siftDown(_ root: Int, _ count: Int) {
            var parent = root
            while true {
                var child = 2 * parent + 1
                guard child < count else { return }
                if child + 1 < count && precedes(a[low + child], a[low + child + 1]) { child += 1 }
                guard precedes(a[low + parent], a[low + child]) else { return }
                a.swapAt(low + parent, low + child)
                parent = child
            }
        }
        var start = n / 2
        while start > 0 {
            start -= 1
            siftDown(start, n)
        }
        var end = n
        while end > 1 {
            end -= 1
            a.swapAt(low, low + end)
            siftDown(0, end)
        }
    }
}
