import CSlovoICU

/// Reusable buffers of one segmentation run: the segments of the current chunk, ICU's output
/// for a region, and the positions of the bytes that may anchor a web or e-mail address.
/// Allocated once per run, sized for the largest chunk; never shared between threads.
final class SegmentScratch {
    private(set) var segments: UnsafeMutablePointer<ScannedSegment>
    private(set) var icuSegments: UnsafeMutablePointer<SlovoSegment>
    private(set) var anchors: UnsafeMutablePointer<Int32>
    /// Every buffer holds at least this many elements: a chunk of `capacity - 1` bytes fits.
    private(set) var capacity: Int
    var segmentCount = 0
    var anchorCount = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        segments = .allocate(capacity: self.capacity)
        icuSegments = .allocate(capacity: self.capacity)
        anchors = .allocate(capacity: self.capacity)
    }

    deinit {
        segments.deallocate()
        icuSegments.deallocate()
        anchors.deallocate()
    }

    /// Makes room for a chunk of `bytes` bytes (at most one segment and one anchor per byte),
    /// and empties the buffers.
    func reset(forChunkOf bytes: Int) {
        segmentCount = 0
        anchorCount = 0
        guard bytes + 1 > capacity else { return }
        let newCapacity = max(bytes + 1, capacity * 2)
        segments.deallocate()
        icuSegments.deallocate()
        anchors.deallocate()
        capacity = newCapacity
        segments = .allocate(capacity: capacity)
        icuSegments = .allocate(capacity: capacity)
        anchors = .allocate(capacity: capacity)
    }
}
