/// First-order Viterbi decoding over BIO labels with well-formedness constraints.
enum Viterbi {
    /// Which label may follow which (`from * labels + to`), and which may start a sentence.
    static let allowedTable: [Bool] = BIOLabel.allCases.flatMap { from in
        BIOLabel.allCases.map { BIOLabel.allowed(from: from, to: $0) }
    }
    static let allowedAtStart: [Bool] = BIOLabel.allCases.map { BIOLabel.allowed(from: nil, to: $0) }

    /// Buffers reused from one sentence to the next.
    struct Scratch {
        /// Per token, the best previous label of each label (lane = label).
        var back: [SIMD8<UInt8>] = []
    }

    /// The best label sequence given per-token emission scores (`tokens * labels`, row-major)
    /// and transition scores (`from * labels + to`, plus a start row). O(tokens * labels²),
    /// in eight-lane vectors: each step compares the seven previous labels for all labels at
    /// once, keeping only the previous step's scores and one byte of back pointer per label;
    /// allocates only when a sentence is longer than any before it.
    static func decode(emissions: UnsafeBufferPointer<Float>, tokenCount: Int,
                       transitions: UnsafeBufferPointer<Float>, scratch: inout Scratch, into labels: inout [BIOLabel]) {
        labels.removeAll(keepingCapacity: true)
        guard tokenCount > 0 else { return }
        let n = BIOLabel.count
        // Transitions with -inf where BIO forbids them (and in the eighth, unused lane): a
        // forbidden step then never beats the best score so far (the comparison is strict),
        // exactly as skipping it would, and the inner loop has no branch on the table.
        var masked = (SIMD8<Float>(repeating: -.infinity), SIMD8<Float>(repeating: -.infinity),
                      SIMD8<Float>(repeating: -.infinity), SIMD8<Float>(repeating: -.infinity),
                      SIMD8<Float>(repeating: -.infinity), SIMD8<Float>(repeating: -.infinity),
                      SIMD8<Float>(repeating: -.infinity))
        var start = SIMD8<Float>(repeating: -.infinity)
        withUnsafeMutableBytes(of: &masked) { raw in
            let rows = raw.bindMemory(to: SIMD8<Float>.self)
            for from in 0..<n {
                for to in 0..<n where allowedTable[from * n + to] { rows[from][to] = transitions[from * n + to] }
            }
        }
        for to in 0..<n where allowedAtStart[to] { start[to] = transitions[n * n + to] }
        @inline(__always) func row(_ t: Int) -> SIMD8<Float> {
            let e = emissions.baseAddress! + t * n
            return SIMD8(e[0], e[1], e[2], e[3], e[4], e[5], e[6], -.infinity)
        }
        scratch.back.removeAll(keepingCapacity: true)
        scratch.back.append(contentsOf: repeatElement(SIMD8<UInt8>(), count: tokenCount))
        var previous = start + row(0)
        scratch.back.withUnsafeMutableBufferPointer { back in
            for t in 1..<max(tokenCount, 1) {
                // All seven labels at once: the best previous label for each, taking the first
                // of equal scores, as the scalar loop over `from` does.
                var bestScore = SIMD8<Float>(repeating: previous[0]) + masked.0
                var bestFrom = SIMD8<Int32>(repeating: 0)
                @inline(__always) func consider(_ from: Int32, _ transition: SIMD8<Float>) {
                    let s = SIMD8<Float>(repeating: previous[Int(from)]) + transition
                    let better = s .> bestScore
                    bestScore.replace(with: s, where: better)
                    bestFrom.replace(with: from, where: better)
                }
                consider(1, masked.1)
                consider(2, masked.2)
                consider(3, masked.3)
                consider(4, masked.4)
                consider(5, masked.5)
                consider(6, masked.6)
                previous = bestScore + row(t)
                back[t] = SIMD8<UInt8>(truncatingIfNeeded: bestFrom)
            }
        }
        var last = 0
        var lastScore: Float = -.infinity
        for l in 0..<n where previous[l] > lastScore {
            lastScore = previous[l]
            last = l
        }
        labels.append(contentsOf: repeatElement(.outside, count: tokenCount))
        scratch.back.withUnsafeBufferPointer { back in
            labels.withUnsafeMutableBufferPointer { labels in
                var current = last
                for t in stride(from: tokenCount - 1, through: 0, by: -1) {
                    labels[t] = BIOLabel(rawValue: current)!
                    current = Int(back[t][current])
                }
            }
        }
    }
}
