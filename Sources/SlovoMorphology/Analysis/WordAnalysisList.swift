/// A list of ``WordAnalysis`` values (one per token of a text, as the tagger chooses them) in
/// about 64 bytes each instead of 112: each is kept as the tagger's memo keeps it (its base's
/// codes inline when there are at most 24, nearly always; else in the list's own arena), and
/// rebuilt when read. A 100 MB text has about 10.7 million tokens: its analyses take 0.7 GB
/// here against 1.2 GB as an array, and the kernel zeroes every fresh page of them.
///
/// A value type with the same elements as the array it stands for (`Array(list)` gives it
/// back); reading an element is O(1) and allocates nothing.
///
/// ```swift
/// let analysis = analyzer.analyze("Мы живём в Калуге.")
/// analysis.morphology[3].tag.case        // .prepositional
/// ```
public struct WordAnalysisList: RandomAccessCollection, MutableCollection, Sendable, Equatable,
    ExpressibleByArrayLiteral {
    /// The analyses as stored.
    @usableFromInline var records: [StoredAnalysis] = []
    /// The codes of bases longer than ``StoredAnalysis/inlineCapacity``, each in a slot of
    /// ``InlineCodes/capacity`` + 1 bytes, so that 64 bytes may be read from any base's start.
    @usableFromInline var arena: [UInt8] = []

    /// An empty list.
    public init() {}

    /// The list of `analyses`, in order. O(n).
    public init(_ analyses: some Sequence<WordAnalysis>) {
        records.reserveCapacity(analyses.underestimatedCount)
        for a in analyses { append(a) }
    }

    /// The list of `elements`.
    public init(arrayLiteral elements: WordAnalysis...) {
        self.init(elements)
    }

    /// 0.
    @inlinable public var startIndex: Int { 0 }
    /// The number of analyses.
    @inlinable public var endIndex: Int { records.count }

    /// The analysis at `index`, rebuilt from its record. O(1).
    @inlinable
    public subscript(index: Int) -> WordAnalysis {
        get {
            let record = records[index]
            if StoredAnalysis.isInline(Int(record.baseCount)) { return record.inlineAnalysis }
            return arena.withUnsafeBufferPointer { record.analysis(codes: $0.baseAddress!) }
        }
        set {
            records[index] = record(newValue)
        }
    }

    /// The analyses of `range` as an array (for stages that take one window of a text at a
    /// time). O(range), one allocation.
    public func array(_ range: Range<Int>) -> [WordAnalysis] {
        precondition(range.lowerBound >= 0 && range.upperBound <= records.count, "range out of bounds")
        return records.withUnsafeBufferPointer { records in
            arena.withUnsafeBufferPointer { arena in
                [WordAnalysis](unsafeUninitializedCapacity: range.count) { out, initialized in
                    for (k, i) in range.enumerated() {
                        let r = records[i]
                        // (A long base is in the arena, which then is not empty.)
                        (out.baseAddress! + k).initialize(to: StoredAnalysis.isInline(Int(r.baseCount))
                            ? r.inlineAnalysis : r.analysis(codes: arena.baseAddress!))
                    }
                    initialized = range.count
                }
            }
        }
    }

    /// Appends `analysis`. O(1) amortized.
    public mutating func append(_ analysis: WordAnalysis) {
        records.append(record(analysis))
    }

    /// Makes room for `count` analyses in all. O(count) when it grows.
    public mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
    }

    /// Whether both lists hold equal analyses in the same order. O(n).
    public static func == (lhs: WordAnalysisList, rhs: WordAnalysisList) -> Bool {
        lhs.count == rhs.count && lhs.indices.allSatisfy { lhs[$0] == rhs[$0] }
    }

    /// The bytes one arena slot takes: a base's codes, and room to read 64 bytes from its start.
    static let arenaSlot = InlineCodes.capacity + 1

    /// The record of `a`, its base put in the arena when it is not inline.
    @usableFromInline
    mutating func record(_ a: WordAnalysis) -> StoredAnalysis {
        let n = a.base.count
        guard !StoredAnalysis.isInline(n) else { return StoredAnalysis(a, baseStart: 0) }
        let start = arena.count
        arena.append(contentsOf: repeatElement(0, count: WordAnalysisList.arenaSlot))
        arena.withUnsafeMutableBufferPointer { out in
            a.base.withCodes { (out.baseAddress! + start).update(from: $0, count: n) }
        }
        return StoredAnalysis(a, baseStart: start)
    }

    /// Appends `records[indices[0..<n]]`, whose long bases (if any) are in `codes` (a memo's
    /// arena). O(n) amortized: one bulk append, then a copy in place (no per-element checks).
    mutating func append(_ n: Int, of stored: UnsafePointer<StoredAnalysis>, at indices: UnsafePointer<Int32>,
                         codes: UnsafePointer<UInt8>) {
        let first = records.count
        if records.capacity < first + n { records.reserveCapacity(Swift.max(first + n, 2 * records.capacity)) }
        records.append(contentsOf: repeatElement(StoredAnalysis.empty, count: n))
        var long = false
        records.withUnsafeMutableBufferPointer { out in
            let target = out.baseAddress! + first
            for i in 0..<n {
                let r = stored[Int(indices[i])]
                long = long || !StoredAnalysis.isInline(Int(r.baseCount))
                target[i] = r
            }
        }
        guard long else { return }
        for i in first..<(first + n) where !StoredAnalysis.isInline(Int(records[i].baseCount)) {
            let count = Int(records[i].baseCount), source = codes + Int(records[i].baseStart)
            let start = arena.count
            arena.append(contentsOf: repeatElement(0, count: WordAnalysisList.arenaSlot))
            arena.withUnsafeMutableBufferPointer { ($0.baseAddress! + start).update(from: source, count: count) }
            records[i].baseStart = UInt32(start)
        }
    }
}

extension StoredAnalysis {
    /// A placeholder record (overwritten before it is read).
    static let empty = StoredAnalysis()

    /// A record of zeros.
    init() {
        low = 0; high = 0; score = 0; baseStart = 0; paradigm = 0; form = 0
        partOfSpeech = 0; method = 0; prior = 0; fixedPrefix = 0; stemLength = 0; baseCount = 0
    }

    /// The analysis of a record whose base is inline. O(1).
    @inlinable
    var inlineAnalysis: WordAnalysis {
        var grammemes = GrammemeSet()
        grammemes.low = low
        grammemes.high = high
        return WordAnalysis(tag: MorphTag(PartOfSpeech(unchecked: partOfSpeech), grammemes), score: score,
                            method: WordAnalysis.Method(unchecked: method), paradigm: paradigm, form: form, prior: prior,
                            fixedPrefix: fixedPrefix, stemLength: stemLength,
                            base: InlineCodes(words: inlineCodes, count: Int(baseCount)))
    }
}
