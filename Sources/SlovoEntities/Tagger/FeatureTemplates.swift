/// The feature templates of the entity tagger: for token `t`, the hashes of the features that
/// fire. Each template is a small numbered function of the token's and its neighbours'
/// attributes; the numbers are part of the model, so templates are only ever appended.
enum FeatureTemplates {
    /// Upper bound of features per token.
    static let maximumCount = 48

    /// Gives the features of token `t` (of `count` tokens in the sentence) to `sink`, in
    /// template order.
    @inline(__always)
    static func features<Sink: FeatureSink>(_ a: UnsafeBufferPointer<TokenAttributes>, _ t: Int, sentenceStart: Int,
                                            into out: inout Sink) {
        let none = TokenAttributes()
        @inline(__always) func at(_ k: Int) -> TokenAttributes {
            k >= sentenceStart && k < a.count ? a[k] : none
        }
        let w0 = a[t], wm1 = at(t - 1), wp1 = at(t + 1), wm2 = at(t - 2), wp2 = at(t + 2)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out.add(FeatureHash.feature(template, value))
        }
        let first: UInt64 = t == sentenceStart ? 1 : 0
        let edgeLeft: UInt64 = t - 1 < sentenceStart ? 1 : 0
        let edgeRight: UInt64 = t + 1 >= a.count ? 1 : 0
        add(0, 0)                                    // bias
        add(1, w0.key)
        add(2, wm1.key &+ edgeLeft)
        add(3, wp1.key &+ edgeRight)
        add(4, wm2.key)
        add(5, wp2.key)
        add(6, w0.suffix2)
        add(7, w0.suffix3)
        add(8, w0.suffix4)
        add(9, UInt64(w0.shape) | first << 8)
        add(10, UInt64(wm1.shape) | edgeLeft << 8)
        add(11, UInt64(wp1.shape) | edgeRight << 8)
        add(12, UInt64(wm1.shape) << 16 | UInt64(w0.shape) << 8 | UInt64(wp1.shape))
        add(13, UInt64(w0.proper.rawValue))
        add(14, UInt64(wm1.proper.rawValue))
        add(15, UInt64(wp1.proper.rawValue))
        add(16, UInt64(w0.pos) << 8 | UInt64(w0.grammaticalCase))
        add(17, UInt64(wm1.pos) << 8 | UInt64(wm1.grammaticalCase))
        add(18, UInt64(wp1.pos) << 8 | UInt64(wp1.grammaticalCase))
        add(19, wm1.lemma)
        add(20, w0.lemma)
        add(21, wp1.lemma)
        add(22, UInt64(w0.gazetteer.rawValue))
        add(23, UInt64(wm1.gazetteer.rawValue))
        add(24, UInt64(wp1.gazetteer.rawValue))
        add(25, w0.insideQuotes ? 1 : 0)
        add(26, FeatureHash.mix(wm1.key, UInt64(w0.shape)))
        add(27, wm1.suffix3)
        add(28, wp1.suffix3)
        add(29, UInt64(w0.shape) << 8 | UInt64(w0.proper.rawValue))
        add(30, UInt64(w0.shape) << 16 | UInt64(w0.pos) << 8 | UInt64(w0.grammaticalCase))
        add(31, FeatureHash.mix(wm2.lemma, wm1.lemma))
        add(32, UInt64(wm2.shape) << 8 | UInt64(wm1.shape))
        add(33, UInt64(wp1.shape) << 8 | UInt64(wp2.shape))
        add(34, UInt64(wm1.proper.rawValue) << 8 | UInt64(w0.proper.rawValue))
        add(35, UInt64(w0.proper.rawValue) << 8 | UInt64(wp1.proper.rawValue))
        add(36, FeatureHash.mix(w0.suffix3, UInt64(w0.shape)))
        add(37, UInt64(wm1.gazetteer.rawValue) << 16 | UInt64(w0.gazetteer.rawValue))
        add(38, UInt64(w0.caseBin))
        add(39, UInt64(w0.caseBin) << 8 | UInt64(w0.shape) | first << 16)
        add(40, UInt64(wm1.caseBin) << 8 | UInt64(wp1.caseBin))
        add(41, UInt64(wp1.caseBin) << 8 | UInt64(wp1.shape))
    }
}

/// Receives the features of a token one by one: an array for training, the weight sums for
/// tagging (``EmissionSums``).
protocol FeatureSink {
    mutating func add(_ feature: UInt64)
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always)
    mutating func add(_ feature: UInt64) { append(feature) }
}
