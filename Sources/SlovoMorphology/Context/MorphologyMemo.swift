/// The candidates of the words already seen, so that a repeated word is analysed once: the
/// tagger keeps here, per word form, its analyses (pruned, ranked), their likelihoods in
/// context (emissions) and packed features (``CandidateFeatures``), and what a preposition
/// governs. Pass the same memo to ``MorphologyTagger/tag(_:_:in:memo:into:)`` for every
/// sentence of a document, or of many documents: `Analyzer.analyze(_:)` keeps one per thread
/// (``withThreadMemo(_:)``). Its memory grows with the number of distinct words up to its
/// capacity; then all but the most often seen words are forgotten. Not thread-safe.
///
/// A word seen before costs one hash of its bytes, one probe in an open-addressing table and
/// one compare; nothing is allocated and nothing is reference-counted per token. A copy of a
/// memo is independent of the original (the memory is copied when one of them changes).
public struct MorphologyMemo {
    var storage = MemoStorage()
    /// The lexicon the candidates come from (they are forgotten when another one is used).
    var owner: ObjectIdentifier?
    /// The most candidates kept before words are forgotten.
    let candidateLimit: Int
    /// Scratch of the lexicon, kept to be reused by the next word.
    var scratch: [WordAnalysis] = []

    /// An empty memo that holds up to about `capacity` distinct words.
    public init(capacity: Int = MorphologyMemo.capacity) {
        candidateLimit = max(1024, capacity * MorphologyMemo.candidatesPerWord)
    }

    /// The number of words a memo holds by default before it forgets those not seen again
    /// (its memory is then about 80 MB: 72 bytes a candidate, 80 a word; the per-thread memo
    /// of `Analyzer.analyze(_:)` holds fewer).
    public static let capacity = 200_000

    /// Candidates per word assumed when a capacity in words is turned into a bound on memory.
    static let candidatesPerWord = 4

    /// Candidates a sentence may add past ``candidateLimit`` before the next one evicts.
    static let sentenceSlack = 4_096

    /// The most candidates whose memory a new memo reserves at once (16 MB of the largest
    /// array); a larger memo grows past it by doubling.
    static let largestReserve = 1 << 18

    /// The number of distinct words remembered.
    public var count: Int { storage.state.pointee.entries.count }

    /// Forgets every word (keeps the memory). O(table size).
    public mutating func removeAll() {
        makeUnique()
        storage.state.pointee.removeAll()
    }

    /// Gives this memo its own storage if it shares it with a copy. O(1) usually.
    @inline(__always)
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Makes the memo hold candidates of `lexicon` only, and room for another sentence: forgets
    /// everything when the lexicon changes; when the memo is full, keeps only the words seen
    /// most often (least often: twice) since they were remembered, within half its capacity
    /// (most words of a text are seen once; the frequent ones are worth keeping across many
    /// documents). O(1) usually, O(memory) when full.
    mutating func prepare(for tables: LexiconTables) {
        makeUnique()
        let state = storage.state
        let id = ObjectIdentifier(tables)
        if state.pointee.stored.capacity == 0 {
            let candidates = min(candidateLimit + MorphologyMemo.sentenceSlack, MorphologyMemo.largestReserve)
            state.pointee.reserve(candidates: candidates, words: candidates / MorphologyMemo.candidatesPerWord * 2)
        }
        if owner != id {
            state.pointee.removeAll()
            owner = id
        } else if state.pointee.stored.count > candidateLimit {
            state.pointee.keepMostSeen(budget: candidateLimit / 2)
        }
    }
}
