/// Where the join pass writes finished tokens: a chunk-sized buffer written through a pointer
/// (no uniqueness or capacity check per token), moved to the caller's array once per chunk.
/// The last token stays behind, since a backward rule may still extend it. Never shared
/// between threads; ``deallocate()`` when done.
struct TokenSink {
    private(set) var base: UnsafeMutablePointer<Token>
    private(set) var count = 0
    private var capacity: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The last token's case and script flags are to be computed when it is complete.
    private var reshapeLast = false

    init(capacity: Int, bytes: UnsafeBufferPointer<UInt8>) {
        self.capacity = max(capacity, 16)
        self.bytes = bytes
        base = .allocate(capacity: self.capacity)
    }

    /// Computes the last token's flags (``TokenShape``) once no rule can extend it any more:
    /// before the next token is written or the tokens are moved out. Recomputing after each
    /// extension would be quadratic in a long run.
    mutating func reshapeLastWhenComplete() { reshapeLast = true }

    @inline(__always)
    private mutating func settleLast() {
        guard reshapeLast else { return }
        reshapeLast = false
        last = JoinPass.shaped(last, bytes)
    }

    func deallocate() { base.deallocate() }

    /// Makes room for `extra` more tokens.
    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(count + extra, capacity * 2)
        let bigger = UnsafeMutablePointer<Token>.allocate(capacity: newCapacity)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    /// Appends a token; room must have been reserved.
    @inline(__always)
    mutating func append(_ token: Token) {
        precondition(count < capacity, "token sink room exceeded")
        settleLast()
        (base + count).initialize(to: token)
        count += 1
    }

    /// The last token written (count must be positive).
    @inline(__always)
    var last: Token {
        get { base[count - 1] }
        set { base[count - 1] = newValue }
    }

    /// Moves the tokens to `tokens`, all of them or all but the last.
    mutating func flush(into tokens: inout [Token], keepingLast: Bool) {
        if !keepingLast { settleLast() }
        let moving = keepingLast ? max(count - 1, 0) : count
        tokens.append(contentsOf: UnsafeBufferPointer(start: base, count: moving))
        if moving > 0 && moving < count { base[0] = base[moving] }
        count -= moving
    }
}
