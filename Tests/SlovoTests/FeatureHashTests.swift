import Testing
@testable import SlovoEntities

/// The fast paths of the tagger's hashing give the values the model was trained with.
@Suite struct FeatureHashTests {
    @Test func paddedHashEqualsTheByteLoopHashAtEveryLength() {
        var rng = SplitMix64(seed: 11)
        let bytes = (0..<80).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        bytes.withUnsafeBufferPointer { b in
            for start in 0..<8 {
                for count in 0...(b.count - start - 8) {
                    let p = b.baseAddress! + start
                    #expect(FeatureHash.bytes(padded: p, count) == FeatureHash.bytes(p, count), "count \(count)")
                    #expect(FeatureHash.bytes(padded: p, count, seed: 5) == FeatureHash.bytes(p, count, seed: 5))
                }
            }
        }
    }

    /// The hash of the last `n` scalars, as the tagger's suffix attributes were first defined.
    static func suffixHash(_ key: [UInt8], _ n: Int) -> UInt64 {
        var start = key.count, scalars = 0
        while start > 0 && scalars < n {
            start -= 1
            if key[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        return key.withUnsafeBufferPointer {
            FeatureHash.bytes($0.baseAddress! + start, key.count - start, seed: UInt64(n) &* 0x51_7CC1_B727_220A)
        }
    }

    @Test(arguments: ["", "я", "ад", "кот", "слон", "москва", "it-центр", "日本語", "a😀b", "ёлка"])
    func suffixHashesInOnePassEqualEachSuffixHashedAlone(_ word: String) {
        let key = Array(word.utf8)
        var hashes = TextHashes()
        (key + [UInt8](repeating: 0, count: 8)).withUnsafeBufferPointer { padded in
            DocumentWords.suffixHashes(UnsafeBufferPointer(rebasing: padded[0..<key.count]), into: &hashes)
        }
        #expect(hashes.suffix2 == FeatureHashTests.suffixHash(key, 2))
        #expect(hashes.suffix3 == FeatureHashTests.suffixHash(key, 3))
        #expect(hashes.suffix4 == FeatureHashTests.suffixHash(key, 4))
    }

    @Test(arguments: [("рублёвый", "рублевый"), ("ёж", "еж"), ("её", "ее"), ("клуб", "клуб"), ("a", "a")])
    func lemmaKeysFoldYoWithOrWithoutTheCopy(_ pair: (String, String)) {
        func key(_ s: String) -> UInt64 { Array(s.utf8).withUnsafeBufferPointer { LemmaKey.hash($0) } }
        #expect(key(pair.0) == key(pair.1))
        let folded = Array(pair.1.utf8)
        #expect(key(pair.1) == folded.withUnsafeBufferPointer { FeatureHash.bytes($0.baseAddress!, $0.count, seed: LemmaKey.seed) })
    }
}
