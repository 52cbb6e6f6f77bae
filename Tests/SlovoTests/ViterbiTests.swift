import Testing
@testable import SlovoEntities

/// The tagger's Viterbi decoder against a plain reference: the label sequence of the highest
/// score among those BIO allows, the first label winning a tie at each step.
@Suite struct ViterbiTests {
    /// The textbook loop: for each token and label, every allowed previous label in order.
    static func reference(emissions: [Float], transitions: [Float], tokenCount n: Int) -> [BIOLabel] {
        let l = BIOLabel.count
        var best = [Float](repeating: -.infinity, count: n * l)
        var back = [Int](repeating: 0, count: n * l)
        for to in 0..<l where BIOLabel.allowed(from: nil, to: BIOLabel(rawValue: to)!) {
            best[to] = transitions[l * l + to] + emissions[to]
        }
        for t in 1..<max(n, 1) {
            for to in 0..<l {
                var score: Float = -.infinity, from = 0
                for f in 0..<l where BIOLabel.allowed(from: BIOLabel(rawValue: f)!, to: BIOLabel(rawValue: to)!) {
                    let s = best[(t - 1) * l + f] + transitions[f * l + to]
                    if s > score { score = s; from = f }
                }
                best[t * l + to] = score + emissions[t * l + to]
                back[t * l + to] = from
            }
        }
        var last = 0
        for k in 0..<l where best[(n - 1) * l + k] > best[(n - 1) * l + last] { last = k }
        var labels = [BIOLabel](repeating: .outside, count: n)
        for t in stride(from: n - 1, through: 0, by: -1) {
            labels[t] = BIOLabel(rawValue: last)!
            last = back[t * l + last]
        }
        return labels
    }

    @Test func decodingEqualsTheReferenceOnRandomScoresWithTies() {
        var rng = SplitMix64(seed: 7)
        var scratch = Viterbi.Scratch()
        var labels: [BIOLabel] = []
        let l = BIOLabel.count
        for round in 0..<2_000 {
            let n = 1 + Int(rng.next() % 40)
            // Scores on a coarse grid (steps of 0.5 in [-2, 2]), so that ties are frequent.
            func score() -> Float { Float(Int(rng.next() % 9) - 4) / 2 }
            let emissions = (0..<(n * l)).map { _ in score() }
            let transitions = (0..<(l * l + l)).map { _ in score() }
            emissions.withUnsafeBufferPointer { e in
                transitions.withUnsafeBufferPointer { tr in
                    Viterbi.decode(emissions: e, tokenCount: n, transitions: tr, scratch: &scratch, into: &labels)
                }
            }
            let expected = ViterbiTests.reference(emissions: emissions, transitions: transitions, tokenCount: n)
            #expect(labels == expected, "round \(round), \(n) tokens")
            if labels != expected { break }
        }
    }

    @Test func decodedLabelsAreWellFormedBIO() {
        // Inside labels only after a label of the same type, even when the emissions favour them.
        let l = BIOLabel.count
        var emissions = [Float](repeating: 0, count: 3 * l)
        emissions[0 * l + BIOLabel.insidePerson.rawValue] = 5
        emissions[1 * l + BIOLabel.insideLocation.rawValue] = 5
        emissions[2 * l + BIOLabel.insideLocation.rawValue] = 5
        let transitions = [Float](repeating: 0, count: l * l + l)
        var scratch = Viterbi.Scratch()
        var labels: [BIOLabel] = []
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                Viterbi.decode(emissions: e, tokenCount: 3, transitions: tr, scratch: &scratch, into: &labels)
            }
        }
        #expect(labels.count == 3)
        #expect(!labels[0].isInside)
        for t in 1..<3 where labels[t].isInside { #expect(labels[t - 1].type == labels[t].type) }
    }
}
