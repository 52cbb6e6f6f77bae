import SlovoMorphology
import SlovoText

/// What the entity stage needs of a token that depends only on its text and kind and costs
/// more than a hash to find: its stem key (gazetteers), its capitalization profile (a tagger
/// feature), the word lists it is on, and the longest place name its stem can start.
/// Computed once per distinct word and kept in the thread's memo; with them the lemma facts of
/// the reading the word last had (``EntityMorphology``), so that a word met again in the same
/// reading costs no second probe (32 bytes).
struct WordFacts {
    var stemKey: UInt64 = 0
    /// ``WordAnalysis/lemmaIdentity`` of the reading whose lemma facts follow.
    var lemmaIdentity: UInt64 = 0
    /// The lemma's hash (``LemmaKey``), when ``hasLemma``.
    var lemma: UInt64 = 0
    var caseBin: UInt8 = 0
    /// The most words of a place name that starts with this stem (0: none).
    var placeNameLength: UInt8 = 0
    /// Organization word, person title, region word.
    var hits: GazetteerHit = []
    /// The most words of a place name that starts with the lemma (0: none).
    var lemmaPlaceNameLength: UInt8 = 0
    /// Whether the lemma fields are filled in.
    var hasLemma = false
}

/// Hashes of a token's matching key (its first ``DocumentWords/keyLength`` bytes, folded) and,
/// for a word, of the key's last 2, 3 and 4 characters: tagger attributes (32 bytes).
struct TextHashes {
    var key: UInt64 = 0
    var suffix2: UInt64 = 0
    var suffix3: UInt64 = 0
    var suffix4: UInt64 = 0
}

/// The ``WordFacts`` of every token, and the ``TextHashes`` the matching key gives while it is at
/// hand (``AttributeBuilder`` copies them rather than folding every token a second time).
struct DocumentWords {
    var facts: [WordFacts]
    /// The memo key of each word token (0: not remembered, as for long tokens and non-words).
    var memoKeys: [UInt64]
    var hashes: [TextHashes]

    /// Tokens longer than this are hashed on their first this many bytes, and not remembered.
    static let keyLength = 64

