import SlovoText

/// A labelled span of tokens found by the tagger: token indices `tokens`, type.
struct TaggedSpan: Equatable {
    var tokens: Range<Int>
    var type: EntityType
}

/// Runs the tagger model over a document: features per token, Viterbi per sentence, spans.
struct SequenceTagger: Sendable {
    let model: TaggerModel

    /// Sentences longer than this many tokens are decoded in windows of this size (features
    /// still see the whole sentence), so that a pathological sentence of millions of tokens
    /// needs buffers of one window, not of the sentence.
    static let window = 4_096

    /// Entity spans in document order. O(tokens * features).
    func tag(attributes: [TokenAttributes], sentences: [Range<Int>]) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var emissions: [Float] = []
        var labels: [BIOLabel] = []
        var scratch = Viterbi.Scratch()
        let mask = model.bucketMask, scale = model.scale
        // A token's template values, then their features hashed and summed in one short loop.
        let values = UnsafeMutablePointer<UInt64>.allocate(capacity: FeatureTemplates.count)
        defer { values.deallocate() }
        attributes.withUnsafeBufferPointer { all in
            FeatureTemplates.seeds.withUnsafeBufferPointer { seeds in
                let weights = model.weights.base
                for sentence in sentences where !sentence.isEmpty {
                    let sentenceAttributes = UnsafeBufferPointer(rebasing: all[sentence])
                    var windowStart = 0
                    while windowStart < sentence.count {
                        let window = windowStart..<min(windowStart + SequenceTagger.window, sentence.count)
                        emissions.removeAll(keepingCapacity: true)
                        emissions.append(contentsOf: repeatElement(0, count: window.count * BIOLabel.count))
                        emissions.withUnsafeMutableBufferPointer { e in
                            for t in window {
                                FeatureTemplates.values(sentenceAttributes, t, sentenceStart: 0, into: values)
                                var sums = EmissionSums(weights: weights, mask: mask)
                                for k in 0..<FeatureTemplates.count {
                                    sums.add(FeatureHash.feature(seed: seeds[k], values[k]))
                                }
                                sums.write(into: e.baseAddress! + (t - window.lowerBound) * BIOLabel.count, scale: scale)
                            }
                        }
                        emissions.withUnsafeBufferPointer { e in
                            model.transitions.withUnsafeBufferPointer { tr in
                                Viterbi.decode(emissions: e, tokenCount: window.count, transitions: tr, scratch: &scratch,
                                               into: &labels)
                            }
                        }
                        SequenceTagger.appendSpans(labels, offset: sentence.lowerBound + window.lowerBound, to: &spans)
                        windowStart = window.upperBound
                    }
                }
            }
        }
        return spans
    }

    /// Turns BIO labels into spans.
    static func appendSpans(_ labels: [BIOLabel], offset: Int, to spans: inout [TaggedSpan]) {
        var current: TaggedSpan? = nil
        for (k, label) in labels.enumerated() {
            let index = offset + k
            if label.isInside, var span = current, span.type == label.type {
                span.tokens = span.tokens.lowerBound..<(index + 1)
                current = span
                continue
            }
            if let span = current { spans.append(span) }
            current = label.type.map { TaggedSpan(tokens: index..<(index + 1), type: $0) }
        }
        if let span = current { spans.append(span) }
    }
}
