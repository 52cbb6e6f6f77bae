/// Receives what ``WordSegmentScanner`` finds, in text order. The scanner is generic over it,
/// so each consumer gets its own specialized, inlined copy of the loop.
protocol SegmentConsumer {
    /// A segment that is not white space of the fast path. `gapAfter`: ASCII white space
    /// (space, tab, line feed, carriage return) follows it at once, so no token of the text
    /// can start where it ends.
    mutating func segment(_ segment: ScannedSegment, gapAfter: Bool)
    /// A fast-path word (Cyrillic letters only) and the punctuation mark right after it, which
    /// is followed by ASCII white space: the same as two calls of ``segment(_:gapAfter:)``.
    mutating func wordThenMark(_ word: ScannedSegment, _ mark: ScannedSegment)
    /// White space the fast path decided (spaces, line ends, tabs, no-break spaces).
    mutating func blank(start: Int, end: Int)
    /// Takes back the last segment given to ``segment(_:gapAfter:)`` or ``blank(start:end:)``
    /// when it starts at or after `offset` (ICU is about to segment from there).
    mutating func takeBack(from offset: Int)
    /// A byte that may anchor a web or e-mail address ('.', ':', '@') at `offset`.
    mutating func anchor(at offset: Int)
    /// Forgets the anchors at or after `offset` (they are given again).
    mutating func dropAnchors(from offset: Int)
}

/// Collects every segment, white space included, into a buffer (``WordSegmenter``).
struct SegmentList: SegmentConsumer {
    let segments: UnsafeMutablePointer<ScannedSegment>
    private(set) var count = 0

    init(into segments: UnsafeMutablePointer<ScannedSegment>) {
        self.segments = segments
    }

    @inline(__always)
    mutating func segment(_ segment: ScannedSegment, gapAfter: Bool) {
        segments[count] = segment
        count &+= 1
    }

    @inline(__always)
    mutating func wordThenMark(_ word: ScannedSegment, _ mark: ScannedSegment) {
        segment(word, gapAfter: false)
        segment(mark, gapAfter: true)
    }

    @inline(__always)
    mutating func blank(start: Int, end: Int) {
        segments[count] = ScannedSegment(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                         ruleStatus: 0, hint: .blank, shape: [])
        count &+= 1
    }

    mutating func takeBack(from offset: Int) {
        if count > 0 && Int(segments[count - 1].start) >= offset { count -= 1 }
    }

    @inline(__always) mutating func anchor(at offset: Int) {}
    @inline(__always) mutating func dropAnchors(from offset: Int) {}
}
