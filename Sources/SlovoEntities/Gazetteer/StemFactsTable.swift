/// What the word lists and the place gazetteer say of one stem (or lemma) key, in one table:
/// the lists it is on (organization word, person title, region word) and the most words of a
/// place name it can start. A new word then costs one probe here instead of four hashed set
/// and dictionary lookups. Built once from the loaded data; immutable and shared by threads.
///
/// A ``HashKeyTable`` of about 17,000 keys.
struct StemFactsTable: Sendable {
    struct Facts: Sendable {
        var hits: GazetteerHit = []
        var placeNameLength: UInt8 = 0
    }

    private let table: HashKeyTable<Facts>

    /// The table of the word lists' stem keys (each with its hit) and of `firstWords` (stem and
    /// lemma key -> the most words of a name starting with it).
    init(lists: [(Set<UInt64>, GazetteerHit)], firstWords: [UInt64: Int]) {
        var table = HashKeyTable(minimumCapacity: firstWords.count + lists.reduce(0) { $0 + $1.0.count }, filler: Facts())
        for (keys, hit) in lists {
            for key in keys {
                var facts = table[key] ?? Facts()
                facts.hits.insert(hit)
                table[key] = facts
            }
        }
        for (key, length) in firstWords {
            var facts = table[key] ?? Facts()
            facts.placeNameLength = UInt8(clamping: length)
            table[key] = facts
        }
        self.table = table
    }

    /// Reads the home slot of `key` to bring it into cache (see ``HashKeyTable/touch(_:)``).
    @inline(__always)
    func touch(_ key: UInt64) -> UInt64 { table.touch(key) }

    /// The facts of `key` (empty when the lists and the gazetteer do not have it). O(1) expected.
    @inline(__always)
    func facts(of key: UInt64) -> Facts { table[key] ?? Facts() }
}
