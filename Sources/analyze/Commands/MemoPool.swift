import Slovo

/// Morphology memos for the batch's worker threads: each document takes one (a new one when
/// none is free) and gives it back, so no two threads ever share a memo (one shared memo was a
/// data race that crashed `tokenize --lemmas` with `--jobs` above 1), and frequent words are
/// still looked up once per worker, not once per document.
///
/// Each memo holds at most ``wordsPerMemo`` distinct words (about 15 MB), as the per-thread memo
/// of `Analyzer.analyze(_:)` does, so a batch's memory stops growing once the memos are full
/// (with the default capacity of 200,000 words a memo grew to about 80 MB per worker).
final class MemoPool: @unchecked Sendable {
    private let monitor = Monitor()
    private var free: [MorphologyMemo] = []
    /// Distinct words a worker's memo remembers before it forgets those not seen again.
    static let wordsPerMemo = 32_768

    /// Runs `body` with a memo no other thread holds meanwhile.
    func withMemo<T>(_ body: (inout MorphologyMemo) -> T) -> T {
        var memo = monitor.locked { free.popLast() } ?? MorphologyMemo(capacity: MemoPool.wordsPerMemo)
        let result = body(&memo)
        monitor.locked { free.append(memo) }
        return result
    }
}
