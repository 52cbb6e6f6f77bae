#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of a ``MorphologyMemo``, owned by a ``MemoStorage``: an open-addressing table
/// from word forms to their candidates, and the scratch of the context search. Plain values
/// in ``RawArray``s reached through one pointer, so that the per-token path (hash, probe,
/// compare, read candidates) does no reference counting and no dynamic exclusivity check
/// (which every access to a class's `var` property would cost).
struct MemoState {
    /// A remembered word form: 64 bytes, one cache line, its key inline when it fits, so that
    /// a word found costs one line here.
    struct Entry {
        /// The hash of the key (never 0).
        var hash: UInt64
        /// A key longer than ``inlineKeyCapacity`` is `keys[keyStart ..< keyStart + keyCount]`.
        var keyStart: UInt32
        var keyCount: UInt32
        /// The candidates are `stored[start ..< start + count]` (and `cores`).
        var start: UInt32
        var count: UInt32
        /// ``CandidateFeatures/governedMask(_:)`` of the word.
        var governed: UInt32
        /// How often the word was seen again since it was remembered, halved at each
        /// eviction, up to ``maximumSeen``: the most seen words are kept when the memo is full.
        var seen: UInt32
        /// The key's bytes when it has at most ``inlineKeyCapacity`` (the rest zero).
        var inlineKey: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// The most key bytes kept in the entry itself.
        static let inlineKeyCapacity = 32
        /// The offset of ``inlineKey`` in the entry.
        static let inlineKeyOffset = 32
    }

    /// A candidate as the search sees it.
    struct Core {
        var emission: Float
        var features: CandidateFeatures
    }

    /// A token of the sentence being tagged: its word's candidates.
    struct Token {
        var start: UInt32
        var count: UInt32
        var governed: UInt32
    }

    /// Slot -> the hash's low 32 bits << 32 | entry index + 1 (0 = empty), so that a probe
    /// reads an entry only when that much of the hash matches; a power of two, at most half full.
    var slots = RawArray<UInt64>()
    var entries = RawArray<Entry>()
    var keys = RawArray<UInt8>()
    /// The candidates, their bases' codes, and what the search reads of them.
    var stored = RawArray<StoredAnalysis>()
    var codes = RawArray<UInt8>()
    var cores = RawArray<Core>()

    // Scratch of the search (see ContextLattice.swift).
    var tokens = RawArray<Token>()
    var best = RawArray<Float>()
    var back = RawArray<Int32>()
    var path = RawArray<Int32>()
    /// The memo key hash of each token of the window being tagged (see MemoPrefetch.swift).
    var hashes = RawArray<UInt64>()
    /// What the prefetch passes read, kept so that their loads are not optimized away.
    var sink: UInt64 = 0

    /// Frees every array.
    mutating func release() {
        slots.release()
        entries.release()
        keys.release()
        stored.release()
        codes.release()
        cores.release()
        tokens.release()
        best.release()
        back.release()
        path.release()
        hashes.release()
    }

    /// A copy of the remembered words (for a memo copied and then changed). O(memory).
    func copy() -> MemoState {
        var other = MemoState()
        other.slots = slots.copy()
        other.entries = entries.copy()
        other.keys = keys.copy()
        other.stored = stored.copy()
        other.codes = codes.copy()
        other.cores = cores.copy()
        return other
    }

    /// Forgets every word (keeps the memory). O(table size).
    mutating func removeAll() {
        if slots.count > 0 { slots.fill(0, count: slots.count) }
        entries.count = 0
        keys.count = 0
        stored.count = 0
        codes.count = 0
        cores.count = 0
    }

    /// The hash of a key: the word's bytes and its kind. O(length): 8 bytes at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt8) -> UInt64 {
        let n = bytes.count
        var h = (0x9E37_79B9_7F4A_7C15 &* (UInt64(n) &+ 1)) ^ (UInt64(kind) &* 0xC2B2_AE3D_27D4_EB4F)
        guard n > 0, let p = bytes.baseAddress.map(UnsafeRawPointer.init) else { return h | 1 }
        @inline(__always) func mix(_ x: UInt64) -> UInt64 {
            let y = (h ^ x) &* 0xFF51_AFD7_ED55_8CCD
            return y ^ (y &>> 32)
        }
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                h = mix(p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            h = mix(p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        } else if n >= 4 {
            let a = UInt64(p.loadUnaligned(as: UInt32.self)), b = UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            h = mix(a << 32 | b)
        } else {
            let a = UInt64(p.load(as: UInt8.self)), b = UInt64(p.load(fromByteOffset: n / 2, as: UInt8.self))
            let c = UInt64(p.load(fromByteOffset: n - 1, as: UInt8.self))
            h = mix(a << 16 | b << 8 | c)
        }
        h = (h ^ (h &>> 29)) &* 0xC4CE_B9FE_1A85_EC53
        return (h ^ (h &>> 32)) | 1
    }

