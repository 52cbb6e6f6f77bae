import SlovoText

/// Morphology of one token, as the entity tagger uses it (filled from the lexicon).
public struct WordMorphology: Sendable {
    /// Part of speech code (0: unknown / not a word).
    public var pos: UInt8
    /// Case code (0: none).
    public var grammaticalCase: UInt8
    /// Proper-name tags.
    public var proper: ProperNameFlags
    /// Hash of the lemma's matching key (0: none).
    public var lemma: UInt64

    /// Creates the facts of one token.
    public init(pos: UInt8 = 0, grammaticalCase: UInt8 = 0, proper: ProperNameFlags = [], lemma: UInt64 = 0) {
        self.pos = pos
        self.grammaticalCase = grammaticalCase
        self.proper = proper
        self.lemma = lemma
    }
}

/// Builds the per-token attributes of a document for the tagger. O(tokens).
struct AttributeBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]

    /// `quoteDepth`: the quotes open before the first token (0 at the start of a text); left
    /// as it is after the last.
    func build(words: DocumentWords, morphology: [WordMorphology]?, gazetteer: [GazetteerHit]?,
               quoteDepth: inout Int) -> [TokenAttributes] {
        var attributes = [TokenAttributes](repeating: TokenAttributes(), count: tokens.count)
        for (i, token) in tokens.enumerated() {
            var a = TokenAttributes()
            a.shape = TokenShapeClass.of(token, bytes)
            let hashes = words.hashes[i]
            a.key = hashes.key
            a.suffix2 = hashes.suffix2
            a.suffix3 = hashes.suffix3
            a.suffix4 = hashes.suffix4
            if token.kind == .word { a.caseBin = words.facts[i].caseBin }
            if let m = morphology?[i] {
                a.pos = m.pos
                a.grammaticalCase = m.grammaticalCase
                a.proper = m.proper
                a.lemma = m.lemma
            }
            if let g = gazetteer?[i] { a.gazetteer = g }
            // Quotes: « » „ “ ” toggle; a straight quote opens after a space and closes otherwise.
            if token.kind == .punctuation {
                let (c, _) = UTF8Scanning.decode(bytes, at: Int(token.start))
                switch c {
                case 0xAB, 0x201E: quoteDepth += 1
                case 0xBB, 0x201C, 0x201D: quoteDepth = max(0, quoteDepth - 1)
                case 0x22:
                    let opening = token.start == 0 || CharClass.isWhitespace(UTF8Scanning.decode(bytes, before: Int(token.start)).scalar)
                    quoteDepth = opening ? quoteDepth + 1 : max(0, quoteDepth - 1)
                default: break
                }
            }
            a.insideQuotes = quoteDepth > 0 && token.kind != .punctuation
            attributes[i] = a
        }
        return attributes
    }
}
