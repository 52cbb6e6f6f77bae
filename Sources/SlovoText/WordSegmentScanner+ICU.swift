import CSlovoICU

/// The ICU path of ``WordSegmentScanner``: the stretches the fast path cannot decide.
extension WordSegmentScanner {
    /// Hands `p[regionStart...]` to ICU up to the first certain boundary after the unknown
    /// character at `unknown`; returns that boundary. `regionStart` must be a certain boundary.
    mutating func handToICU(from regionStart: Int, unknownAt unknown: Int, _ consumer: inout Consumer) -> Int {
        var previous = FastCharClass.unknown
        var j = unknown
        while j < end {
            let b = p[j]
            let (c, len) = b < 0x80 ? (table[Int(b)], 1) : FastCharClass.nonASCII(p, j, end)
            if FastCharClass.isCertainBreak(previous, c) { break }
            previous = c
            j += len
        }
        let regionEnd = min(j, end)
        // Anchors are given again over the whole region.
        consumer.dropAnchors(from: regionStart)
        for k in regionStart..<regionEnd {
            let b = p[k]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@") { consumer.anchor(at: k) }
        }
        icuSegments(from: regionStart, to: regionEnd, &consumer)
        finalEnd = regionEnd
        lastStart = regionEnd
        return regionEnd
    }

    /// ICU's segments of `p[start..<end]`, a region between two certain boundaries.
    ///
    /// A region longer than ``WordSegmentScannerLimits/maxICURegion`` is segmented in pieces: of
    /// each piece, only the segments that end at least ``WordSegmentScannerLimits/icuLookaheadMargin``
    /// bytes before the cut, and not among the last two, are kept; the rest is segmented again
    /// with the next piece (ICU's word rules look ahead a Mid character and its marks, far less
    /// than the margin). A piece that keeps nothing (one giant segment) is retried with the rest
    /// of the region: growing it step by step would segment the giant's start again at every
    /// step (doubling costs up to twice its length, and the share varies with its size, which made
    /// 10 MB of combining marks take 12x the time of 1 MB).
    private mutating func icuSegments(from regionStart: Int, to regionEnd: Int, _ consumer: inout Consumer) {
        var start = regionStart
        var pieceLimit = WordSegmentScannerLimits.maxICURegion
        let icu = scratch.icuSegments
        while start < regionEnd {
            var stop = regionEnd
            if regionEnd - start > pieceLimit {
                stop = start + pieceLimit
                while stop > start + 1 && p[stop] & 0xC0 == 0x80 { stop -= 1 }
            }
            let count = Int(slovo_word_segments(p + start, Int32(stop - start), icu, Int32(scratch.capacity)))
            if count <= 0 {
                // ICU failed (out of memory): one unclassified segment.
                consumer.segment(Self.unclassified(start, stop, 0), gapAfter: false)
                start = stop
                continue
            }
            var keep = count
            if stop < regionEnd {
                keep = max(0, count - 2)
                while keep > 0 && Int(icu[keep - 1].end) > stop - start - WordSegmentScannerLimits.icuLookaheadMargin {
                    keep -= 1
                }
                if keep == 0 {
                    pieceLimit = regionEnd - start
                    continue
                }
            }
            for k in 0..<keep {
                let s = icu[k]
                consumer.segment(Self.unclassified(start + Int(s.start), start + Int(s.end), s.ruleStatus), gapAfter: false)
            }
            start += Int(icu[keep - 1].end)
            pieceLimit = WordSegmentScannerLimits.maxICURegion
        }
    }
}

/// Sizes of the ICU path of ``WordSegmentScanner``.
enum WordSegmentScannerLimits {
    /// The longest region handed to ICU at once (its UTF-16 copy stays small).
    static let maxICURegion = 256 * 1024
    /// How much of a piece before its cut is segmented again with the next piece.
    static let icuLookaheadMargin = 4 * 1024
}
