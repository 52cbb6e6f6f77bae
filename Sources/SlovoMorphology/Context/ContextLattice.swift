/// The candidates of a sentence, token by token, and the choice of one per token: a
/// first-order Viterbi search where each candidate keeps its likelihood (``ContextRules``
/// emissions) and pairs of neighbours add agreement and government scores.
struct ContextLattice {
    /// Every candidate, token after token.
    var candidates: [WordAnalysis] = []
    /// Token i's candidates are `candidates[starts[i]..<starts[i + 1]]`.
    var starts: [Int] = [0]
    /// The cases governed by token i when it is a preposition.
    var governed: [GrammemeSet?] = []

    init(capacity: Int) {
        candidates.reserveCapacity(capacity * 4)
        starts.reserveCapacity(capacity + 1)
        governed.reserveCapacity(capacity)
    }

    /// Adds a token's candidates (at least one).
    mutating func append<C: Collection<WordAnalysis>>(_ analyses: C, governed cases: GrammemeSet?) {
        candidates.append(contentsOf: analyses)
        starts.append(candidates.count)
        governed.append(cases)
    }

    /// Appends the best candidate of each token. O(n × k²).
    func choose(into chosen: inout [WordAnalysis]) {
        let n = governed.count
        guard n > 0 else { return }
        var best = [Float](repeating: 0, count: candidates.count)
        var back = [Int](repeating: 0, count: candidates.count)
        for i in 0..<n {
            let range = starts[i]..<starts[i + 1]
            ContextRules.emissions(candidates, range, into: &best)
            guard i > 0 else { continue }
            let previous = starts[i - 1]..<starts[i]
            for c in range {
                var top = -Float.infinity
                var arg = previous.lowerBound
                for p in previous {
                    let s = best[p] + ContextRules.transition(candidates[p], governed: governed[i - 1], candidates[c])
                    if s > top { top = s; arg = p }
                }
                best[c] += top
                back[c] = arg
            }
        }
        var index = starts[n - 1]
        for c in starts[n - 1]..<starts[n] where best[c] > best[index] { index = c }
        var path = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = index
            index = back[index]
        }
        for i in 0..<n { chosen.append(candidates[path[i]]) }
    }
}
