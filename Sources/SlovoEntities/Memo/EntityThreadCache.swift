import SlovoText

/// Each thread's own memos of the entity stage, made on first use and freed with the thread
/// (`ThreadLocal`): what the stage learns of a word or a name in one document
/// is reused in the next ones the thread analyses, with no locking and no state for callers to
/// manage. Each memo bounds its own memory.
public final class EntityThreadCache {
    let normalForms = NormalFormMemo()
    /// Every analysis of words of mentions, for normal forms (4,096 words).
    let mentionWords = WordAnalysesMemo()
    /// Facts of words by their text, with the lemma of their last reading: 131,072 slots of
    /// 40 bytes (5 MB, mapped, resident as it fills), half of them used at most. The size
    /// hardly matters for speed on 8 MB of news text (2^17, 2^18 and 2^19 slots measured
    /// alike within noise), so it is the smallest of those.
    let words = KeyedMemo<WordFacts>(capacityBits: 17)
    /// Place adjectives by lemma hash (16,384 slots).
    let adjectives = KeyedMemo<AdjectiveFacts>(capacityBits: 14)
    /// Set while an extraction uses the cache: a nested call (none today) gets a fresh one.
    var inUse = false

    static let slot = ThreadLocal { EntityThreadCache() }

    /// The calling thread's cache.
    static var current: EntityThreadCache { slot.value }

    /// Calls `body` with the calling thread's cache (a fresh one for a nested call). O(1)
    /// besides `body`.
    static func withCurrent<R>(_ body: (EntityThreadCache) -> R) -> R {
        let cache = current
        guard !cache.inUse else { return body(EntityThreadCache()) }
        cache.inUse = true
        defer { cache.inUse = false }
        return body(cache)
    }

    /// Empties the calling thread's memos and gives back their memory (for measurements that
    /// must start cold). O(size of the small memos); the large one's pages go back to the kernel.
    public static func releaseThreadCache() {
        let cache = current
        guard !cache.inUse else { return }
        cache.normalForms.removeAll()
        cache.mentionWords.removeAll()
        cache.words.removeAll()
        cache.adjectives.removeAll()
    }
}