    /// The slot value of entry `index` with `hash`.
    @inline(__always)
    static func slotValue(_ index: Int, hash: UInt64) -> UInt64 { hash &<< 32 | UInt64(index + 1) }

    /// The entry of `bytes` with `hash`, marked seen, or -1. O(length) on average: one slot,
    /// and one entry (its line) for a word found.
    @inline(__always)
    mutating func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        guard slots.count > 0 else { return -1 }
        let mask = slots.count - 1
        let slotBase = slots.pointer, entryBase = entries.pointer
        let tag = hash &<< 32
        var slot = Int(truncatingIfNeeded: hash &>> 20) & mask
        while true {
            let s = slotBase[slot]
            if s == 0 { return -1 }
            if s & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                let e = entryBase + index
                if e.pointee.hash == hash && Int(e.pointee.keyCount) == bytes.count && matches(e, bytes) {
                    if e.pointee.seen < MemoState.maximumSeen { e.pointee.seen &+= 1 }
                    return index
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the key of entry `e` (of the same length) is `bytes`. O(length).
    @inline(__always)
    func matches(_ e: UnsafeMutablePointer<Entry>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n > 0 else { return true }
        let key = n <= Entry.inlineKeyCapacity
            ? UnsafeRawPointer(e) + Entry.inlineKeyOffset
            : UnsafeRawPointer(keys.pointer + Int(e.pointee.keyStart))
        return memcmp(key, bytes.baseAddress!, n) == 0
    }

    /// Stores the key `bytes` of entry `e`: inline when it fits, else in `keys`. O(length).
    @inline(__always)
    mutating func storeKey(_ bytes: UnsafeRawPointer, count n: Int, in e: inout Entry) {
        if n <= Entry.inlineKeyCapacity {
            e.keyStart = 0
            withUnsafeMutableBytes(of: &e.inlineKey) { $0.baseAddress!.copyMemory(from: bytes, byteCount: n) }
        } else {
            e.keyStart = UInt32(keys.count)
            keys.append(bytes.assumingMemoryBound(to: UInt8.self), count: n)
        }
    }

    /// Room for `candidates` candidates and `words` words, so that a memo filling up does not
    /// copy its arrays each time they double. The memory is only reserved: its pages are used
    /// as they are written. O(1) when the arrays are that large already.
    mutating func reserve(candidates: Int, words: Int) {
        stored.reserve(candidates)
        cores.reserve(candidates)
        entries.reserve(words)
    }

    /// Remembers `bytes` (not present) with `candidates` (at least one) and the core of each
    /// (`core(i)`); returns the new entry's index. O(length + candidates), amortized.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ candidates: [WordAnalysis],
                governed: UInt32, core: (Int) -> Core) -> Int {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let index = entries.count
        var entry = Entry(hash: hash, keyStart: 0, keyCount: UInt32(bytes.count),
                          start: UInt32(stored.count), count: UInt32(candidates.count), governed: governed, seen: 0)
        if let base = bytes.baseAddress { storeKey(base, count: bytes.count, in: &entry) }
        entries.append(entry)
        for (i, a) in candidates.enumerated() {
            stored.append(StoredAnalysis(a, baseStart: codes.count))
            let n = a.base.count
            if !StoredAnalysis.isInline(n) { a.base.withCodes { codes.append($0, count: n) } }
            cores.append(core(i))
        }
        codes.reserve(codes.count + MemoState.codeSlack)
        place(index, hash: hash)
        return index
    }

    @inline(__always)
    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        let slotBase = slots.pointer
        var slot = Int(truncatingIfNeeded: hash &>> 20) & mask
        while slotBase[slot] != 0 { slot = (slot + 1) & mask }
        slotBase[slot] = MemoState.slotValue(index, hash: hash)
    }

    /// Doubles the table and places every entry again. O(entries).
    private mutating func grow() {
        let size = max(1024, slots.count * 2)
        slots.fill(0, count: size)
        for i in 0..<entries.count { place(i, hash: entries[i].hash) }
    }

