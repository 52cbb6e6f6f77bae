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

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
         morphology: [WordMorphology]?, resources: EntityResources) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences.map(\.tokens)
        let keys = StemKeys.compute(bytes, tokens)
        stemKeys = keys
        var lemmaKeys = keys
        if let morphology {
            for i in lemmaKeys.indices where morphology[i].lemma != 0 { lemmaKeys[i] = morphology[i].lemma }
        }
        self.lemmaKeys = lemmaKeys
        let matches = resources.places.matches(keys: keys, lemmaKeys: lemmaKeys, tokens: tokens)
        placeMatches = matches
        var hits = [GazetteerHit](repeating: [], count: tokens.count)
        for match in matches {
            var begin: GazetteerHit = []
            var inside: GazetteerHit = []
            for p in match.places {
                switch resources.places.places[Int(p)].subtype {
                case .city: begin.insert(.cityBegin); inside.insert(.cityInside)
                case .country: begin.insert(.countryBegin); inside.insert(.countryInside)
                case .region: begin.insert(.regionBegin); inside.insert(.regionInside)
                case .other: break
                }
            }
            hits[match.tokens.lowerBound].formUnion(begin)
            for k in match.tokens.dropFirst() { hits[k].formUnion(inside) }
        }
        for (i, key) in keys.enumerated() where tokens[i].kind == .word {
            if resources.organizationWords.contains(key) { hits[i].insert(.organizationWord) }
            if resources.personTitles.contains(key) { hits[i].insert(.personTitle) }
            if resources.regionWords.contains(key) { hits[i].insert(.regionWord) }
        }
        attributes = AttributeBuilder(bytes: bytes, tokens: tokens).build(morphology: morphology, gazetteer: hits,
                                                                                  caseProfile: resources.caseProfile)
    }
}
