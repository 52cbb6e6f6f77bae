import CSlovoICU

/// Reusable buffers of one segmentation run: the segments of the current chunk and ICU's
/// output for a region. Allocated once per run, sized for the largest chunk; never shared
/// between threads.
final class SegmentScratch {
    private(set) var segments: UnsafeMutablePointer<ScannedSegment>
    private(set) var icuSegments: UnsafeMutablePointer<SlovoSegment>
    /// Both buffers hold at least this many elements: a chunk of `capacity - 1` bytes fits
    /// (at most one segment per byte).
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        segments = .allocate(capacity: self.capacity)
        icuSegments = .allocate(capacity: self.capacity)
    }

    deinit {
        segments.deallocate()
        icuSegments.deallocate()
    }

    /// Makes room for a chunk of `bytes` bytes.
    func reserve(forChunkOf bytes: Int) {
        guard bytes + 1 > capacity else { return }
        capacity = max(bytes + 1, capacity * 2)
        segments.deallocate()
        icuSegments.deallocate()
        segments = .allocate(capacity: capacity)
        icuSegments = .allocate(capacity: capacity)
    }
}
