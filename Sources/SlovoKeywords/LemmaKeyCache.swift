import SlovoMorphology

/// Lemma keys already computed, by word form and chosen analysis: a text repeats its words,
/// and building a lemma costs more than hashing the form. Open addressing; an entry is the
/// form's 64-bit hash with the whole analysis tag, so two forms share an entry only if their
/// hashes collide (as two lemmas share a ``LemmaKey``); grows at half full up to
/// ``maximumSlots``, then starts again empty, so that a text of a hundred megabytes keeps a
/// table of a few megabytes rather than one as large as its vocabulary.
struct LemmaKeyCache {
    /// What a word's lemma key depends on: its form (as written, hashed) and the analysis chosen.
    struct Entry: Equatable {
        let form: UInt64
        let tag: MorphTag
        let method: WordAnalysis.Method
        let inflectable: Bool
    }

    private var entries: [Entry?] = Array(repeating: nil, count: 256)
    private var keys: [UInt64] = Array(repeating: 0, count: 256)
    private var count = 0

    /// The table's slots (for tests: it never exceeds ``maximumSlots``).
    var slots: Int { entries.count }

    /// The key stored for `entry`, or nil. O(1) expected.
    func key(for entry: Entry) -> UInt64? {
        let mask = entries.count - 1
        var i = Self.slot(entry, mask)
        while let e = entries[i] {
            if e == entry { return keys[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `key` for `entry` (not yet stored). O(1) amortized.
    mutating func insert(_ entry: Entry, key: UInt64) {
        if (count + 1) * 2 > entries.count {
            if entries.count < LemmaKeyCache.maximumSlots { grow() } else { removeAll() }
        }
        let mask = entries.count - 1
        var i = Self.slot(entry, mask)
        while entries[i] != nil { i = (i + 1) & mask }
        entries[i] = entry
        keys[i] = key
        count += 1
    }

    /// Makes room for `n` entries in all (up to 2^15 at once; past that it grows as it fills),
    /// so that a text of known length does not rebuild the table as it doubles. O(capacity).
    mutating func reserve(_ n: Int) {
        var size = entries.count
        while size < 2 * min(n, 1 << 15) { size *= 2 }
        if size > entries.count { rebuild(size) }
    }

    /// The table grows no further than this many slots (2^19).
    static let maximumSlots = 1 << 19

    private mutating func grow() { rebuild(entries.count * 2) }

    /// Empties the table in place (its pages stay: no fresh memory).
    private mutating func removeAll() {
        entries.withUnsafeMutableBufferPointer { $0.update(repeating: nil) }
        count = 0
    }

    private mutating func rebuild(_ size: Int) {
        let old = entries, oldKeys = keys
        entries = Array(repeating: nil, count: size)
        keys = Array(repeating: 0, count: size)
        count = 0
        for (i, e) in old.enumerated() { if let e { insert(e, key: oldKeys[i]) } }
    }

    /// A hash of a word form as written, for ``Entry/form``: eight bytes at a time (cheaper
    /// than ``LemmaKey``, which folds ё byte by byte). Never 0. O(length).
    static func formHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h | 1 }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            let chunk = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return h | 1
    }

    private static func slot(_ entry: Entry, _ mask: Int) -> Int {
        let h = (entry.form ^ UInt64(entry.tag.partOfSpeech.rawValue)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & mask
    }
}
