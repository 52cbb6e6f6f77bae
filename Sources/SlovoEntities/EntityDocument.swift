import SlovoText

/// One document prepared for entity extraction: tokens, sentences as token ranges, stem keys,
/// gazetteer matches, and the tagger's per-token attributes.
struct EntityDocument {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let sentences: [Range<Int>]
    let stemKeys: [UInt64]
    /// Lemma keys from the morphology (the stem key where there is no lemma).
    let lemmaKeys: [UInt64]
    let placeMatches: [PlaceGazetteer.Match]
    let attributes: [TokenAttributes]
    /// The quotes left open after the last token (see ``AttributeBuilder``).
    let quoteDepthAfter: Int

    /// Prepares a document; `words` and `lemmaPlaceLengths` come from the thread's memos
    /// (computed here, without memory between documents, when nil). `quoteDepth`: the quotes
    /// open before the first token (when the tokens are a window of a longer text).
    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
         morphology: [WordMorphology]?, resources: EntityResources,
         words: DocumentWords? = nil, lemmaPlaceLengths: [UInt8]? = nil, quoteDepth: Int = 0) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences.map(\.tokens)
        let words = words ?? DocumentWords(bytes: bytes, tokens: tokens, resources: resources,
                                           memo: KeyedMemo<WordFacts>(capacityBits: 12))
        // Stem and lemma keys, the most words of a place name each token can start (by its stem
        // or its lemma), and the word lists' hits: one pass, written through buffers.
        let count = tokens.count
        var keys = [UInt64](repeating: 0, count: count)
        var lemmaKeys = [UInt64](repeating: 0, count: count)
        var longest = [UInt8](repeating: 0, count: count)
        var hits = [GazetteerHit](repeating: [], count: count)
        // (Reads need no buffers; each write through an array would check uniqueness.)
        keys.withUnsafeMutableBufferPointer { keys in
            lemmaKeys.withUnsafeMutableBufferPointer { lemmaKeys in
                longest.withUnsafeMutableBufferPointer { longest in
                    hits.withUnsafeMutableBufferPointer { hits in
                        for i in 0..<count {
                            let f = words.facts[i]
                            keys[i] = f.stemKey
                            let lemma = morphology?[i].lemma ?? 0
                            lemmaKeys[i] = lemma != 0 ? lemma : f.stemKey
                            guard tokens[i].kind == .word else { continue }
                            let byLemma: UInt8
                            if let lemmaPlaceLengths { byLemma = lemmaPlaceLengths[i] } else {
                                byLemma = UInt8(clamping: resources.places.firstWords[lemmaKeys[i]] ?? 0)
                            }
                            longest[i] = max(f.placeNameLength, byLemma)
                            hits[i] = f.hits
                        }
                    }
                }
            }
        }
        stemKeys = keys
        self.lemmaKeys = lemmaKeys
        let matches = resources.places.matches(keys: keys, lemmaKeys: lemmaKeys, longest: longest, tokens: tokens)
        placeMatches = matches
        for match in matches {
            var begin: GazetteerHit = []
            var inside: GazetteerHit = []
            for p in match.places {
                switch resources.places.subtypes[Int(p)] {
                case .city: begin.insert(.cityBegin); inside.insert(.cityInside)
                case .country: begin.insert(.countryBegin); inside.insert(.countryInside)
                case .region: begin.insert(.regionBegin); inside.insert(.regionInside)
                case .other: break
                }
            }
            hits[match.tokens.lowerBound].formUnion(begin)
            for k in match.tokens.dropFirst() { hits[k].formUnion(inside) }
        }
        var depth = quoteDepth
        attributes = AttributeBuilder(bytes: bytes, tokens: tokens).build(words: words, morphology: morphology,
                                                                          gazetteer: hits, quoteDepth: &depth)
        quoteDepthAfter = depth
    }

    /// The sentence (token range) holding token `i`, if any, for callers that ask in token
    /// order: `cursor` is where the previous answer was found, and the search steps forward
    /// from it (O(sentences + calls) over a whole pass, reading the sentences in order), or
    /// searches from the start when `i` lies before it (O(log sentences)). Sentences are in
    /// token order and do not overlap.
    func sentence(containing i: Int, cursor: inout Int) -> Range<Int>? {
        if cursor >= sentences.count || sentences[cursor].lowerBound > i {
            var low = 0, high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].upperBound <= i { low = mid + 1 } else { high = mid }
            }
            cursor = low
        } else {
            while cursor < sentences.count, sentences[cursor].upperBound <= i { cursor += 1 }
        }
        guard cursor < sentences.count, sentences[cursor].contains(i) else { return nil }
        return sentences[cursor]
    }

    /// The gazetteer match covering exactly `tokens`, if any. O(log matches): matches are in
    /// token order and do not overlap.
    func placeMatch(exactly tokens: Range<Int>) -> PlaceGazetteer.Match? {
        var low = 0, high = placeMatches.count
        while low < high {
            let mid = (low + high) / 2
            if placeMatches[mid].tokens.lowerBound < tokens.lowerBound { low = mid + 1 } else { high = mid }
        }
        guard low < placeMatches.count, placeMatches[low].tokens == tokens else { return nil }
        return placeMatches[low]
    }
}
