/// What the word lists and the place gazetteer say of one stem (or lemma) key, in one table:
/// the lists it is on (organization word, person title, region word) and the most words of a
/// place name it can start. A new word then costs one probe here instead of four hashed set
/// and dictionary lookups. Built once from the loaded data; immutable and shared by threads.
///
/// Open addressing over keys that already are 64-bit hashes; about 17,000 keys in 65,536
/// slots (768 KB).
struct StemFactsTable: Sendable {
    struct Facts: Sendable {
        var hits: GazetteerHit = []
        var placeNameLength: UInt8 = 0
    }

    private let keys: [UInt64]
    private let facts: [Facts]
    private let mask: Int

    /// The table of the word lists' stem keys (each with its hit) and of `firstWords` (stem and
    /// lemma key -> the most words of a name starting with it).
    init(lists: [(Set<UInt64>, GazetteerHit)], firstWords: [UInt64: Int]) {
        var merged: [UInt64: Facts] = [:]
        for (keys, hit) in lists { for key in keys { merged[key, default: Facts()].hits.insert(hit) } }
        for (key, length) in firstWords { merged[key, default: Facts()].placeNameLength = UInt8(clamping: length) }
        var size = 16
        while size < merged.count * 3 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var facts = [Facts](repeating: Facts(), count: size)
        let mask = size - 1
        for (key, value) in merged {
            let k = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: k >> 17) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = k
            facts[slot] = value
        }
        self.keys = keys
        self.facts = facts
        self.mask = mask
    }

    /// The facts of `key` (empty when the lists and the gazetteer do not have it). O(1) expected.
    @inline(__always)
    func facts(of key: UInt64) -> Facts {
        let k = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: k >> 17) & mask
        while true {
            let stored = keys[slot]
            if stored == k { return facts[slot] }
            if stored == 0 { return Facts() }
            slot = (slot + 1) & mask
        }
    }
}
