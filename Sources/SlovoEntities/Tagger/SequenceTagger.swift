import SlovoText

/// A labelled span of tokens found by the tagger: token indices `tokens`, type.
struct TaggedSpan: Equatable {
    var tokens: Range<Int>
    var type: EntityType
}

/// Runs the tagger model over a document: features per token, Viterbi per sentence, spans.
struct SequenceTagger: Sendable {
    let model: TaggerModel

    /// Entity spans in document order. O(tokens * features).
    func tag(attributes: [TokenAttributes], sentences: [Range<Int>]) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var features: [UInt64] = []
        features.reserveCapacity(FeatureTemplates.maximumCount)
        var emissions: [Float] = []
        var labels: [BIOLabel] = []
        attributes.withUnsafeBufferPointer { all in
            for sentence in sentences where !sentence.isEmpty {
                emissions.removeAll(keepingCapacity: true)
                emissions.append(contentsOf: repeatElement(0, count: sentence.count * BIOLabel.count))
                let sentenceAttributes = UnsafeBufferPointer(rebasing: all[sentence])
                emissions.withUnsafeMutableBufferPointer { e in
                    for t in 0..<sentence.count {
                        features.removeAll(keepingCapacity: true)
                        FeatureTemplates.features(sentenceAttributes, t, sentenceStart: 0, into: &features)
                        features.withUnsafeBufferPointer { f in
                            model.addEmissions(f, into: e.baseAddress! + t * BIOLabel.count)
                        }
                    }
                }
                emissions.withUnsafeBufferPointer { e in
                    model.transitions.withUnsafeBufferPointer { tr in
                        Viterbi.decode(emissions: e, tokenCount: sentence.count, transitions: tr, into: &labels)
                    }
                }
                SequenceTagger.appendSpans(labels, offset: sentence.lowerBound, to: &spans)
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
