import Slovo

/// Morphology memos for the batch's worker threads: each document takes one (a new one when
/// none is free) and gives it back, so no two threads ever share a memo (one shared memo was a
/// data race that crashed `tokenize --lemmas` with `--jobs` above 1), and frequent words are
/// still looked up once per worker, not once per document.
final class MemoPool: @unchecked Sendable {
    private let monitor = Monitor()
    private var free: [MorphologyMemo] = []

    /// Runs `body` with a memo no other thread holds meanwhile.
    func withMemo<T>(_ body: (inout MorphologyMemo) -> T) -> T {
        var memo = monitor.locked { free.popLast() } ?? MorphologyMemo()
        let result = body(&memo)
        monitor.locked { free.append(memo) }
        return result
    }
}
