/// The feature templates of the entity tagger: for token `t`, the hashes of the features that
/// fire. Each template is a small numbered function of the token's and its neighbours'
/// attributes; the numbers are part of the model, so templates are only ever appended.
enum FeatureTemplates {
    /// The number of templates: each token has one feature per template.
    static let count = 42

    /// Upper bound of features per token.
    static let maximumCount = 48

    /// `template &* 0x8EBC_6AF0_9C88_C6E3` for each template (``FeatureHash/feature(_:_:)``'s
    /// first step), so that a feature is one xor and one mix.
    static let seeds: [UInt64] = (0..<UInt64(count)).map { $0 &* FeatureHash.templateFactor }

    /// Gives the features of token `t` of the sentence `a` to `sink`, one per template, in
    /// template order.
    @inline(__always)
    static func features<Sink: FeatureSink>(_ a: UnsafeBufferPointer<TokenAttributes>, _ t: Int, sentenceStart: Int,
                                            into out: inout Sink) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { v in
            values(a, t, sentenceStart: sentenceStart, into: v.baseAddress!)
            for k in 0..<count { out.add(FeatureHash.feature(UInt64(k), v[k])) }
        }
    }

    /// Writes the value of each template for token `t` into `v` (``count`` values, template
    /// `k` at `v[k]`): the feature is the hash of the template and its value. Computing the
    /// values apart from hashing them keeps the tagger's loop over them short.
    @inline(__always)
    static func values(_ a: UnsafeBufferPointer<TokenAttributes>, _ t: Int, sentenceStart: Int,
                       into v: UnsafeMutablePointer<UInt64>) {
        let none = TokenAttributes()
        @inline(__always) func at(_ k: Int) -> TokenAttributes {
            k >= sentenceStart && k < a.count ? a[k] : none
        }
        let w0 = a[t], wm1 = at(t - 1), wp1 = at(t + 1), wm2 = at(t - 2), wp2 = at(t + 2)
        let first: UInt64 = t == sentenceStart ? 1 : 0
        let edgeLeft: UInt64 = t - 1 < sentenceStart ? 1 : 0
        let edgeRight: UInt64 = t + 1 >= a.count ? 1 : 0
        v[0] = 0                                    // bias
        v[1] = w0.key
        v[2] = wm1.key &+ edgeLeft
        v[3] = wp1.key &+ edgeRight
        v[4] = wm2.key
        v[5] = wp2.key
        v[6] = w0.suffix2
        v[7] = w0.suffix3
        v[8] = w0.suffix4
        v[9] = UInt64(w0.shape) | first << 8
        v[10] = UInt64(wm1.shape) | edgeLeft << 8
        v[11] = UInt64(wp1.shape) | edgeRight << 8
        v[12] = UInt64(wm1.shape) << 16 | UInt64(w0.shape) << 8 | UInt64(wp1.shape)
        v[13] = UInt64(w0.proper.rawValue)
        v[14] = UInt64(wm1.proper.rawValue)
        v[15] = UInt64(wp1.proper.rawValue)
        v[16] = UInt64(w0.pos) << 8 | UInt64(w0.grammaticalCase)
        v[17] = UInt64(wm1.pos) << 8 | UInt64(wm1.grammaticalCase)
        v[18] = UInt64(wp1.pos) << 8 | UInt64(wp1.grammaticalCase)
        v[19] = wm1.lemma
        v[20] = w0.lemma
        v[21] = wp1.lemma
        v[22] = UInt64(w0.gazetteer.rawValue)
        v[23] = UInt64(wm1.gazetteer.rawValue)
        v[24] = UInt64(wp1.gazetteer.rawValue)
        v[25] = w0.insideQuotes ? 1 : 0
        v[26] = FeatureHash.mix(wm1.key, UInt64(w0.shape))
        v[27] = wm1.suffix3
        v[28] = wp1.suffix3
        v[29] = UInt64(w0.shape) << 8 | UInt64(w0.proper.rawValue)
        v[30] = UInt64(w0.shape) << 16 | UInt64(w0.pos) << 8 | UInt64(w0.grammaticalCase)
        v[31] = FeatureHash.mix(wm2.lemma, wm1.lemma)
        v[32] = UInt64(wm2.shape) << 8 | UInt64(wm1.shape)
        v[33] = UInt64(wp1.shape) << 8 | UInt64(wp2.shape)
        v[34] = UInt64(wm1.proper.rawValue) << 8 | UInt64(w0.proper.rawValue)
        v[35] = UInt64(w0.proper.rawValue) << 8 | UInt64(wp1.proper.rawValue)
        v[36] = FeatureHash.mix(w0.suffix3, UInt64(w0.shape))
        v[37] = UInt64(wm1.gazetteer.rawValue) << 16 | UInt64(w0.gazetteer.rawValue)
        v[38] = UInt64(w0.caseBin)
        v[39] = UInt64(w0.caseBin) << 8 | UInt64(w0.shape) | first << 16
        v[40] = UInt64(wm1.caseBin) << 8 | UInt64(wp1.caseBin)
        v[41] = UInt64(wp1.caseBin) << 8 | UInt64(wp1.shape)
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
