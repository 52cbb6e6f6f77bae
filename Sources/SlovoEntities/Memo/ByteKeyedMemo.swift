/// A bounded map from byte strings to values: each entry is found by a 64-bit hash of its key
/// and its key bytes are compared in full on a hit, so a hit gives exactly what was stored for
/// those bytes. When it holds `capacity` entries it starts again. Not thread-safe.
///
/// The normal-form memo (keys: a mention's layout and bytes) and the mention-word memo (keys:
/// a word's bytes) keep their entries here.
final class ByteKeyedMemo<Value> {
    private struct Entry {
        var key: [UInt8]
        var value: Value
    }

    /// Entries held before the memo starts again.
    let capacity: Int
    private var entries: [UInt64: Entry] = [:]

    init(capacity: Int) { self.capacity = capacity }

    /// The number of entries.
    var count: Int { entries.count }

    /// The value stored for the bytes `key` with hash `hash`, if any. O(key length).
    func value(hash: UInt64, key: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let entry = entries[hash], entry.key.elementsEqual(key) else { return nil }
        return entry.value
    }

    /// Stores `value` for the bytes `key` with hash `hash` (a copy of the key of its own size).
    /// O(key length) amortized; O(entries) when it starts again.
    func store(_ value: Value, hash: UInt64, key: UnsafeBufferPointer<UInt8>) {
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[hash] = Entry(key: Array(key), value: value)
    }

    func removeAll() { entries = [:] }
}