    /// The most a word's ``Entry/seen`` count goes.
    static let maximumSeen: UInt32 = 255

    /// The least ``Entry/seen`` count of the words to keep so that their candidates number at
    /// most `budget` (at least 1: a word not seen again is never kept; past ``maximumSeen``
    /// when even the most seen words are too many). O(entries).
    func keepThreshold(budget: Int) -> UInt32 {
        var candidatesBySeen = [Int](repeating: 0, count: Int(MemoState.maximumSeen) + 1)
        for k in 0..<entries.count { candidatesBySeen[Int(entries[k].seen)] += Int(entries[k].count) }
        var kept = 0
        var threshold = Int(MemoState.maximumSeen) + 1
        while threshold > 1 && kept + candidatesBySeen[threshold - 1] <= budget {
            threshold -= 1
            kept += candidatesBySeen[threshold]
        }
        return UInt32(threshold)
    }

    /// Keeps the most seen entries, with at most `budget` candidates in all, and halves their
    /// counts (so that words seen often long ago give way to words seen often lately).
    /// O(memory).
    mutating func keepMostSeen(budget: Int) {
        let threshold = keepThreshold(budget: budget)
        var newEntries = RawArray<Entry>(), newKeys = RawArray<UInt8>(), newStored = RawArray<StoredAnalysis>()
        var newCodes = RawArray<UInt8>(), newCores = RawArray<Core>()
        // As large as before: the memo fills up again to the same size.
        newEntries.reserve(entries.capacity)
        newStored.reserve(stored.capacity)
        newCores.reserve(cores.capacity)
        for k in 0..<entries.count {
            let e = entries[k]
            guard e.seen >= threshold else { continue }
            var kept = e
            kept.start = UInt32(newStored.count)
            kept.seen = e.seen / 2
            if Int(e.keyCount) > Entry.inlineKeyCapacity {
                kept.keyStart = UInt32(newKeys.count)
                newKeys.append(keys.pointer + Int(e.keyStart), count: Int(e.keyCount))
            }
            newEntries.append(kept)
            for c in Int(e.start)..<(Int(e.start) + Int(e.count)) {
                var a = stored[c]
                let base = Int(a.baseStart)
                a.baseStart = UInt32(newCodes.count)
                if !StoredAnalysis.isInline(Int(a.baseCount)) { newCodes.append(codes.pointer + base, count: Int(a.baseCount)) }
                newStored.append(a)
                newCores.append(cores[c])
            }
        }
        newCodes.reserve(newCodes.count + MemoState.codeSlack)
        entries.release(); entries = newEntries
        keys.release(); keys = newKeys
        stored.release(); stored = newStored
        codes.release(); codes = newCodes
        cores.release(); cores = newCores
        slots.fill(0, count: slots.count)
        for i in 0..<entries.count { place(i, hash: entries[i].hash) }
    }

    /// Bytes of the code arena's capacity past its end, so that 64 bytes may be read from any
    /// base's start (``InlineCodes/init(loading:count:)``).
    static let codeSlack = 64

    /// Appends the analyses of the candidates `path[0..<n]` to `out`. O(n).
    @inline(__always)
    mutating func appendAnalyses(_ n: Int, to out: inout [WordAnalysis]) {
        guard n > 0 else { return }
        codes.reserve(codes.count + MemoState.codeSlack)
        let arena = UnsafePointer(codes.pointer)
        let path = self.path.pointer, stored = self.stored.pointer
        for i in 0..<n { out.append(stored[Int(path[i])].analysis(codes: arena)) }
    }

    /// The same into a ``WordAnalysisList``: each record's fields and base codes are copied.
    @inline(__always)
    mutating func appendAnalyses(_ n: Int, to out: inout WordAnalysisList) {
        guard n > 0 else { return }
        codes.reserve(codes.count + MemoState.codeSlack)
        let arena = UnsafePointer(codes.pointer)
        let path = self.path.pointer, stored = self.stored.pointer
        out.append(n, of: stored, at: path, codes: arena)
    }
}

/// Owns a ``MemoState`` at a stable address (the memo's copy-on-write reference).
final class MemoStorage {
    let state: UnsafeMutablePointer<MemoState>

    init(_ initial: MemoState = MemoState()) {
        state = .allocate(capacity: 1)
        state.initialize(to: initial)
    }

    deinit {
        state.pointee.release()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// A storage with a copy of the remembered words. O(memory).
    func copy() -> MemoStorage { MemoStorage(state.pointee.copy()) }
}
