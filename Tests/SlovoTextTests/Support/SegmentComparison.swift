import SlovoText

/// The outcome of comparing the fast segmenter with ICU over one text.
struct SegmentComparison: CustomStringConvertible {
    var bytes = 0
    var segments = 0
    var differences = 0
    /// The first difference, described with its surroundings.
    var firstDifference: String?

    var description: String {
        "\(bytes) bytes, \(segments) segments, \(differences) differences"
            + (firstDifference.map { "; first: \($0)" } ?? "")
    }

    /// Compares ``WordSegmenter`` with ``ICUWordSegments`` (boundaries and rule statuses) over
    /// valid UTF-8 bytes, holding one segment list at a time. O(n).
    static func compare(_ bytes: UnsafeBufferPointer<UInt8>) -> SegmentComparison {
        var reference: [ICUWordSegments.Segment] = []
        reference.reserveCapacity(bytes.count / 4 + 1)
        ICUWordSegments.forEach(in: bytes) { reference.append($0) }
        var result = SegmentComparison(bytes: bytes.count, segments: reference.count)
        var index = 0
        WordSegmenter.forEach(in: bytes) { segment in
            defer { index += 1 }
            let expected = index < reference.count ? reference[index] : nil
            guard segment != expected else { return }
            result.differences += 1
            if result.firstDifference == nil {
                result.firstDifference = describe(segment, expected, in: bytes)
            }
        }
        if index != reference.count {
            result.differences += abs(reference.count - index)
            if result.firstDifference == nil {
                result.firstDifference = "fast path gave \(index) segments, ICU \(reference.count)"
            }
        }
        return result
    }

    static func compare(_ text: String) -> SegmentComparison {
        var text = text
        return text.withUTF8 { compare($0) }
    }

    private static func describe(_ fast: ICUWordSegments.Segment, _ icu: ICUWordSegments.Segment?,
                                 in bytes: UnsafeBufferPointer<UInt8>) -> String {
        func text(_ s: ICUWordSegments.Segment) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[s.start..<s.end]), as: UTF8.self).debugDescription
        }
        // The line around the difference.
        var lineStart = fast.start
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A && fast.start - lineStart < 80 { lineStart -= 1 }
        var lineEnd = fast.end
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && lineEnd - fast.end < 80 { lineEnd += 1 }
        while lineStart > 0 && bytes[lineStart] & 0xC0 == 0x80 { lineStart -= 1 }
        while lineEnd < bytes.count && bytes[lineEnd] & 0xC0 == 0x80 { lineEnd += 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
        let expected = icu.map { "\($0.start)..<\($0.end) \(text($0)) status \($0.ruleStatus)" } ?? "nothing"
        return "fast path \(fast.start)..<\(fast.end) \(text(fast)) status \(fast.ruleStatus), "
            + "ICU \(expected), in \(line.debugDescription)"
    }
}

/// Test texts joined into one document by line feeds. UAX #29 breaks before and after a line
/// feed whatever surrounds it (WB3a, WB3b; a carriage return just before it is avoided), so
/// each text is segmented as if alone, and one comparison covers them all.
func joinedByLineFeeds(_ texts: [String]) -> String {
    texts.map { $0.hasSuffix("\r") ? $0 + " " : $0 }.joined(separator: "\n")
}
