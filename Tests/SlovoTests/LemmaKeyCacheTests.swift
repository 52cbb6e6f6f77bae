import Testing
@testable import SlovoKeywords
import SlovoMorphology

/// The keyword stage's cache of lemma keys gives back what was stored, and stays bounded on a
/// text with more distinct words than it holds: it starts again rather than growing.
@Suite struct LemmaKeyCacheTests {
    static func entry(_ form: UInt64, _ pos: PartOfSpeech = .noun) -> LemmaKeyCache.Entry {
        LemmaKeyCache.Entry(form: form | 1, tag: MorphTag(pos), method: .dictionary, inflectable: true)
    }

    @Test func givesBackStoredKeysAndNothingElse() {
        var cache = LemmaKeyCache()
        for k in 0..<5_000 as Range<UInt64> { cache.insert(Self.entry(k << 1), key: k &* 7 &+ 3) }
        for k in 0..<5_000 as Range<UInt64> {
            #expect(cache.key(for: Self.entry(k << 1)) == k &* 7 &+ 3)
            // The same form in another reading is another entry.
            #expect(cache.key(for: Self.entry(k << 1, .verb)) == nil)
        }
        #expect(cache.key(for: Self.entry(9_999 << 1)) == nil)
    }

    @Test func startsAgainInsteadOfGrowingPastItsBound() {
        var cache = LemmaKeyCache()
        let total = UInt64(LemmaKeyCache.maximumSlots) * 2
        var largest = 0
        for k in 0..<total {
            let e = Self.entry(k << 1)
            if cache.key(for: e) == nil { cache.insert(e, key: k) }
            largest = max(largest, cache.slots)
        }
        #expect(largest == LemmaKeyCache.maximumSlots)
        // The latest entries are all there (the table started again at most a few entries ago
        // or holds them); every answer is the stored key.
        for k in (total - 1_000)..<total { #expect(cache.key(for: Self.entry(k << 1)) == k) }
        #expect(cache.slots == LemmaKeyCache.maximumSlots)
    }
}
