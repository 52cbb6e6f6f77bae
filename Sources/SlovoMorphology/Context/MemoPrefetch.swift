import SlovoText

/// Looking up a window's tokens in the memo in passes, so that the cache misses of different
/// tokens overlap instead of following one another.
///
/// Finding one word is a chain of dependent loads (slot, then entry, then its candidates), each
/// a likely cache miss once the memo outgrows the cache, and the per-token loop waits for each
/// chain in turn. The passes here read, for every token of the window, first its slot, then
/// its entry, then its first candidate's core and stored analysis: within a pass the loads are
/// independent, so the processor keeps many in flight. Then the ordinary lookup finds the
/// lines in cache. The passes change nothing but ``MemoState/sink``.
extension MemoState {
    /// Computes the memo hash of every token of `tokens[range]` into `hashes` and brings their
    /// slots, entries and first candidates into cache. O(range) plus O(length) hashing.
    @inline(__always)
    mutating func prefetch(_ tokens: UnsafeBufferPointer<SlovoText.Token>, _ range: Range<Int>,
                           in bytes: UnsafeBufferPointer<UInt8>) {
        let n = range.count
        hashes.reserve(n)
        let hashes = self.hashes.pointer
        for i in 0..<n {
            let token = tokens[range.lowerBound + i]
            let text = UnsafeBufferPointer(rebasing: bytes[token.byteRange])
            hashes[i] = MemoState.hash(text, kind: MorphologyTagger.TokenClass(token).rawValue)
        }
        guard slots.count > 0 else { return }
        let mask = slots.count - 1
        let slotBase = slots.pointer, entryBase = entries.pointer
        var sink = self.sink
        // Pass 1: the first slot of each token.
        for i in 0..<n { sink &+= slotBase[Int(truncatingIfNeeded: hashes[i] &>> 20) & mask] }
        // Pass 2: the entry that slot names when its hash bits match.
        for i in 0..<n {
            let h = hashes[i]
            let s = slotBase[Int(truncatingIfNeeded: h &>> 20) & mask]
            if s != 0 && s & 0xFFFF_FFFF_0000_0000 == h &<< 32 {
                sink &+= entryBase[Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1].hash
            }
        }
        // Pass 3: that entry's first candidate (the likeliest) in the search's and the output's
        // arrays.
        let cores = self.cores.pointer, stored = self.stored.pointer
        for i in 0..<n {
            let h = hashes[i]
            let s = slotBase[Int(truncatingIfNeeded: h &>> 20) & mask]
            if s != 0 && s & 0xFFFF_FFFF_0000_0000 == h &<< 32 {
                let start = Int(entryBase[Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1].start)
                sink &+= UInt64(cores[start].features.bits) &+ stored[start].low
            }
        }
        self.sink = sink
    }
}
