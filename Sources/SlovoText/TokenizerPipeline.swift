/// The tokenizer's passes over one text, chunk by chunk (``WordSegmenter/chunkEnd(_:count:from:)``):
/// word segments of the chunk (``WordSegmentScanner``, or ICU alone), the web and e-mail
/// addresses anchored in it (``SpecialSpans``), raw tokens (``SegmentPass``), then the Russian
/// rules (``JoinPass``) over the raw tokens they can decide; the few raw tokens after the last
/// gap no rule crosses wait for the next chunk. So every buffer stays the size of a chunk.
enum TokenizerPipeline {
    /// Appends the tokens of `bytes` to `tokens`. O(n).
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, segmentation: Tokenizer.Segmentation,
                    into tokens: inout [Token]) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        tokens.reserveCapacity(tokens.count + bytes.count / 8 + 16)
        let chunkCapacity = min(bytes.count, 2 * WordSegmenter.chunkTarget) + 1
        let scratch = SegmentScratch(capacity: chunkCapacity)
        let raw = RawTokenBuffer(capacity: chunkCapacity / 4)
        var sink = TokenSink(capacity: chunkCapacity / 4)
        defer { sink.deallocate() }
        var finder = SpecialSpans.Finder()
        var spans: [SpecialSpans.Span] = []
        var start = 0
        while start < bytes.count {
            let end: Int
            switch segmentation {
            case .fast:
                end = WordSegmenter.chunkEnd(base, count: bytes.count, from: start)
                WordSegmentScanner.scan(base, from: start, to: end, into: scratch, keepsBlanks: false)
            case .icu:
                end = ICUWordSegments.pieceEnd(bytes, from: start)
                ICUWordSegments.scan(base, from: start, to: end, into: scratch)
            }
            spans.removeAll(keepingCapacity: true)
            finder.find(in: bytes, anchors: UnsafeBufferPointer(start: scratch.anchors, count: scratch.anchorCount),
                        into: &spans)
            var writer = raw.writer(reserving: end - start)
            SegmentPass.appendTokens(UnsafeBufferPointer(start: scratch.segments, count: scratch.segmentCount),
                                     spans, bytes, to: &writer)
            raw.commit(writer)
            let decidable = end == bytes.count ? raw.count : JoinPass.decidableCount(raw.tokens, bytes)
            sink.reserve(decidable)
            let taken = JoinPass.join(raw.tokens, upTo: decidable, bytes, into: &sink)
            raw.removeFirst(taken)
            sink.flush(into: &tokens, keepingLast: end < bytes.count)
            start = end
        }
    }
}
