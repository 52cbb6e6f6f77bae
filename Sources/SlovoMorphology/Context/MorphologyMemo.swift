/// The analyses of the words already seen in a document, so that a repeated word is analysed
/// once: pass the same memo to ``MorphologyTagger/tag(_:_:in:memo:into:)`` for every sentence of
/// a document. Its memory grows with the number of distinct words; start a new memo per
/// document (or clear it). Not thread-safe.
public struct MorphologyMemo {
    struct Entry {
        let keyStart: Int
        let keyCount: Int
        let start: Int
        let count: Int
        let governed: GrammemeSet?
    }

    var index: [UInt64: Int] = [:]
    var entries: [Entry] = []
    var keys: [UInt8] = []
    var analyses: [WordAnalysis] = []

    /// An empty memo.
    public init() {}

    /// The number of words a long-lived memo should hold before it is cleared (see
    /// `Analyzer.analyze(_:memo:)`).
    public static let capacity = 200_000

    /// The number of distinct words remembered.
    public var count: Int { entries.count }

    /// Forgets every word (keeps the memory).
    public mutating func removeAll() {
        index.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        analyses.removeAll(keepingCapacity: true)
    }

    /// The entry of the word `bytes` (with hash `hash`), if seen. O(length).
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
        guard let e = index[hash] else { return nil }
        let entry = entries[e]
        guard entry.keyCount == bytes.count else { return nil }
        for i in 0..<bytes.count where keys[entry.keyStart + i] != bytes[i] { return nil }
        return entry
    }

    /// Remembers the analyses of `bytes`. O(length + analyses).
    mutating func store(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, _ list: [WordAnalysis], governed: GrammemeSet?) {
        guard index[hash] == nil else { return }
        index[hash] = entries.count
        entries.append(Entry(keyStart: keys.count, keyCount: bytes.count, start: analyses.count, count: list.count,
                             governed: governed))
        keys.append(contentsOf: bytes)
        analyses.append(contentsOf: list)
    }
}
