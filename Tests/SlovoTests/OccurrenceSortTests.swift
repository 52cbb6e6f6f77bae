import Testing
@testable import SlovoKeywords
@testable import SlovoEntities

/// The in-place sort of candidate occurrences gives the order of a full sort by the same
/// comparison, and that order is total: a shuffled input sorts to the same array.
@Suite struct OccurrenceSortTests {
    static func fields(_ o: CandidateOccurrence) -> [UInt64] {
        [o.key, UInt64(o.start), UInt64(o.end), UInt64(o.sentence), UInt64(o.words), UInt64(o.kind.rawValue)]
    }

    static func random(_ count: Int, _ rng: inout SplitMix64, spread: UInt64) -> [CandidateOccurrence] {
        (0..<count).map { _ in
            let start = Int32(rng.next() % spread)
            var kind = CandidateKind(rawValue: UInt8(truncatingIfNeeded: rng.next()))
            if rng.next() % 2 == 0 { kind.remove(.title) }
            return CandidateOccurrence(key: rng.next() % spread, start: start, end: start + Int32(rng.next() % 3),
                                       sentence: start / 4, words: UInt8(rng.next() % 3 + 1), kind: kind)
        }
    }

    @Test func sortsAsAFullSortWithManyTies() {
        var rng = SplitMix64(seed: 11)
        // Short ranges (insertion sort), long ones (quicksort), narrow value spreads (ties).
        for count in [0, 1, 2, 3, 15, 16, 17, 100, 1_000, 20_000] {
            for spread: UInt64 in [2, 7, 1_000] {
                var items = OccurrenceSortTests.random(count, &rng, spread: spread)
                let expected = items.sorted(by: OccurrenceSort.precedes).map(OccurrenceSortTests.fields)
                items.withUnsafeMutableBufferPointer { OccurrenceSort.sort($0) }
                #expect(items.map(OccurrenceSortTests.fields) == expected, "count \(count), spread \(spread)")
            }
        }
    }

    @Test func sortsSortedReversedAndEqualInputs() {
        var rng = SplitMix64(seed: 12)
        let base = OccurrenceSortTests.random(5_000, &rng, spread: 50).sorted(by: OccurrenceSort.precedes)
        let expected = base.map(OccurrenceSortTests.fields)
        for input in [base, Array(base.reversed()), base.shuffled(using: &rng)] {
            var items = input
            items.withUnsafeMutableBufferPointer { OccurrenceSort.sort($0) }
            #expect(items.map(OccurrenceSortTests.fields) == expected)
        }
        var same = [CandidateOccurrence](repeating: base[0], count: 3_000)
        same.withUnsafeMutableBufferPointer { OccurrenceSort.sort($0) }
        #expect(same.allSatisfy { OccurrenceSortTests.fields($0) == expected[0] })
    }

    @Test func deepRecursionFallsBackToHeapsort() {
        // An organ-pipe input defeats median-of-three quite often; whatever the path, the
        // result must be the full sort's.
        var items: [CandidateOccurrence] = []
        for k in 0..<4_096 {
            let key = UInt64(k < 2_048 ? k : 4_095 - k)
            items.append(CandidateOccurrence(key: key, start: 0, end: 1, sentence: 0, words: 1, kind: []))
        }
        let expected = items.sorted(by: OccurrenceSort.precedes).map(OccurrenceSortTests.fields)
        items.withUnsafeMutableBufferPointer { OccurrenceSort.sort($0) }
        #expect(items.map(OccurrenceSortTests.fields) == expected)
    }
}
