/// Trains the tagger: an averaged structured perceptron (Collins 2002) over hashed features,
/// decoding each training sentence with Viterbi and updating towards the gold labels.
/// Deterministic: sentences are visited in an order shuffled with a fixed seed.
public struct PerceptronTrainer {
    /// One training sentence: its token attributes and gold labels.
    struct Example {
        var attributes: [TokenAttributes]
        var labels: [BIOLabel]
    }

    let bucketBits: Int
    var weights: [Float]
    var totals: [Double]
    var transitions: [Float]
    var transitionTotals: [Double]
    var step: Double = 1
    var examples: [Example] = []

    init(bucketBits: Int) {
        self.bucketBits = bucketBits
        let size = (1 << bucketBits) * BIOLabel.count
        weights = [Float](repeating: 0, count: size)
        totals = [Double](repeating: 0, count: size)
        let t = BIOLabel.count * BIOLabel.count + BIOLabel.count
        transitions = [Float](repeating: 0, count: t)
        transitionTotals = [Double](repeating: 0, count: t)
    }

    mutating func add(_ example: Example) { examples.append(example) }

    /// Runs `epochs` passes; returns the token error count of each pass.
    mutating func train(epochs: Int, seed: UInt64 = 42, progress: (Int, Int) -> Void = { _, _ in }) {
        var order = Array(examples.indices)
        var rng = SplitMix64(seed: seed)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var errors = 0
            for index in order { errors += update(examples[index]) }
            progress(epoch, errors)
        }
    }

    /// Decodes one example with the current weights and updates; returns its token errors.
    mutating func update(_ example: Example) -> Int {
        let n = example.labels.count
        guard n > 0 else { return 0 }
        let labelCount = BIOLabel.count
        let mask = (UInt64(1) << UInt64(bucketBits)) - 1
        var features: [[UInt64]] = []
        var emissions = [Float](repeating: 0, count: n * labelCount)
        example.attributes.withUnsafeBufferPointer { a in
            for t in 0..<n {
                var f: [UInt64] = []
                FeatureTemplates.features(a, t, sentenceStart: 0, into: &f)
                for h in f {
                    let base = Int(h & mask) * labelCount
                    for l in 0..<labelCount { emissions[t * labelCount + l] += weights[base + l] }
                }
                features.append(f)
            }
        }
        var predicted: [BIOLabel] = []
        var scratch = Viterbi.Scratch()
        emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                Viterbi.decode(emissions: e, tokenCount: n, transitions: tr, scratch: &scratch, into: &predicted)
            }
        }
        var errors = 0
        for t in 0..<n {
            let gold = example.labels[t], guess = predicted[t]
            if gold != guess {
                errors += 1
                for h in features[t] {
                    let base = Int(h & mask) * labelCount
                    bump(base + gold.rawValue, 1)
                    bump(base + guess.rawValue, -1)
                }
            }
            let goldFrom = t == 0 ? labelCount : example.labels[t - 1].rawValue
            let guessFrom = t == 0 ? labelCount : predicted[t - 1].rawValue
            if goldFrom != guessFrom || gold != guess {
                bumpTransition(goldFrom * labelCount + gold.rawValue, 1)
                bumpTransition(guessFrom * labelCount + guess.rawValue, -1)
            }
        }
        step += 1
        return errors
    }

    mutating func bump(_ index: Int, _ delta: Float) {
        weights[index] += delta
        totals[index] += step * Double(delta)
    }

    mutating func bumpTransition(_ index: Int, _ delta: Float) {
        transitions[index] += delta
        transitionTotals[index] += step * Double(delta)
    }

    /// The averaged, quantized model.
    func averagedModel() -> TaggerModel {
        var averaged = [Float](repeating: 0, count: weights.count)
        var largest: Float = 0
        for i in weights.indices {
            let w = Float(Double(weights[i]) - totals[i] / step)
            averaged[i] = w
            largest = max(largest, abs(w))
        }
        let scale = largest > 0 ? largest / 127 : 1
        // Rows of TaggerModel.rowBytes: the labels' weights, then zeros.
        var quantized = [Int8](repeating: 0, count: (1 << bucketBits) * TaggerModel.rowBytes)
        for row in 0..<(1 << bucketBits) {
            for label in 0..<BIOLabel.count {
                quantized[row * TaggerModel.rowBytes + label] = Int8((averaged[row * BIOLabel.count + label] / scale).rounded())
            }
        }
        let averagedTransitions = transitions.indices.map { Float(Double(transitions[$0]) - transitionTotals[$0] / step) }
        return TaggerModel(bucketBits: bucketBits, weights: quantized, scale: scale, transitions: averagedTransitions)
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
