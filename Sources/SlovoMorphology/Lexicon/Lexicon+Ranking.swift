/// Likelihood of dictionary analyses: OpenCorpora's P(tag | word) where the word was seen in
/// its annotated corpus; the lexeme prior (corpus frequency) otherwise and to break ties.
extension Lexicon {
    /// Sets the scores of `out` (dictionary analyses of `word[range]`) so they sum to 1. O(k²)
    /// for k analyses (k is small), no allocation.
    func scoreDictionary(_ word: WordCodes, _ range: Range<Int>, _ out: inout [WordAnalysis]) {
        if out.count == 1 {
            out[0].score = 1
            return
        }
        let t = tables
        let codes = word.codes
        let s = range.lowerBound
        var hash = CodeHash.basis
        for i in range { hash = CodeHash.step(hash, codes[i]) }
        let stats = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { raw in
            for i in range { raw[i - s] = codes[i] }
            return t.tagProbabilities.records(hash: hash, key: UnsafePointer(raw.baseAddress!), count: range.count)
        }
        let k = out.count
        out.withUnsafeMutableBufferPointer { out in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: k) { weights in
                // Lexeme weights from the prior (about the lexeme's corpus frequency + 1).
                var weightSum: Float = 0
                for i in 0..<k {
                    weights[i] = Lexicon.weight(out[i].prior)
                    weightSum += weights[i]
                }
                var probabilitySum: Float = 0
                if let (offset, count) = stats {
                    let blob = t.tagProbabilities.blob.base
                    for i in 0..<k {
                        let id = t.tagID(Int(out[i].paradigm), Int(out[i].form))
                        var p: Float = 0
                        for r in 0..<count where Int(blob.u16(offset + 4 * r)) == id {
                            p = Float(blob.u16(offset + 2 + 4 * r)) / 65535
                            break
                        }
                        out[i].score = p
                        probabilitySum += p
                    }
                }
                if probabilitySum > 0 {
                    // The tag's probability, shared among the lexemes with that tag by their weights.
                    for i in 0..<k {
                        let own = weights[i]
                        let tag = out[i].tag
                        var sameTag = own
                        for j in 0..<k where j != i && out[j].prior != 0 && out[j].tag == tag { sameTag += weights[j] }
                        for j in 0..<k where j != i && out[j].prior == 0 && out[j].tag == tag { sameTag += 1 }
                        out[i].score = out[i].score / probabilitySum * own / sameTag
                    }
                } else {
                    for i in 0..<k { out[i].score = weights[i] / weightSum }
                }
            }
        }
        preferAdverbToComparative(&out)
    }

    /// A word that is both a comparative and an adverb ("больше", "раньше") is taken as the
    /// adverb: used alone, such comparatives are adverbs. O(k).
    func preferAdverbToComparative(_ out: inout [WordAnalysis]) {
        var comparative: Float = 0
        var hasAdverb = false
        for a in out {
            if a.tag.partOfSpeech == .comparative { comparative = max(comparative, a.score) }
            if a.tag.partOfSpeech == .adverb { hasAdverb = true }
        }
        guard hasAdverb, comparative > 0 else { return }
        for i in out.indices where out[i].tag.partOfSpeech == .adverb {
            out[i].score = max(out[i].score, comparative * 1.05)
        }
    }

    /// The weight of a lexeme prior: 2^(prior / 12), about its corpus frequency + 1. O(1).
    @inline(__always) static func weight(_ prior: UInt8) -> Float { computeWeight(prior) }

    /// 2^(p / 12) = 2^(p div 12) × 2^((p mod 12) / 12), the twelfth roots rounded to 4 digits.
    @inline(__always) static func computeWeight(_ prior: UInt8) -> Float {
        let p = Int(prior)
        let fraction: Float
        switch p % 12 {
        case 0: fraction = 1
        case 1: fraction = 1.0595
        case 2: fraction = 1.1225
        case 3: fraction = 1.1892
        case 4: fraction = 1.2599
        case 5: fraction = 1.3348
        case 6: fraction = 1.4142
        case 7: fraction = 1.4983
        case 8: fraction = 1.5874
        case 9: fraction = 1.6818
        case 10: fraction = 1.7818
        default: fraction = 1.8877
        }
        return Float(1 << (p / 12)) * fraction
    }

    /// Sorts by descending score, then paradigm, form and base: a total order, so equal inputs
    /// give equal outputs. Insertion sort: k is small and nothing is allocated.
    static func sortByScore(_ out: inout [WordAnalysis]) {
        guard out.count > 1 else { return }
        out.withUnsafeMutableBufferPointer { out in
            for i in 1..<out.count {
                let item = out[i]
                var j = i
                while j > 0 && precedes(item, out[j - 1]) {
                    out[j] = out[j - 1]
                    j -= 1
                }
                if j != i { out[j] = item }
            }
        }
    }

    @inline(__always)
    static func precedes(_ a: WordAnalysis, _ b: WordAnalysis) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.paradigm != b.paradigm { return a.paradigm < b.paradigm }
        if a.form != b.form { return a.form < b.form }
        if a.base.count != b.base.count { return a.base.count < b.base.count }
        for i in 0..<a.base.count where a.base[i] != b.base[i] { return a.base[i] < b.base[i] }
        return false
    }
}
