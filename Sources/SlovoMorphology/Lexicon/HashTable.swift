#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only hash table in the mapped file (see ``LexiconFormat``): open addressing with
/// linear probing on the 64-bit FNV-1a of a key; each slot holds the hash's high 32 bits as a
/// check and a `u32` value. A probe touches one slot (8 bytes) per step; the key itself is
/// compared only where the check matches, by the caller (the key is stored with the value's
/// data), so a failed lookup usually costs one memory access.
struct HashTable {
    let slots: UnsafeRawPointer
    let mask: UInt64
    let slotCount: Int
    let entryCount: Int

    static let empty: UInt32 = 0xFFFF_FFFF

    /// Reads the table in `section`; throws when its sizes are inconsistent. O(1).
    init(_ section: Section) throws(FormatProblem) {
        guard section.count >= 8 else { throw FormatProblem("hash table too short") }
        let size = Int(section.base.u32(0))
        let count = Int(section.base.u32(4))
        guard size > 0, size & (size - 1) == 0, count < size, 8 + 8 * size <= section.count else {
            throw FormatProblem("bad hash table sizes")
        }
        slots = section.base + 8
        mask = UInt64(size - 1)
        slotCount = size
        entryCount = count
    }

    /// The first value whose slot check matches `hash` and that `accept` confirms (by comparing
    /// the key stored with the value); nil when none. O(1) average.
    @inline(__always)
    func find(_ hash: UInt64, accept: (UInt32) -> Bool) -> UInt32? {
        let check = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(hash & mask)
        while true {
            let value = slots.u32(slot * 8 + 4)
            if value == HashTable.empty { return nil }
            if slots.u32(slot * 8) == check && accept(value) { return value }
            slot = (slot + 1) & Int(mask)
        }
    }

    /// Every stored value, in slot order (for checks at load). O(slots).
    func forEachValue(_ body: (UInt32) throws(FormatProblem) -> Void) throws(FormatProblem) {
        for slot in 0..<slotCount {
            let value = slots.u32(slot * 8 + 4)
            if value != HashTable.empty { try body(value) }
        }
    }
}

/// Data keyed by code strings: a ``HashTable`` whose values are offsets into a blob where each
/// entry is `u8 key length, key codes, u8 n, n records`.
struct KeyedBlob {
    let table: HashTable
    let blob: Section
    let recordSize: Int

    init(table: Section, blob: Section, recordSize: Int) throws(FormatProblem) {
        self.table = try HashTable(table)
        self.blob = blob
        self.recordSize = recordSize
    }

    /// The offset of the first record and the number of records for the key of `count` codes
    /// at `key` with hash `hash`; nil when absent. O(1) average.
    /// Every offset is checked against the blob's size, so a damaged file gives no result
    /// rather than a read outside the map.
    @inline(__always)
    func records(hash: UInt64, key: UnsafePointer<UInt8>, count: Int) -> (offset: Int, count: Int)? {
        let base = blob.base
        let size = blob.count
        guard let value = table.find(hash, accept: { v in
            Int(v) + 2 + count <= size && Int(base.u8(Int(v))) == count && memcmp(base + Int(v) + 1, key, count) == 0
        }) else { return nil }
        return entry(Int(value) + 1 + count)
    }

    /// The records after the key ending at `at`, if they fit in the blob.
    @inline(__always)
    func entry(_ at: Int) -> (offset: Int, count: Int)? {
        let n = Int(blob.base.u8(at))
        guard at + 1 + n * recordSize <= blob.count else { return nil }
        return (at + 1, n)
    }

    /// The same for a key given reversed: the `count` codes before `end`, last first.
    @inline(__always)
    func records(hash: UInt64, reversedEndingAt end: UnsafePointer<UInt8>, count: Int) -> (offset: Int, count: Int)? {
        let base = blob.base
        let size = blob.count
        guard let value = table.find(hash, accept: { v in
            guard Int(v) + 2 + count <= size, Int(base.u8(Int(v))) == count else { return false }
            for i in 0..<count where base.u8(Int(v) + 1 + i) != end[-1 - i] { return false }
            return true
        }) else { return nil }
        return entry(Int(value) + 1 + count)
    }

    /// Checks that every value points at a whole entry inside the blob and that `record`
    /// accepts each record (given its offset). O(entries).
    func check(_ record: (Int) -> Bool) throws(FormatProblem) {
        let blob = self.blob
        let size = recordSize
        try table.forEachValue { value throws(FormatProblem) in
            let v = Int(value)
            guard v < blob.count, v + 2 + Int(blob.base.u8(v)) <= blob.count else { throw FormatProblem("key out of range") }
            let at = v + 1 + Int(blob.base.u8(v))
            let n = Int(blob.base.u8(at))
            guard at + 1 + n * size <= blob.count else { throw FormatProblem("records out of range") }
            for k in 0..<n where !record(at + 1 + k * size) { throw FormatProblem("bad record at \(at + 1 + k * size)") }
        }
    }
}

/// An inconsistency found while reading the file.
struct FormatProblem: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// A Bloom filter over key hashes (see ``LexiconFormat``): false means the key is certainly
/// absent. Two bit tests, no false negatives.
struct BloomFilter {
    let bits: UnsafeRawPointer
    let mask: UInt64

    init(_ section: Section) throws(FormatProblem) {
        guard section.count >= 4 else { throw FormatProblem("filter too short") }
        let count = UInt64(section.base.u32(0))
        guard count >= 8, count & (count - 1) == 0, 4 + Int(count / 8) <= section.count else {
            throw FormatProblem("bad filter size")
        }
        bits = section.base + 4
        mask = count - 1
    }

    /// Whether a key with this hash may be present. O(1).
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let a = (hash >> 21) & mask, b = (hash >> 42) & mask
        return bits.u8(Int(a >> 3)) & (1 << UInt8(a & 7)) != 0 && bits.u8(Int(b >> 3)) & (1 << UInt8(b & 7)) != 0
    }
}
