import SlovoText

/// Each thread's own ``MorphologyMemo``, made on first use and freed with the thread
/// (`ThreadLocal`), so that repeated words cost a lookup across all the
/// documents a thread analyses, with no locking and no state for callers to manage.
final class ThreadMemo {
    var memo = MorphologyMemo(capacity: ThreadMemo.capacity)
    /// Set while a call uses the memo: a nested call (none today) gets a fresh one instead.
    var inUse = false

    /// Distinct words a thread's memo holds before it forgets those not seen again: about
    /// 15 MB (72 bytes a candidate, 80 a word; the arrays are reserved once at that size).
    /// Smaller is slower (16,384 words: morphology 19 MB/s instead of 21-25); larger keeps a
    /// batch growing for longer (65,536 words: 99 MB after 10 MB of JSONL, 173 MB after 60 MB,
    /// with 2 workers).
    static let capacity = 32_768

    static let slot = ThreadLocal { ThreadMemo() }

    /// The calling thread's memo holder.
    static var current: ThreadMemo { slot.value }
}

extension MorphologyMemo {
    /// Calls `body` with the calling thread's memo: `Analyzer.analyze(_:)` and
    /// ``MorphologyTagger/tag(_:_:in:into:)`` use it, so that the words of every document a
    /// thread analyses are looked up in the lexicon once (until the memo is full and starts
    /// again). O(1) besides `body`.
    public static func withThreadMemo<R>(_ body: (inout MorphologyMemo) -> R) -> R {
        let holder = ThreadMemo.current
        guard !holder.inUse else {
            var fresh = MorphologyMemo()
            return body(&fresh)
        }
        holder.inUse = true
        defer { holder.inUse = false }
        return body(&holder.memo)
    }

    /// Empties the calling thread's memo and gives back its memory. O(1).
    public static func releaseThreadMemo() {
        let holder = ThreadMemo.current
        guard !holder.inUse else { return }
        holder.memo = MorphologyMemo(capacity: ThreadMemo.capacity)
    }
}
