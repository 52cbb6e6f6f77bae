import SlovoMorphology
import SlovoText

/// What a token can be in a key phrase.
enum KeywordRole: UInt8 {
    /// Not part of a key phrase: function words, verbs, pronouns, numbers, punctuation, stop
    /// nouns. It ends a phrase.
    case none
    /// A noun, a Latin word, an abbreviation: a phrase's head or its genitive tail.
    case noun
    /// A full adjective that agrees with the noun after it ("вологодский").
    case modifier
}

/// Properties of a token that the candidate finder and the normalizer read.
struct KeywordTraits: OptionSet {
    let rawValue: UInt8
    /// The first letter is upper-case.
    static let capitalized = KeywordTraits(rawValue: 1 << 0)
    /// Two or more letters, all upper-case ("ИКТ").
    static let allCaps = KeywordTraits(rawValue: 1 << 1)
    /// The first word of its sentence (its capital letter says nothing).
    static let sentenceStart = KeywordTraits(rawValue: 1 << 2)
    /// A first name, surname or patronymic.
    static let namePart = KeywordTraits(rawValue: 1 << 3)
    /// In the genitive (can be a phrase's tail: "стратегия развития").
    static let genitive = KeywordTraits(rawValue: 1 << 4)
    /// A proper name in the lexicon (person, place, organization, trademark).
    static let properName = KeywordTraits(rawValue: 1 << 5)
    /// A first name or patronymic: part of a name, never a keyword alone.
    static let givenName = KeywordTraits(rawValue: 1 << 6)
    /// Kept as written in the normal form: capitals that are no known abbreviation ("ИГ" is not
    /// the noun "иго"); its key is the word's, not a lemma's.
    static let literal = KeywordTraits(rawValue: 1 << 7)
}

/// One token as the keyword stage sees it: 16 bytes, no string.
struct KeywordToken {
    /// ``LemmaKey`` of the lemma chosen in context (0 when the role is `.none`).
    var key: UInt64 = 0
    var role: KeywordRole = .none
    var traits: KeywordTraits = []
    /// For an adjective derived from a noun ("калужский"), the noun's index in the extractor's
    /// ``KeywordDerivations``; -1 otherwise.
    var derived: Int32 = -1
}

/// Computes the ``KeywordToken`` of every token of a text: its role from the analysis chosen
/// in context, its lemma key, its case traits. One pass; the only buffers are reused scratch.
struct KeywordTokenizer {
    let lexicon: Lexicon
    let stopNouns: StopNouns
    let derivations: KeywordDerivations
    private var lemma: [UInt8] = []
    private var folded: [UInt8] = []
    /// Lemma keys already computed in this text, by word form and chosen analysis: a text
    /// repeats its words, and building a lemma costs more than hashing the form.
    private var lemmaKeys = LemmaKeyCache()

    init(lexicon: Lexicon, stopNouns: StopNouns, derivations: KeywordDerivations = KeywordDerivations()) {
        self.lexicon = lexicon
        self.stopNouns = stopNouns
        self.derivations = derivations
        lemma.reserveCapacity(128)
        folded.reserveCapacity(512)
    }

    /// The keyword tokens of `tokens` (with `morphology`, one analysis per token), marking the
    /// first word of each sentence. O(total length of the words).
    mutating func tokens(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                         morphology: WordAnalysisList) -> [KeywordToken] {
        var out = [KeywordToken](repeating: KeywordToken(), count: tokens.count)
        guard morphology.count == tokens.count else { return out }
        // About one distinct form and reading in two or three words of a news text.
        lemmaKeys.reserve(tokens.count / 2)
        for i in tokens.indices where tokens[i].kind == .word {
            out[i] = token(bytes, tokens[i], morphology[i])
        }
        for sentence in sentences {
            if let first = sentence.tokens.first(where: { tokens[$0].kind == .word }) {
                out[first].traits.insert(.sentenceStart)
            }
        }
        return out
    }

