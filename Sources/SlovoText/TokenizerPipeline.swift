/// The tokenizer's passes over one text, chunk by chunk (``WordSegmenter/chunkEnd(_:count:from:)``):
/// word segments of the chunk (``WordSegmentScanner``, or ICU alone) with the anchors of web
/// and e-mail addresses, given as they are found to ``TokenAssembler`` (isolated words and
/// marks are finished at once; the rest goes through the addresses, ``SegmentPass`` and the
/// Russian rules of ``JoinPass``). Every buffer stays the size of a chunk.
enum TokenizerPipeline {
    /// Appends the tokens of `bytes` to `tokens`. O(n).
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, segmentation: Tokenizer.Segmentation,
                    into tokens: inout [Token]) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        tokens.reserveCapacity(tokens.count + bytes.count / 8 + 16)
        let chunkCapacity = min(bytes.count, 2 * WordSegmenter.chunkTarget) + 1
        let scratch = SegmentScratch(capacity: chunkCapacity)
        var assembler = TokenAssembler(bytes, chunkCapacity: chunkCapacity)
        defer { assembler.deallocate() }
        var start = 0
        while start < bytes.count {
            let end: Int
            switch segmentation {
            case .fast:
                end = WordSegmenter.chunkEnd(base, count: bytes.count, from: start)
                scratch.reserve(forChunkOf: end - start)
                assembler.beginChunk(byteCount: end - start)
                WordSegmentScanner.scan(base, from: start, to: end, scratch: scratch, into: &assembler)
            case .icu:
                end = ICUWordSegments.pieceEnd(bytes, from: start)
                assembler.beginChunk(byteCount: end - start)
                ICUWordSegments.scan(base, from: start, to: end, scratch: scratch, into: &assembler)
            }
            assembler.endChunk(isLast: end == bytes.count, into: &tokens)
            start = end
        }
    }
}
