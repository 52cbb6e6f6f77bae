/// A bounded map from 64-bit hashes to small values, by open addressing: one probe, usually,
/// and no hashing of its own (the keys already are hashes). When half full it starts again,
/// so its memory stays at `2^capacityBits` keys and values. Not thread-safe.
///
/// The key is a 64-bit hash of what the value depends on; two different inputs share a key
/// with odds of about n²/2⁶⁵ (10⁻⁹ for 100,000 words), the same odds the hashed gazetteers and
/// features already take.
final class KeyedMemo<Value> {
    private var keys: [UInt64]
    private var values: [Value]
    private let mask: Int
    /// Entries held.
    private(set) var count = 0

    /// An empty memo of `2^capacityBits` slots; `filler` fills the empty ones.
    init(capacityBits: Int, filler: Value) {
        keys = [UInt64](repeating: 0, count: 1 << capacityBits)
        values = [Value](repeating: filler, count: 1 << capacityBits)
        mask = (1 << capacityBits) - 1
    }

    /// The value stored for `key`, if any. O(1) expected.
    @inline(__always)
    func value(for key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: k >> 17) & mask
        while true {
            let stored = keys[slot]
            if stored == k { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (replacing any). O(1) expected; O(capacity) when it starts again.
    func store(_ value: Value, for key: UInt64) {
        if count * 2 >= keys.count { removeAll() }
        let k = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: k >> 17) & mask
        while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = k
        values[slot] = value
    }

    /// Forgets everything (keeps the memory). O(capacity).
    func removeAll() {
        guard count > 0 else { return }
        for i in keys.indices { keys[i] = 0 }
        count = 0
    }
}