    /// One word token.
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ analysis: WordAnalysis) -> KeywordToken {
        var result = KeywordToken()
        let flags = token.flags
        if flags.contains(.capitalized) { result.traits.insert(.capitalized) }
        if flags.contains(.allCaps) { result.traits.insert(.allCaps) }
        let tag = analysis.tag
        if tag.isFirstName || tag.isSurname || tag.isPatronymic { result.traits.insert(.namePart) }
        if tag.isFirstName || tag.isPatronymic { result.traits.insert(.givenName) }
        if tag.isProperName { result.traits.insert(.properName) }
        if let c = tag.case, c == .genitive || c == .genitive2 { result.traits.insert(.genitive) }
        let role = Self.role(of: token, tag: tag, bytes: bytes)
        guard role != .none else { return result }
        if flags.contains(.allCaps) && !tag.isAbbreviation {
            result.traits.insert(.literal)
            result.key = Self.foldedKey(UnsafeBufferPointer(rebasing: bytes[token.byteRange]), into: &folded)
        } else {
            result.key = cachedLemmaKey(bytes, token, analysis)
        }
        if role == .noun && stopNouns.contains(result.key) { return result }
        result.role = role
        if role == .modifier, derivations.count > 0, let noun = derivations.noun(ofAdjective: result.key) {
            result.derived = Int32(noun)
        }
        return result
    }

    /// The role a word token can play, from its chosen tag. O(1).
    static func role(of token: Token, tag: MorphTag, bytes: UnsafeBufferPointer<UInt8>) -> KeywordRole {
        let flags = token.flags
        if flags.contains(.initial) || flags.contains(.abbreviation) { return .none }
        // A single letter is never a key word.
        let n = token.byteCount
        if n < 2 || (n == 2 && bytes[Int(token.start)] >= 0xC0) || n > maxWordBytes { return .none }
        if token.script != .cyrillic && isMachineText(bytes, token) { return .none }
        switch tag.partOfSpeech {
        case .noun:
            return .noun
        case .latin, .unknown:
            return .noun
        case .adjective:
            if tag.grammemes.contains(.pronominal) || tag.grammemes.contains(.ordinal) { return .none }
            return tag.case == nil ? .none : .modifier
        default:
            return .none
        }
    }

    /// Longer words are taken for identifiers, not words.
    static let maxWordBytes = 48

    /// Identifiers and codes rather than words: an underscore, or four or more digits
    /// ("js-mediaplayer-5a27_2"). O(length).
    static func isMachineText(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        var digits = 0
        for i in token.byteRange {
            let b = bytes[i]
            if b == UInt8(ascii: "_") { return true }
            if b >= 0x30 && b <= 0x39 { digits += 1 }
        }
        return digits >= 4
    }

    /// ``lemmaKey(_:_:_:)`` through the cache of this tokenizer. O(length).
    mutating func cachedLemmaKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ analysis: WordAnalysis) -> UInt64 {
        let entry = LemmaKeyCache.Entry(form: LemmaKeyCache.formHash(UnsafeBufferPointer(rebasing: bytes[token.byteRange])),
                                        tag: analysis.tag, method: analysis.method, inflectable: analysis.isInflectable)
        if let key = lemmaKeys.key(for: entry) { return key }
        let key = lemmaKey(bytes, token, analysis)
        lemmaKeys.insert(entry, key: key)
        return key
    }

    /// The key of the token's lemma (the word itself, case-folded, when it has no lemma).
    /// O(length), no allocation once the scratch buffers have grown.
    mutating func lemmaKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ analysis: WordAnalysis) -> UInt64 {
        lemma.removeAll(keepingCapacity: true)
        if analysis.isInflectable || analysis.method != .nonWord {
            lexicon.appendLemma(of: analysis, to: &lemma)
        }
        if lemma.isEmpty {
            return Self.foldedKey(UnsafeBufferPointer(rebasing: bytes[token.byteRange]), into: &folded)
        }
        return lemma.withUnsafeBufferPointer { Self.foldedKey($0, into: &folded) }
    }

    /// ``LemmaKey`` of `word` after ``MatchKey`` folding (lower case, ё as е, no stress marks)
    /// and ``LatinPrefix`` folding ("it-кластер" as "ит-кластер").
    static func foldedKey(_ word: UnsafeBufferPointer<UInt8>, into scratch: inout [UInt8]) -> UInt64 {
        let capacity = MatchKey.capacity(for: word.count)
        if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: capacity) }
        return scratch.withUnsafeMutableBufferPointer { out in
            let length = MatchKey.write(word, 0..<word.count, into: out.baseAddress!)
            let folded = UnsafeBufferPointer(rebasing: out[0..<length])
            if length > 3 && folded[0] < 0x80 {
                var cyrillic: [UInt8] = []
                if LatinPrefix.fold(folded, into: &cyrillic) {
                    return cyrillic.withUnsafeBufferPointer { LemmaKey.of(utf8: $0) }
                }
            }
            return LemmaKey.of(utf8: folded)
        }
    }
}

