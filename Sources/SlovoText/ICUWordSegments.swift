import CSlovoICU

/// ICU's word-break segments of UTF-8 text, in byte offsets.
///
/// The text is handed to ICU in chunks of about 64 KiB cut where a word break is certain
/// (after a line feed, or after a space that precedes a letter), so that memory for the
/// UTF-16 copy stays bounded however long the text is. Only a run of 256 KiB without any such
/// place (pathological input) is cut at a scalar boundary.
public struct ICUWordSegments {
    /// ICU's rule status of a segment: 0..<100 none (spaces, punctuation), 100..<200 number,
    /// 200..<300 letter, 300..<400 kana, 400..<500 ideographic.
    public struct Segment: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var ruleStatus: Int32
    }

    static let chunkTarget = 64 * 1024
    static let chunkLimit = 256 * 1024

    /// Calls `body` with every segment of `bytes`, in order. O(n).
    public static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Segment) -> Void) {
        guard !bytes.isEmpty else { return }
        let capacity = min(bytes.count, chunkLimit) + 8
        let scratch = UnsafeMutablePointer<SlovoSegment>.allocate(capacity: capacity)
        defer { scratch.deallocate() }
        var chunkStart = 0
        while chunkStart < bytes.count {
            let chunkEnd = safeChunkEnd(bytes, from: chunkStart)
            let count = slovo_word_segments(bytes.baseAddress! + chunkStart, Int32(chunkEnd - chunkStart),
                                            scratch, Int32(capacity))
            if count < 0 {
                // ICU failed (out of memory): fall back to one segment for the chunk.
                body(Segment(start: chunkStart, end: chunkEnd, ruleStatus: 0))
            } else {
                for i in 0..<Int(count) {
                    let s = scratch[i]
                    body(Segment(start: chunkStart + Int(s.start), end: chunkStart + Int(s.end),
                                 ruleStatus: s.ruleStatus))
                }
            }
            chunkStart = chunkEnd
        }
    }

    /// All segments as an array (convenience for tests). O(n).
    public static func segments(of text: String) -> [Segment] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Segment] = []
            forEach(in: bytes) { result.append($0) }
            return result
        }
    }

    /// Where to end the chunk that starts at `start`: a position after which ICU always breaks.
    static func safeChunkEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        if count - start <= chunkLimit { return count }
        let target = start + chunkTarget
        let limit = start + chunkLimit
        // After LF there is always a break (UAX #29 WB3a).
        var i = target
        while i < limit {
            if bytes[i] == 0x0A { return i + 1 }
            i += 1
        }
        // After a space followed by an ASCII or Cyrillic letter (WB3d keeps only spaces together).
        i = target
        while i < limit - 1 {
            if bytes[i] == 0x20 {
                let next = bytes[i + 1]
                if (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A || next == 0xD0 || next == 0xD1 {
                    return i + 1
                }
            }
            i += 1
        }
        // No safe place: cut at a scalar boundary.
        i = limit
        while i > start + 1 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
