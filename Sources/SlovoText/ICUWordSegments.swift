import CSlovoICU

/// ICU's word-break segments of UTF-8 text, in byte offsets: the reference that
/// ``WordSegmenter`` (the tokenizer's segmentation) is proven identical to.
///
/// Everything goes through ICU. The text is handed over in pieces of at least 64 KiB that end
/// after a line feed, where UAX #29 always breaks (WB3a), so the result is exactly ICU's over
/// the whole text; memory for the UTF-16 copy grows with the longest piece.
public struct ICUWordSegments {
    /// One segment: a byte range of the text and ICU's rule status for it.
    public struct Segment: Sendable, Equatable {
        /// Byte offset of the first byte.
        public var start: Int
        /// Byte offset just past the last byte.
        public var end: Int
        /// ICU's rule status: 0..<100 none (spaces, punctuation), 100..<200 number,
        /// 200..<300 letter, 300..<400 kana, 400..<500 ideographic.
        public var ruleStatus: Int32

        /// Creates a segment.
        public init(start: Int, end: Int, ruleStatus: Int32) {
            self.start = start
            self.end = end
            self.ruleStatus = ruleStatus
        }
    }

    static let pieceTarget = 64 * 1024

    /// Calls `body` with every segment of `bytes`, in order. O(n).
    public static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Segment) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var scratch = UnsafeMutablePointer<SlovoSegment>.allocate(capacity: 1)
        var capacity = 1
        defer { scratch.deallocate() }
        var start = 0
        while start < bytes.count {
            let end = pieceEnd(bytes, from: start)
            if end - start + 1 > capacity {
                scratch.deallocate()
                capacity = end - start + 1
                scratch = .allocate(capacity: capacity)
            }
            let count = slovo_word_segments(base + start, Int32(end - start), scratch, Int32(capacity))
            if count < 0 {
                // ICU failed (out of memory): one segment for the piece.
                body(Segment(start: start, end: end, ruleStatus: 0))
            } else {
                for i in 0..<Int(count) {
                    let s = scratch[i]
                    body(Segment(start: start + Int(s.start), end: start + Int(s.end), ruleStatus: s.ruleStatus))
                }
            }
            start = end
        }
    }

    /// All segments as an array. O(n).
    public static func segments(of text: String) -> [Segment] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Segment] = []
            forEach(in: bytes) { result.append($0) }
            return result
        }
    }

    /// ICU's segments of the piece `p[start..<end]` (which must end after a line feed or at the
    /// end of the text), unclassified, given to `consumer` with the anchors of web and e-mail
    /// addresses: the tokenizer's reference mode (``Tokenizer/Segmentation/icu``). O(n).
    static func scan<Consumer: SegmentConsumer>(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int,
                                                scratch: SegmentScratch, into consumer: inout Consumer) {
        scratch.reserve(forChunkOf: end - start)
        for k in start..<end {
            let b = p[k]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@") { consumer.anchor(at: k) }
        }
        let icu = scratch.icuSegments
        let count = Int(slovo_word_segments(p + start, Int32(end - start), icu, Int32(scratch.capacity)))
        guard count >= 0 else {
            consumer.segment(ScannedSegment(start: Int32(start), end: Int32(end), ruleStatus: 0, hint: .unclassified,
                                            shape: []), gapAfter: false)
            return
        }
        for k in 0..<count {
            let s = icu[k]
            consumer.segment(ScannedSegment(start: Int32(start) + s.start, end: Int32(start) + s.end,
                                            ruleStatus: Int16(clamping: s.ruleStatus), hint: .unclassified, shape: []),
                             gapAfter: false)
        }
    }

    /// Where the piece that starts at `start` ends: after the first line feed at least
    /// ``pieceTarget`` bytes on, or at the end of the text.
    static func pieceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start + pieceTarget
        while i < bytes.count {
            if bytes[i - 1] == 0x0A { return i }
            i += 1
        }
        return bytes.count
    }
}
