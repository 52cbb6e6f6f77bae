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
        scratch.best.withUnsafeMutableBufferPointer { best in
            scratch.back.withUnsafeMutableBufferPointer { back in
                allowedTable.withUnsafeBufferPointer { allowed in
                    for to in 0..<n where allowedAtStart[to] {
                        best[to] = transitions[n * n + to] + emissions[to]
                    }
                    for t in 1..<max(tokenCount, 1) {
                        for to in 0..<n {
                            var bestScore: Float = -.infinity
                            var bestFrom = 0
                            for from in 0..<n where allowed[from * n + to] {
                                let s = best[(t - 1) * n + from] + transitions[from * n + to]
                                if s > bestScore { bestScore = s; bestFrom = from }
                            }
                            best[t * n + to] = bestScore + emissions[t * n + to]
                            back[t * n + to] = UInt8(bestFrom)
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
}
