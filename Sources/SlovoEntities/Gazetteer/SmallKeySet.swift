/// A set of a few dozen 64-bit keys (the stems of a short word list), asked about every word
/// of a text: a 256-bit filter answers most absent keys with one bit test, the rest are found
/// by binary search in the sorted keys. Hashing each word into a `Set` cost more than all the
/// rest of the rule that asks.
struct SmallKeySet: Sendable {
    private let filter: (UInt64, UInt64, UInt64, UInt64)
    private let keys: [UInt64]

    init(_ keys: some Sequence<UInt64>) {
        self.keys = Array(Set(keys)).sorted()
        var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for key in self.keys {
            let bit = SmallKeySet.bit(key)
            switch bit >> 6 {
            case 0: bits.0 |= 1 &<< (bit & 63)
            case 1: bits.1 |= 1 &<< (bit & 63)
            case 2: bits.2 |= 1 &<< (bit & 63)
            default: bits.3 |= 1 &<< (bit & 63)
            }
        }
        filter = bits
    }

    /// The key's bit in the filter (0..<256), from bits the key hashes mixed well.
    @inline(__always)
    private static func bit(_ key: UInt64) -> UInt64 { (key &>> 40) & 255 }

    /// Whether `key` is in the set. O(1) for most absent keys, O(log n) otherwise.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let bit = SmallKeySet.bit(key)
        let word: UInt64
        switch bit >> 6 {
        case 0: word = filter.0
        case 1: word = filter.1
        case 2: word = filter.2
        default: word = filter.3
        }
        guard (word &>> (bit & 63)) & 1 != 0 else { return false }
        return containsSorted(key)
    }

    private func containsSorted(_ key: UInt64) -> Bool {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }

    /// The number of keys.
    var count: Int { keys.count }
}
