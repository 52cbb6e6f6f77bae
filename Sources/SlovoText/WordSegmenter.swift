/// Word-break segments of UTF-8 text, identical to ICU's word break iterator (ICU 72, locale
/// "ru": UAX #29 with ICU's tailoring) in boundaries and rule statuses, but found mostly by a
/// byte scanner: plain Cyrillic, Latin, digit, space and punctuation runs are segmented
/// without ICU, and only the stretches around other characters go to ICU
/// (see ``WordSegmentScanner``). ``ICUWordSegments`` is the reference it is tested against.
///
/// The text is processed in chunks of about 64 KiB that end after white space where a break
/// is certain (after a line feed, or after a space or tab followed by a known character), so
/// that memory stays bounded; a text with no such place for longer is taken in one chunk.
public enum WordSegmenter {
    static let chunkTarget = 64 * 1024

    /// Calls `body` with every segment of `bytes` (valid UTF-8), in order. O(n).
    public static func forEach(in bytes: UnsafeBufferPointer<UInt8>,
                               _ body: (ICUWordSegments.Segment) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let scratch = SegmentScratch(capacity: min(bytes.count, chunkTarget * 2) + 1)
        var start = 0
        while start < bytes.count {
            let end = chunkEnd(base, count: bytes.count, from: start)
            scratch.reserve(forChunkOf: end - start)
            var list = SegmentList(into: scratch.segments)
            WordSegmentScanner.scan(base, from: start, to: end, scratch: scratch, into: &list)
            for k in 0..<list.count {
                let s = list.segments[k]
                body(ICUWordSegments.Segment(start: Int(s.start), end: Int(s.end), ruleStatus: Int32(s.ruleStatus)))
            }
            start = end
        }
    }

    /// All segments of `text` as an array. O(n).
    public static func segments(of text: String) -> [ICUWordSegments.Segment] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [ICUWordSegments.Segment] = []
            forEach(in: bytes) { result.append($0) }
            return result
        }
    }

    /// Where the chunk that starts at `start` ends: the text's end when less than twice
    /// ``chunkTarget`` is left, else the first place after ``chunkTarget`` bytes that follows a
    /// line feed, or a space or tab before a known non-space character. Web and e-mail
    /// addresses never cross such a place. O(distance scanned).
    static func chunkEnd(_ p: UnsafePointer<UInt8>, count: Int, from start: Int) -> Int {
        if count - start <= 2 * chunkTarget { return count }
        var i = start + chunkTarget
        while i < count - 1 {
            let b = p[i]
            if b == 0x0A { return i + 1 }
            if b == 0x20 || b == 0x09 {
                let next = p[i + 1]
                let (c, _) = next < 0x80 ? (FastCharClass.asciiTable[Int(next)], 1)
                                         : FastCharClass.nonASCII(p, i + 1, count)
                let before = b == 0x20 ? FastCharClass.space : FastCharClass.other
                if FastCharClass.isCertainBreak(before, c) { return i + 1 }
            }
            i += 1
        }
        return count
    }
}
