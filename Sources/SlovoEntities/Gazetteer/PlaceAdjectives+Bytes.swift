import SlovoText

/// The byte-level path of adjective lookups, for lemmas made only of printable ASCII and the
/// basic Cyrillic block (U+0400-U+045F). There every scalar is a `Character` of its own (no
/// combining marks), so `hasSuffix`, `count` and `dropLast` on characters equal the same on
/// scalars, and the key and base are found on the UTF-8 bytes without building strings.
extension PlaceAdjectives {
    /// Whether `lemma` is a relative adjective (``base(ofAdjective:)`` is not nil) and the place
    /// it comes from (``place(forAdjective:)``, -1 for none). O(length).
    func facts(ofAdjective lemma: String) -> AdjectiveFacts {
        if let fast = fastFacts(ofAdjective: lemma) { return fast }
        return AdjectiveFacts(isRelative: PlaceAdjectives.base(ofAdjective: lemma) != nil,
                              place: place(forAdjective: lemma) ?? -1)
    }

    /// `facts(ofAdjective:)` on the UTF-8 bytes, or nil when the lemma has a byte outside the
    /// fast ranges.
    func fastFacts(ofAdjective lemma: String) -> AdjectiveFacts? {
        let result = lemma.utf8.withContiguousStorageIfAvailable { bytes -> AdjectiveFacts? in
            guard UTF8Scanning.hyphenCountIfSimple(bytes) != nil else { return nil }
            var facts = AdjectiveFacts(isRelative: PlaceAdjectives.relativeBase(bytes) != nil)
            facts.place = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: MatchKey.capacity(for: bytes.count)) { out in
                let length = MatchKey.write(bytes, 0..<bytes.count, into: out.baseAddress!)
                return place(forKey: UnsafeBufferPointer(rebasing: out[..<length])) ?? -1
            }
            return facts
        }
        return result ?? nil
    }

    /// The place of a lemma's match key (fast-range bytes), like ``place(forAdjective:)``.
    func place(forKey key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let (stemLength, addsTse) = PlaceAdjectives.relativeBase(key) else { return nil }
        let scalars = UTF8Scanning.scalarCount(key, 0..<stemLength) + (addsTse ? 1 : 0)
        guard scalars >= PlaceAdjectives.shortestBase else { return nil }
        var hash = BaseHash()
        for b in key[..<stemLength] { hash.byte(b) }
        if addsTse { hash.byte(0xD1); hash.byte(0x86) }  // ц
        return index[hash.value]
    }

    /// ``base(ofAdjective:)`` on fast-range bytes: the base is the first `stemLength` bytes,
    /// followed by "ц" when `addsTse`; nil when the word does not end in -ский/-ской/-цкий/-цкой
    /// after at least three letters.
    static func relativeBase(_ bytes: UnsafeBufferPointer<UInt8>) -> (stemLength: Int, addsTse: Bool)? {
        // с|ц к и|о й: D1 81|D1 86, D0 BA, D0 B8|D0 BE, D0 B9.
        let n = bytes.count
        guard n >= 8, bytes[n - 8] == 0xD1, bytes[n - 7] == 0x81 || bytes[n - 7] == 0x86,
              bytes[n - 6] == 0xD0, bytes[n - 5] == 0xBA, bytes[n - 4] == 0xD0,
              bytes[n - 3] == 0xB8 || bytes[n - 3] == 0xBE, bytes[n - 2] == 0xD0, bytes[n - 1] == 0xB9
        else { return nil }
        var stemLength = n - 8
        guard UTF8Scanning.scalarCount(bytes, 0..<stemLength) > 2 else { return nil }
        let addsTse = bytes[n - 7] == 0x86
        // A soft sign before -ский goes ("сибирьский" -> "сибир"); before "ц" there is none.
        if !addsTse, stemLength >= 2, bytes[stemLength - 2] == 0xD1, bytes[stemLength - 1] == 0x8C { stemLength -= 2 }
        return (stemLength, addsTse)
    }
}
