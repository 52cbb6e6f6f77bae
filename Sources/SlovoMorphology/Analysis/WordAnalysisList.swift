/// A list of ``WordAnalysis`` values (one per token of a text, as the tagger chooses them) in
/// about 48 bytes each instead of 112: a 40-byte record of the fields, and the base's codes
/// back to back in the list's arena (about 7 bytes a word); each value is rebuilt when read. A
/// 100 MB text has about 10.7 million tokens: its analyses take about 0.5 GB here against
/// 1.2 GB as an array, and the kernel zeroes every fresh page of them.
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
    /// The analyses' fields.
    @usableFromInline var records: [ListRecord] = []
    /// The bases' codes, back to back, then ``slack`` bytes, so that 64 bytes may be read from
    /// any base's start (``InlineCodes/init(loading:count:)``); empty while the list is.
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

    /// The analysis at `index`, rebuilt from its record and codes. O(1).
    @inlinable
    public subscript(index: Int) -> WordAnalysis {
        get {
            let record = records[index]
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
        guard !range.isEmpty else { return [] }
        return records.withUnsafeBufferPointer { records in
            arena.withUnsafeBufferPointer { arena in
                [WordAnalysis](unsafeUninitializedCapacity: range.count) { out, initialized in
                    for (k, i) in range.enumerated() {
                        (out.baseAddress! + k).initialize(to: records[i].analysis(codes: arena.baseAddress!))
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

    /// Makes room for `count` analyses in all, their bases' codes included (about 3.3 bytes an
    /// analysis on news text, so room for 4 is reserved: the arena is not copied as it grows,
    /// and what is not used is never touched). O(count) when it grows.
    public mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
        if arena.isEmpty { arena = [UInt8](repeating: 0, count: WordAnalysisList.slack) }
        arena.reserveCapacity(WordAnalysisList.slack + 4 * count)
    }

    /// Whether both lists hold equal analyses in the same order. O(n).
    public static func == (lhs: WordAnalysisList, rhs: WordAnalysisList) -> Bool {
        lhs.count == rhs.count && lhs.indices.allSatisfy { lhs[$0] == rhs[$0] }
    }

    /// Readable bytes kept past the last base.
    static let slack = 64

    /// Makes room in the arena for `count` more codes and returns where they go: the first
    /// ``slack`` bytes from there on are writable, the arena grows by `count`. O(count)
    /// amortized.
    @inline(__always)
    mutating func claimCodes(_ count: Int) -> Int {
        if arena.isEmpty { arena = [UInt8](repeating: 0, count: WordAnalysisList.slack) }
        let start = arena.count - WordAnalysisList.slack
        if count > 0 {
            if arena.capacity < arena.count + count { arena.reserveCapacity(Swift.max(arena.count + count, 2 * arena.capacity)) }
            arena.append(contentsOf: repeatElement(0, count: count))
        }
        return start
    }

    /// The record of `a`, its base's codes put in the arena.
    @usableFromInline
    mutating func record(_ a: WordAnalysis) -> ListRecord {
        let n = a.base.count
        let start = claimCodes(n)
        arena.withUnsafeMutableBufferPointer { out in
            a.base.withCodes { (out.baseAddress! + start).update(from: $0, count: n) }
        }
        return ListRecord(a, baseStart: start)
    }

    /// Appends the memo records `stored[indices[0..<n]]`, whose long bases are in `codes` (the
    /// memo's arena). O(n + codes) amortized, with no per-element checks.
    mutating func append(_ n: Int, of stored: UnsafePointer<StoredAnalysis>, at indices: UnsafePointer<Int32>,
                         codes: UnsafePointer<UInt8>) {
        var total = 0
        for i in 0..<n { total &+= Int(stored[Int(indices[i])].baseCount) }
        var at = claimCodes(total)
        let first = records.count
        if records.capacity < first + n { records.reserveCapacity(Swift.max(first + n, 2 * records.capacity)) }
        records.append(contentsOf: repeatElement(ListRecord(), count: n))
        records.withUnsafeMutableBufferPointer { out in
            arena.withUnsafeMutableBufferPointer { arena in
                let target = out.baseAddress! + first, base = arena.baseAddress!
                for i in 0..<n {
                    let r = stored[Int(indices[i])]
                    let count = Int(r.baseCount)
                    if StoredAnalysis.isInline(count) {
                        // The three words whole: what lies past the count is overwritten by
                        // the next base or left in the slack, and never read as a code.
                        let raw = UnsafeMutableRawPointer(base + at)
                        raw.storeBytes(of: r.inlineCodes.0, toByteOffset: 0, as: UInt64.self)
                        raw.storeBytes(of: r.inlineCodes.1, toByteOffset: 8, as: UInt64.self)
                        raw.storeBytes(of: r.inlineCodes.2, toByteOffset: 16, as: UInt64.self)
                    } else {
                        (base + at).update(from: codes + Int(r.baseStart), count: count)
                    }
                    target[i] = ListRecord(r, baseStart: at)
                    at &+= count
                }
            }
        }
    }
}

/// A ``WordAnalysis`` in a ``WordAnalysisList``: its fields, its base's codes in the list's
/// arena (40 bytes).
@usableFromInline
struct ListRecord: Sendable, BitwiseCopyable {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0
    @usableFromInline var score: Float = 0
    /// Where the base's codes start in the arena.
    @usableFromInline var baseStart: UInt32 = 0
    @usableFromInline var paradigm: UInt16 = 0
    @usableFromInline var form: UInt16 = 0
    @usableFromInline var partOfSpeech: UInt8 = 0
    @usableFromInline var method: UInt8 = 0
    @usableFromInline var prior: UInt8 = 0
    @usableFromInline var fixedPrefix: UInt8 = 0
    @usableFromInline var stemLength: UInt8 = 0
    @usableFromInline var baseCount: UInt8 = 0

    /// A record of zeros.
    init() {}

    /// The record of `a`, its base at `baseStart`.
    init(_ a: WordAnalysis, baseStart: Int) {
        self.init(StoredAnalysis(a, baseStart: 0), baseStart: baseStart)
    }

    /// The record of a memo record, its base at `baseStart`.
    @inline(__always)
    init(_ r: StoredAnalysis, baseStart: Int) {
        low = r.low
        high = r.high
        score = r.score
        self.baseStart = UInt32(baseStart)
        paradigm = r.paradigm
        form = r.form
        partOfSpeech = r.partOfSpeech
        method = r.method
        prior = r.prior
        fixedPrefix = r.fixedPrefix
        stemLength = r.stemLength
        baseCount = r.baseCount
    }

    /// The analysis, its base read from `codes` (the arena). O(1).
    @inlinable
    func analysis(codes: UnsafePointer<UInt8>) -> WordAnalysis {
        var grammemes = GrammemeSet()
        grammemes.low = low
        grammemes.high = high
        return WordAnalysis(tag: MorphTag(PartOfSpeech(unchecked: partOfSpeech), grammemes), score: score,
                            method: WordAnalysis.Method(unchecked: method), paradigm: paradigm, form: form, prior: prior,
                            fixedPrefix: fixedPrefix, stemLength: stemLength,
                            base: InlineCodes(loading: UnsafeRawPointer(codes + Int(baseStart)), count: Int(baseCount)))
    }
}
