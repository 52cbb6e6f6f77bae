/// Hashes of lemmas, with ё folded to е, so that the lemma the lexicon gives ("рублёвый") and a
/// gazetteer name's matching key ("рублевый") hash alike.
public enum LemmaKey {
    static let seed: UInt64 = 0x4C45_4D4D_4100_0001

    /// The key of lower-case UTF-8 lemma bytes. O(n), no allocation beyond a small stack copy.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard !bytes.isEmpty else { return 0 }
        // Most lemmas have no ё: hashed as they are. (0x91 follows 0xD1 only in ё.)
        var i = 1
        while i < bytes.count && !(bytes[i] == 0x91 && bytes[i - 1] == 0xD1) { i += 1 }
        if i >= bytes.count { return FeatureHash.bytes(bytes.baseAddress!, bytes.count, seed: seed) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0xD1, i + 1 < bytes.count, bytes[i + 1] == 0x91 {  // ё -> е
                    folded[i] = 0xD0
                    folded[i + 1] = 0xB5
                    i += 2
                } else {
                    folded[i] = bytes[i]
                    i += 1
                }
            }
            return FeatureHash.bytes(folded.baseAddress!, bytes.count, seed: seed)
        }
    }
}
