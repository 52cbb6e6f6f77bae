import Testing
@testable import SlovoKeywords
@testable import SlovoEntities

/// The selection's pool of best candidates is the first `k` of a full sort.
@Suite struct KeywordPoolTests {
    @Test func bestCandidatesAreTheFirstOfAFullSortWithTies() {
        var rng = SplitMix64(seed: 5)
        for round in 0..<300 {
            let n = Int(rng.next() % 120)
            var seen = Set<UInt64>()
            var candidates: [Candidate] = []
            while candidates.count < n {
                let key = rng.next() % 10_000
                guard seen.insert(key).inserted else { continue }
                var c = Candidate(key: key, first: 0, total: 1)
                c.score = Double(rng.next() % 7) / 2   // coarse: many ties, broken by key
                candidates.append(c)
            }
            let sorted = candidates.indices.sorted { a, b in
                let x = candidates[a], y = candidates[b]
                return x.score != y.score ? x.score > y.score : x.key < y.key
            }
            for k in [0, 1, 5, 40, 200] {
                #expect(KeywordSelection.best(candidates, k) == Array(sorted.prefix(k)), "round \(round), k \(k)")
            }
        }
    }
}
