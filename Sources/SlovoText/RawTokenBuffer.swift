/// A token of the first pass, before the join rules, with two facts the join pass needs.
/// Twelve bytes wide, like ``Token``.
struct RawToken {
    var token: Token
    /// The flags hold the token's shape (``TokenShape``) already (the fast path computed them).
    var shaped: Bool
    /// A forward rule may join it to a token after white space: a number ("1 000") or a word
    /// that starts with '@' (a mention); decided without reading the text again.
    var mayJoinAcrossSpace: Bool
}

/// Storage for the raw tokens between the two tokenizer passes: a chunk's tokens are
/// appended, the join pass takes what it can decide, the rest stays for the next chunk.
/// Never shared between threads.
final class RawTokenBuffer {
    private(set) var base: UnsafeMutablePointer<RawToken>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var tokens: UnsafeBufferPointer<RawToken> { UnsafeBufferPointer(start: base, count: count) }

    /// A writer with room for `extra` more tokens; hand it back to ``commit(_:)``.
    @inline(__always)
    func writer(reserving extra: Int) -> RawTokenWriter {
        if count + extra > capacity { grow(toHold: count + extra) }
        return RawTokenWriter(next: base + count, limit: base + capacity)
    }

    private func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<RawToken>.allocate(capacity: newCapacity)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    /// Takes the tokens written by `writer`.
    func commit(_ writer: RawTokenWriter) {
        count = writer.next - base
    }

    /// Appends one token (room is made if needed).
    @inline(__always)
    func append(_ token: Token, shaped: Bool) {
        var writer = writer(reserving: 1)
        writer.append(token, shaped: shaped)
        commit(writer)
    }

    /// Drops the first `n` tokens, moving the rest to the front. O(count - n).
    func removeFirst(_ n: Int) {
        guard n > 0 else { return }
        // Forward copy: safe for overlapping regions moving down.
        for k in 0..<(count - n) { base[k] = base[k + n] }
        count -= n
    }
}

/// Appends raw tokens into room reserved in a ``RawTokenBuffer``: a pointer bump per token.
struct RawTokenWriter {
    fileprivate(set) var next: UnsafeMutablePointer<RawToken>
    let limit: UnsafeMutablePointer<RawToken>

    /// Appends a token; `startsWithAt` says whether its text begins with '@'.
    @inline(__always)
    mutating func append(_ token: Token, shaped: Bool, startsWithAt: Bool = false) {
        append(token, shaped: shaped,
               mayJoinAcrossSpace: token.kind == .number || token.kind == .word && startsWithAt)
    }

    /// Appends a token with its ``RawToken/mayJoinAcrossSpace`` decided by the caller.
    @inline(__always)
    mutating func append(_ token: Token, shaped: Bool, mayJoinAcrossSpace: Bool) {
        precondition(next < limit, "raw token room exceeded")
        next.initialize(to: RawToken(token: token, shaped: shaped, mayJoinAcrossSpace: mayJoinAcrossSpace))
        next += 1
    }
}