    /// The words of `tokens`, from `memo` where a word was seen before. O(total token length)
    /// for new words, O(1) expected per repeated word; no allocation per token.
    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], resources: EntityResources, memo: KeyedMemo<WordFacts>) {
        var facts = [WordFacts](repeating: WordFacts(), count: tokens.count)
        var slotKeys = [UInt64](repeating: 0, count: tokens.count)
        var hashes = [TextHashes](repeating: TextHashes(), count: tokens.count)
        // Filled through buffers, so that a write checks no uniqueness (a call per write).
        facts.withUnsafeMutableBufferPointer { facts in
            slotKeys.withUnsafeMutableBufferPointer { slotKeys in
                hashes.withUnsafeMutableBufferPointer { hashes in
                    DocumentWords.fill(bytes: bytes, tokens: tokens, resources: resources, memo: memo,
                                       facts: facts, slotKeys: slotKeys, hashes: hashes)
                }
            }
        }
        self.facts = facts
        self.memoKeys = slotKeys
        self.hashes = hashes
    }

    /// Fills `facts`, `slotKeys` and `hashes` (one per token; see the properties).
    private static func fill(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], resources: EntityResources,
                             memo: KeyedMemo<WordFacts>, facts: UnsafeMutableBufferPointer<WordFacts>,
                             slotKeys: UnsafeMutableBufferPointer<UInt64>, hashes: UnsafeMutableBufferPointer<TextHashes>) {
        let stemmer = RussianStemmer()
        // Padded for ``FeatureHash/bytes(padded:_:seed:)``.
        var keyScratch = [UInt8](repeating: 0, count: MatchKey.capacity(for: DocumentWords.keyLength) + 8)
        var stemScratch = [UInt8](repeating: 0, count: MatchKey.capacity(for: 256))
        // The window's words not in the memo.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: DocumentWords.window) { newWords in
            keyScratch.withUnsafeMutableBufferPointer { keyOut in
                stemScratch.withUnsafeMutableBufferPointer { stemOut in
                    var windowStart = 0
                    while windowStart < tokens.count {
                        let window = windowStart..<min(windowStart + DocumentWords.window, tokens.count)
                        // Key hashes of the window's tokens; then their memo slots brought into
                        // cache together; then each token from the memo or computed.
                        for i in window {
                            let token = tokens[i]
                            let length = min(token.byteCount, DocumentWords.keyLength)
                            let start = Int(token.start)
                            let n = MatchKey.write(bytes, start..<(start + length), into: keyOut.baseAddress!)
                            let key = FeatureHash.bytes(padded: keyOut.baseAddress!, n)
                            hashes[i].key = key
                            if token.kind == .word {
                                let folded = UnsafeBufferPointer(rebasing: keyOut[0..<n])
                                DocumentWords.suffixHashes(folded, into: &hashes[i])
                                // Long words are hashed on their first bytes only: not remembered.
                                if token.byteCount <= DocumentWords.keyLength {
                                    slotKeys[i] = FeatureHash.mix(key, UInt64(token.kind.rawValue) &+ 1)
                                }
                            } else if token.byteCount <= DocumentWords.keyLength {
                                // Punctuation, numbers, symbols: the stem key is the hash of the
                                // whole matching key, just written; nothing to remember.
                                facts[i].stemKey = StemKeys.hash(keyOut.baseAddress!, n)
                            } else {
                                facts[i].stemKey = StemKeys.key(bytes, token, stemmer: stemmer, scratch: stemOut)
                            }
                        }
                        var sink: UInt64 = 0
                        for i in window where slotKeys[i] != 0 { sink &+= memo.touch(slotKeys[i]) }
                        // Words from the memo; the new ones listed, their case profile slots
                        // brought into cache together; then their stem keys, and the stem facts'
                        // slots likewise; then each new word's facts.
                        var newCount = 0
                        for i in window where tokens[i].kind == .word {
                            let memoKey = slotKeys[i]
                            if memoKey != 0, let known = memo.value(for: memoKey) {
                                facts[i] = known
                                continue
                            }
                            newWords[newCount] = i
                            newCount += 1
                            sink &+= resources.caseProfile.touch(ofKeyHash: hashes[i].key)
                        }
                        for i in newWords[0..<newCount] {
                            facts[i].stemKey = StemKeys.key(bytes, tokens[i], stemmer: stemmer, scratch: stemOut)
                            sink &+= resources.stemFacts.touch(facts[i].stemKey)
                        }
                        memo.sink &+= sink
                        for i in newWords[0..<newCount] {
                            var f = WordFacts()
                            f.stemKey = facts[i].stemKey
                            f.caseBin = resources.caseProfile.bin(ofKeyHash: hashes[i].key)
                            let known = resources.stemFacts.facts(of: f.stemKey)
                            f.hits = known.hits
                            f.placeNameLength = known.placeNameLength
                            facts[i] = f
                            if slotKeys[i] != 0 { memo.store(f, for: slotKeys[i]) }
                        }
                        windowStart = window.upperBound
                    }
                }
            }
        }
    }

    /// Tokens whose memo slots are brought into cache at once.
    static let window = 256

    /// Hashes of the last 2, 3 and 4 scalars of a key (of all of it when shorter), found in one
    /// backward pass; the key must be followed by 7 readable bytes.
    @inline(__always)
    static func suffixHashes(_ key: UnsafeBufferPointer<UInt8>, into hashes: inout TextHashes) {
        var starts = (key.count, key.count, key.count)
        var start = key.count
        var scalars = 0
        while start > 0 && scalars < 4 {
            start -= 1
            if key[start] & 0xC0 != 0x80 {
                scalars += 1
                if scalars == 2 { starts.0 = start } else if scalars == 3 { starts.1 = start }
            }
        }
        if scalars < 2 { starts.0 = start }
        if scalars < 3 { starts.1 = start }
        starts.2 = start
        @inline(__always) func hash(_ from: Int, _ n: UInt64) -> UInt64 {
            FeatureHash.bytes(padded: key.baseAddress! + from, key.count - from, seed: n &* 0x51_7CC1_B727_220A)
        }
        hashes.suffix2 = hash(starts.0, 2)
        hashes.suffix3 = hash(starts.1, 3)
        hashes.suffix4 = hash(starts.2, 4)
    }
}
