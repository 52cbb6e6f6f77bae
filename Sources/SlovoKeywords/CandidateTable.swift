/// The candidates of a document: occurrences with the same key grouped into one candidate
/// with its in-document statistics.
struct Candidate {
    /// ``LemmaKey`` of the phrase.
    var key: UInt64
    /// The candidate's occurrences are `occurrences[first..<(first + total)]` of the table,
    /// the text's in text order, then the title's.
    var first: Int
    var total: Int
    /// Occurrences in the text (derived adjectives aside), derived adjectives in the text
    /// ("калужский" for Калуга), and occurrences of either kind in the title.
    var count = 0
    var derivedCount = 0
    var titleCount = 0
    /// Whether every occurrence is a derived adjective (the noun itself never occurs).
    var derivedOnly = true
    /// Sentences of the text it occurs in (distinct), the first and the last.
    var sentences = 0
    var firstSentence: Int32 = -1
    var lastSentence: Int32 = -1
    /// Number of words.
    var words = 1
    /// Every kind any occurrence had.
    var kind: CandidateKind = []
    /// The score before squashing into 0...1, set by the scorer.
    var score = 0.0
}

/// Groups candidate occurrences by key. O(n log n) for n occurrences (one sort in place, no
/// hashing, no copy of the occurrences).
struct CandidateTable {
    /// Sorted by key, then title after text, then position (``OccurrenceSort``); duplicates
    /// (the same phrase at the same place found twice, as a noun phrase and as an entity)
    /// merged.
    var occurrences: [CandidateOccurrence]
    var candidates: [Candidate] = []

    /// Builds the table from occurrences in any order, taking `found`'s storage (it is left
    /// empty): the occurrences are sorted and merged where they lie.
    init(taking found: inout [CandidateOccurrence]) {
        var all: [CandidateOccurrence] = []
        swap(&all, &found)
        // Sort, then merge duplicates by moving each kept occurrence down over the merged ones.
        let kept = all.withUnsafeMutableBufferPointer { o -> Int in
            OccurrenceSort.sort(o)
            var count = 0
            for i in o.indices {
                let next = o[i]
                if count > 0 {
                    let last = o[count - 1]
                    if last.key == next.key, last.start == next.start,
                       last.kind.contains(.title) == next.kind.contains(.title) {
                        o[count - 1].kind.formUnion(next.kind)
                        continue
                    }
                }
                o[count] = next
                count += 1
            }
            return count
        }
        all.removeLast(all.count - kept)
        occurrences = all
        let merged = all
        // One candidate per distinct key (the occurrences are sorted by key): counted first, so
        // that the candidates are allocated once.
        var distinct = 0
        for k in merged.indices where k == 0 || merged[k].key != merged[k - 1].key { distinct += 1 }
        candidates.reserveCapacity(distinct)
        var i = 0
        while i < merged.count {
            var c = Candidate(key: merged[i].key, first: i, total: 0)
            c.words = Int(merged[i].words)
            var j = i
            while j < merged.count && merged[j].key == c.key {
                let o = merged[j]
                c.kind.formUnion(o.kind)
                let derived = o.kind.contains(.derived)
                if !derived { c.derivedOnly = false }
                if o.kind.contains(.title) {
                    c.titleCount += 1
                } else {
                    if derived { c.derivedCount += 1 } else { c.count += 1 }
                    if o.sentence != c.lastSentence { c.sentences += 1 }
                    if c.firstSentence < 0 { c.firstSentence = o.sentence }
                    c.lastSentence = o.sentence
                }
                j += 1
            }
            c.total = j - i
            candidates.append(c)
            i = j
        }
    }
}
