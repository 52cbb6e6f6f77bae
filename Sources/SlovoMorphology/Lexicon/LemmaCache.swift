#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A memo of frequent words and their best context-free lemma, for lemmatizing running text:
/// a few thousand frequent words make up most of any text, and a hit costs one hash and one
/// compare in a table that stays in the processor's cache, instead of a dictionary lookup.
///
/// Four-way set-associative, 64-byte entries (one cache line: words up to 26 UTF-8 bytes,
/// lemmas up to 28), the least recently used way replaced; 4 MiB by default (65,536 words),
/// allocated once and made resident as it fills, no allocation per word. Not thread-safe:
/// keep one per thread.
///
/// ```swift
/// let cache = LemmaCache()
/// var out: [UInt8] = [], scratch: [WordAnalysis] = []
/// lexicon.appendLemma(utf8: word, to: &out, scratch: &scratch, cache: cache)
/// ```
public final class LemmaCache {
    static let entrySize = 64
    static let keyCapacity = 26
    static let lemmaCapacity = 28
    static let ways = 4
    // Entry: u64 hash, u8 key length, u8 lemma length, key, lemma.

    let base: UnsafeMutableRawPointer
    let entries: UnsafeMutableRawPointer
    /// Per set, the ways from least to most recently used, two bits each (way of the least
    /// recently used in bits 0-1).
    let order: UnsafeMutablePointer<UInt8>
    let setMask: Int

    /// The order byte of a new set: ways 0, 1, 2, 3 from least to most recently used.
    static let initialOrder: UInt8 = 0b11_10_01_00

    /// A cache of about `entries` words (rounded up to a power of two, at least four; 64 bytes
    /// each).
    public init(entries count: Int = 1 << 16) {
        var sets = 1
        while sets * LemmaCache.ways < count { sets <<= 1 }
        setMask = sets - 1
        // calloc: large blocks come zeroed from the system, and pages are only made resident
        // as entries are written.
        guard let memory = calloc(sets * LemmaCache.ways + 1, LemmaCache.entrySize) else { fatalError("out of memory") }
        base = memory
        // Align the entries to a cache line.
        let address = Int(bitPattern: memory)
        entries = memory + ((64 - address % 64) % 64)
        order = .allocate(capacity: sets)
        order.initialize(repeating: LemmaCache.initialOrder, count: sets)
    }

    deinit {
        free(base)
        order.deallocate()
    }

    /// A hash of the bytes, eight at a time; never 0 (0 marks an empty entry). O(length).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return 1 }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(raw.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h | 1
    }

    @inline(__always)
    func set(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 17) & setMask }

    /// Makes `way` the most recently used of set `s`. O(1).
    @inline(__always)
    func touch(_ s: Int, way: Int) {
        let o = order[s]
        // Position of `way` in the order (0 = least recently used).
        var position = 0
        while position < 3 && Int((o >> UInt8(2 * position)) & 3) != way { position += 1 }
        // Remove it and put it last.
        let below = o & ((1 << UInt8(2 * position)) &- 1)
        let above = position == 3 ? 0 : o >> UInt8(2 * position + 2)
        order[s] = below | (above << UInt8(2 * position)) | (UInt8(way) << 6)
    }

    /// Appends the cached lemma of `bytes` to `out` and returns true, or returns false. O(length).
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, into out: inout [UInt8]) -> Bool {
        guard bytes.count <= LemmaCache.keyCapacity else { return false }
        let s = set(hash)
        for way in 0..<LemmaCache.ways {
            let entry = entries + (LemmaCache.ways * s + way) * LemmaCache.entrySize
            if entry.load(as: UInt64.self) == hash && Int(entry.load(fromByteOffset: 8, as: UInt8.self)) == bytes.count
                && memcmp(entry + 10, bytes.baseAddress!, bytes.count) == 0 {
                touch(s, way: way)
                let length = Int(entry.load(fromByteOffset: 9, as: UInt8.self))
                let lemma = UnsafeBufferPointer(start: (entry + 10 + LemmaCache.keyCapacity).assumingMemoryBound(to: UInt8.self),
                                                count: length)
                out.append(contentsOf: lemma)
                return true
            }
        }
        return false
    }

    /// Remembers `lemma` for `bytes` (when both fit), replacing the least recently used way. O(length).
    @inline(__always)
    func store(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lemma: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= LemmaCache.keyCapacity, lemma.count <= LemmaCache.lemmaCapacity else { return }
        let s = set(hash)
        let way = Int(order[s] & 3)
        touch(s, way: way)
        let entry = entries + (LemmaCache.ways * s + way) * LemmaCache.entrySize
        entry.storeBytes(of: hash, as: UInt64.self)
        entry.storeBytes(of: UInt8(bytes.count), toByteOffset: 8, as: UInt8.self)
        entry.storeBytes(of: UInt8(lemma.count), toByteOffset: 9, as: UInt8.self)
        (entry + 10).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        if lemma.count > 0 {
            (entry + 10 + LemmaCache.keyCapacity).copyMemory(from: lemma.baseAddress!, byteCount: lemma.count)
        }
    }
}

extension Lexicon {
    /// ``appendLemma(utf8:to:scratch:)`` through a ``LemmaCache``: the same lemma, faster on
    /// running text. No allocation once `out` and `scratch` have capacity.
    public func appendLemma(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8],
                            scratch: inout [WordAnalysis], cache: LemmaCache) {
        guard !bytes.isEmpty else { return }
        let hash = LemmaCache.hash(bytes)
        if cache.lookup(bytes, hash: hash, into: &out) { return }
        let start = out.count
        appendLemma(utf8: bytes, to: &out, scratch: &scratch)
        out.withUnsafeBufferPointer { cache.store(bytes, hash: hash, lemma: UnsafeBufferPointer(rebasing: $0[start...])) }
    }
}
