/// First-order Viterbi decoding over BIO labels with well-formedness constraints.
enum Viterbi {
    /// The best label sequence given per-token emission scores (`tokens * labels`, row-major)
    /// and transition scores (`from * labels + to`, plus a start row). O(tokens * labels²).
    static func decode(emissions: UnsafeBufferPointer<Float>, tokenCount: Int,
                       transitions: UnsafeBufferPointer<Float>, into labels: inout [BIOLabel]) {
        labels.removeAll(keepingCapacity: true)
        guard tokenCount > 0 else { return }
        let n = BIOLabel.count
        let all = BIOLabel.allCases
        var best = [Float](repeating: -.infinity, count: tokenCount * n)
        var back = [UInt8](repeating: 0, count: tokenCount * n)
        for to in all where BIOLabel.allowed(from: nil, to: to) {
            best[to.rawValue] = transitions[n * n + to.rawValue] + emissions[to.rawValue]
        }
        for t in 1..<max(tokenCount, 1) {
            for to in all {
                var bestScore: Float = -.infinity
                var bestFrom = 0
                for from in all where BIOLabel.allowed(from: from, to: to) {
                    let s = best[(t - 1) * n + from.rawValue] + transitions[from.rawValue * n + to.rawValue]
                    if s > bestScore { bestScore = s; bestFrom = from.rawValue }
                }
                best[t * n + to.rawValue] = bestScore + emissions[t * n + to.rawValue]
                back[t * n + to.rawValue] = UInt8(bestFrom)
            }
        }
        var last = 0
        var lastScore: Float = -.infinity
        for l in 0..<n where best[(tokenCount - 1) * n + l] > lastScore {
            lastScore = best[(tokenCount - 1) * n + l]
            last = l
        }
        labels = [BIOLabel](repeating: .outside, count: tokenCount)
        var current = last
        for t in stride(from: tokenCount - 1, through: 0, by: -1) {
            labels[t] = BIOLabel(rawValue: current)!
            current = Int(back[t * n + current])
        }
    }
}
