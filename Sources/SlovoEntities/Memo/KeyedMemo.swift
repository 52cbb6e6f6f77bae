/// A bounded map from 64-bit hashes to small values, by open addressing: one probe, usually,
/// and no hashing of its own (the keys already are hashes). Each key sits next to its value,
/// so a probe that finds its word costs one cache line. When half full it starts again, so
/// its memory stays at `2^capacityBits` slots. Not thread-safe.
///
/// The key is a 64-bit hash of what the value depends on; two different inputs share a key
/// with odds of about n²/2⁶⁵ (10⁻⁹ for 100,000 words), the same odds the hashed gazetteers and
/// features already take.
///
/// A memo larger than the cache costs a cache miss per probe; callers that probe many keys
/// first ``touch(_:)`` them all (independent loads, which the processor overlaps), then probe.
final class KeyedMemo<Value> {
    struct Slot {
        var key: UInt64
        var value: Value
    }

    /// `2^capacityBits` slots, zeroed (key 0: empty).
    private let table: ZeroedTable<Slot>
    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    /// Entries held.
    private(set) var count = 0
    /// Where callers add what ``touch(_:)`` read, so the loads are not optimized away.
    var sink: UInt64 = 0

    /// An empty memo of `2^capacityBits` slots. `Value` must be a plain value (no references):
    /// empty slots are zeroed memory.
    init(capacityBits: Int) {
        precondition(_isPOD(Value.self), "KeyedMemo holds plain values only")
        table = ZeroedTable(count: 1 << capacityBits)
        slots = table.pointer
        mask = (1 << capacityBits) - 1
    }

    deinit { table.deallocate() }

    @inline(__always)
    private func home(_ k: UInt64) -> Int { Int(truncatingIfNeeded: k >> 17) & mask }

    /// Reads the key in `key`'s first slot, to bring that slot into cache; the result means
    /// nothing (add it to a sink so the load is kept). O(1).
    @inline(__always)
    func touch(_ key: UInt64) -> UInt64 {
        slots[home(key == 0 ? 1 : key)].key
    }

    /// The value stored for `key`, if any. O(1) expected.
    @inline(__always)
    func value(for key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var slot = home(k)
        while true {
            let stored = slots[slot].key
            if stored == k { return slots[slot].value }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (replacing any). O(1) expected; O(capacity) when it starts again.
    func store(_ value: Value, for key: UInt64) {
        if count * 2 > mask { startAgain() }
        let k = key == 0 ? 1 : key
        var slot = home(k)
        while slots[slot].key != 0 && slots[slot].key != k { slot = (slot + 1) & mask }
        if slots[slot].key == 0 { count += 1 }
        slots[slot] = Slot(key: k, value: value)
    }

    /// Forgets everything; a large memo's pages go back to the kernel until it fills again.
    /// O(capacity) at most.
    func removeAll() {
        guard count > 0 else { return }
        table.zero(count: mask + 1)
        count = 0
    }

    /// Forgets everything when full, keeping the pages: the memo fills again within the same
    /// text, and writing zeros costs far less than faulting every page back in (about 5 µs a
    /// page on a virtual machine). O(capacity).
    private func startAgain() {
        table.zero(count: mask + 1, keepingPages: true)
        count = 0
    }
}
