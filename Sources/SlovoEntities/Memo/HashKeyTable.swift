/// A map from keys that already are 64-bit hashes to plain values: open addressing with
/// linear probing, at most 70% full. Cheaper than `Dictionary` (no rehashing of the key, no
/// per-lookup hasher) for the tables built at every start from the gazetteer and the word
/// lists, and read at random afterwards.
struct HashKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    /// What empty slots hold (never returned).
    private let filler: Value
    /// The number of keys stored.
    private(set) var count = 0

    /// An empty table with room for `minimumCapacity` keys before it grows; `filler` fills the
    /// empty slots.
    init(minimumCapacity: Int = 8, filler: Value) {
        var size = 16
        while size * 7 < minimumCapacity * 10 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: filler, count: size)
        mask = size - 1
        self.filler = filler
    }

    /// The value of `key`, nil when absent; setting nil is not supported (keys are only added
    /// or replaced). O(1) expected.
    subscript(key: UInt64) -> Value? {
        get {
            let k = HashKeyTable.stored(key)
            var slot = HashKeyTable.home(k, mask)
            while true {
                let found = keys[slot]
                if found == k { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("HashKeyTable does not remove keys") }
            let k = HashKeyTable.stored(key)
            var slot = HashKeyTable.home(k, mask)
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                if (count + 1) * 10 > keys.count * 7 {
                    grow()
                    self[key] = newValue
                    return
                }
                keys[slot] = k
                count += 1
            }
            values[slot] = newValue
        }
    }

    /// Reads `key`'s home slot, to bring it into cache before a lookup (loads of several keys
    /// then overlap); the result means nothing (add it to a sink so the load is kept). O(1).
    @inline(__always)
    func touch(_ key: UInt64) -> UInt64 { keys[HashKeyTable.home(HashKeyTable.stored(key), mask)] }

    /// Key 0 marks an empty slot, so it is stored as another value no hash is likely to take.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    @inline(__always)
    private static func home(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        self = HashKeyTable(minimumCapacity: oldKeys.count * 7 / 5, filler: filler)
        for slot in oldKeys.indices where oldKeys[slot] != 0 { self[oldKeys[slot]] = oldValues[slot] }
    }
}
