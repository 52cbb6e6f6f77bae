/// The choice of one candidate per token of a sentence: a first-order Viterbi search where
/// each candidate keeps its likelihood (``ContextRules`` emissions) and pairs of neighbours add
/// agreement and government scores (``CandidateFeatures/transition(_:governed:_:)``).
///
/// The sentence's tokens (`tokens`) refer to their word's candidates in the memo; nothing is
/// copied per token but the chosen analysis. The arrays are scratch reused from sentence to
/// sentence (no allocation once they have grown).
extension MemoState {
    /// Starts a new sentence. O(1).
    @inline(__always)
    mutating func startSentence() { tokens.count = 0 }

    /// Adds a token whose candidates are entry `entry`'s. O(1).
    @inline(__always)
    mutating func appendToken(entry: Int) {
        let e = entries[entry]
        tokens.append(Token(start: e.start, count: e.count, governed: e.governed))
    }

    /// Leaves in `path[i]` the candidate chosen for token i. O(n × k × a) for k candidates per
    /// token, a of them "active" (see below); no allocation once the scratch has grown.
    ///
    /// Most pairs of neighbours score 0 (``CandidateFeatures/transition(_:governed:_:)`` is
    /// nonzero only after a preposition or an agreeing word), so the previous token's
    /// candidates are split once: the best of those that score 0 with anything, and the few
    /// "active" ones, which alone are paired with each candidate. The result is the full
    /// search's exactly: the best predecessor, the first of equals.
    mutating func choose() {
        let n = tokens.count
        guard n > 0 else { return }
        var total = 0
        for i in 0..<n { total += Int(tokens[i].count) }
        best.reserve(total)
        back.reserve(total)
        path.reserve(n)
        let tokens = self.tokens.pointer, cores = self.cores.pointer
        let best = self.best.pointer, back = self.back.pointer, path = self.path.pointer
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { activeBuffer in
            var offset = 0
            let first = tokens[0]
            for j in 0..<Int(first.count) {
                best[j] = cores[Int(first.start) + j].emission
                back[j] = 0
            }
            offset = Int(first.count)
            for i in 1..<n {
                let previous = tokens[i - 1], entry = tokens[i]
                let previousOffset = offset - Int(previous.count)
                let previousStart = Int(previous.start), start = Int(entry.start)
                let previousCount = Int(previous.count), count = Int(entry.count)
                let governed = previous.governed
                // The best of all predecessors, of those that score 0 with anything, and the others.
                var allTop = -Float.infinity, allArg = 0
                var neutralTop = -Float.infinity, neutralArg = Int.max
                var activeCount = 0
                // (More candidates than the buffer holds never happen: the tagger keeps about a
                // dozen; if they did, every pair would be scored.)
                let exhaustive = previousCount > activeBuffer.count
                if !exhaustive {
                    for q in 0..<previousCount {
                        let b = best[previousOffset + q]
                        if b > allTop { allTop = b; allArg = q }
                        let f = cores[previousStart + q].features
                        let active = f.has(CandidateFeatures.preposition) ? governed != 0 : f.has(CandidateFeatures.agreeing)
                        if active {
                            activeBuffer[activeCount] = Int32(q)
                            activeCount += 1
                        } else if b > neutralTop {
                            neutralTop = b
                            neutralArg = q
                        }
                    }
                }
                for j in 0..<count {
                    let core = cores[start + j]
                    var top = allTop, arg = allArg
                    if exhaustive {
                        top = -Float.infinity
                        for q in 0..<previousCount {
                            let s = best[previousOffset + q]
                                + CandidateFeatures.transition(cores[previousStart + q].features, governed: governed, core.features)
                            if s > top { top = s; arg = q }
                        }
                    } else if activeCount > 0 && core.features.bits & CandidateFeatures.receptive != 0 {
                        top = neutralTop
                        arg = neutralArg
                        for a in 0..<activeCount {
                            let q = Int(activeBuffer[a])
                            let s = best[previousOffset + q]
                                + CandidateFeatures.transition(cores[previousStart + q].features, governed: governed, core.features)
                            if s > top || (s == top && q < arg) { top = s; arg = q }
                        }
                    }
                    var score = core.emission
                    score += top
                    best[offset + j] = score
                    back[offset + j] = Int32(arg)
                }
                offset += count
            }
            // The best last candidate (the first of equals), then back along the predecessors.
            let last = tokens[n - 1]
            var lastOffset = offset - Int(last.count)
            var index = 0
            for j in 1..<max(1, Int(last.count)) where best[lastOffset + j] > best[lastOffset + index] { index = j }
            for i in stride(from: n - 1, through: 0, by: -1) {
                let token = tokens[i]
                path[i] = Int32(Int(token.start) + index)
                index = Int(back[lastOffset + index])
                if i > 0 { lastOffset -= Int(tokens[i - 1].count) }
            }
        }
    }
}
