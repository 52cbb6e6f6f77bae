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
            guard PlaceAdjectives.isFastText(bytes) else { return nil }
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
        let scalars = PlaceAdjectives.scalarCount(key[..<stemLength]) + (addsTse ? 1 : 0)
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
        guard scalarCount(bytes[..<stemLength]) > 2 else { return nil }
        let addsTse = bytes[n - 7] == 0x86
        // A soft sign before -ский goes ("сибирьский" -> "сибир"); before "ц" there is none.
        if !addsTse, stemLength >= 2, bytes[stemLength - 2] == 0xD1, bytes[stemLength - 1] == 0x8C { stemLength -= 2 }
        return (stemLength, addsTse)
    }

    /// The number of scalars in UTF-8 `bytes` (those that are not continuation bytes).
    static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether `bytes` hold only printable ASCII (and tab) and two-byte sequences of
    /// U+0400-U+045F: text where scalars and characters are one and the same.
    static func isFastText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20 || b == 0x09, b != 0x7F else { return false }
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { return false }
            let b1 = bytes[i + 1]
            guard (b == 0xD0 && b1 >= 0x80 && b1 <= 0xBF) || (b == 0xD1 && b1 >= 0x80 && b1 <= 0x9F) else { return false }
            i += 2
        }
        return true
    }
}
