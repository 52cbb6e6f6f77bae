/// First-order Viterbi decoding over BIO labels with well-formedness constraints.
enum Viterbi {
    /// Which label may follow which (`from * labels + to`), and which may start a sentence.
    static let allowedTable: [Bool] = BIOLabel.allCases.flatMap { from in
        BIOLabel.allCases.map { BIOLabel.allowed(from: from, to: $0) }
    }
    static let allowedAtStart: [Bool] = BIOLabel.allCases.map { BIOLabel.allowed(from: nil, to: $0) }

    /// Buffers reused from one sentence to the next.
    struct Scratch {
        var best: [Float] = []
        var back: [UInt8] = []
        /// Row `from` of the transitions, -inf where BIO forbids the step.
        var masked: [SIMD8<Float>] = []
    }

    /// The best label sequence given per-token emission scores (`tokens * labels`, row-major)
    /// and transition scores (`from * labels + to`, plus a start row). O(tokens * labels²);
    /// allocates only when a sentence is longer than any before it.
    static func decode(emissions: UnsafeBufferPointer<Float>, tokenCount: Int,
                       transitions: UnsafeBufferPointer<Float>, scratch: inout Scratch, into labels: inout [BIOLabel]) {
        labels.removeAll(keepingCapacity: true)
        guard tokenCount > 0 else { return }
        let n = BIOLabel.count
        scratch.best.removeAll(keepingCapacity: true)
        scratch.best.append(contentsOf: repeatElement(-.infinity, count: tokenCount * n))
        scratch.back.removeAll(keepingCapacity: true)
        scratch.back.append(contentsOf: repeatElement(0, count: tokenCount * n))
        // Transitions with -inf where BIO forbids them: a forbidden step then never beats the
        // best score so far (the comparison is strict), exactly as skipping it would, and the
        // inner loop has no branch on the table.
        scratch.masked.removeAll(keepingCapacity: true)
        scratch.masked.append(contentsOf: repeatElement(SIMD8<Float>(repeating: -.infinity), count: n))
        for from in 0..<n {
            for to in 0..<n where allowedTable[from * n + to] { scratch.masked[from][to] = transitions[from * n + to] }
        }
        let masked = scratch.masked
        scratch.best.withUnsafeMutableBufferPointer { best in
            scratch.back.withUnsafeMutableBufferPointer { back in
                for to in 0..<n where allowedAtStart[to] {
                    best[to] = transitions[n * n + to] + emissions[to]
                }
                for t in 1..<max(tokenCount, 1) {
                    // All seven labels at once: the best previous label for each, taking the
                    // first of equal scores, as the scalar loop over `from` does.
                    var bestScore = SIMD8<Float>(repeating: -.infinity)
                    var bestFrom = SIMD8<Int32>(repeating: 0)
                    let previous = (t - 1) * n
                    for from in 0..<n {
                        let s = SIMD8<Float>(repeating: best[previous + from]) + masked[from]
                        let better = s .> bestScore
                        bestScore.replace(with: s, where: better)
                        bestFrom.replace(with: Int32(from), where: better)
                    }
                    for to in 0..<n {
                        best[t * n + to] = bestScore[to] + emissions[t * n + to]
                        back[t * n + to] = UInt8(truncatingIfNeeded: bestFrom[to])
                    }
                }
                var last = 0
                var lastScore: Float = -.infinity
                for l in 0..<n where best[(tokenCount - 1) * n + l] > lastScore {
                    lastScore = best[(tokenCount - 1) * n + l]
                    last = l
                }
                labels.append(contentsOf: repeatElement(.outside, count: tokenCount))
                var current = last
                for t in stride(from: tokenCount - 1, through: 0, by: -1) {
                    labels[t] = BIOLabel(rawValue: current)!
                    current = Int(back[t * n + current])
                }
            }
        }
    }
}
