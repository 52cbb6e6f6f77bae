import SlovoEntities
import SlovoMorphology
import SlovoText

/// Finds candidate key phrases in a source, sentence by sentence, from the roles of its tokens:
///
/// - every noun, Latin word or abbreviation alone ("кластер", "IT-центр", "ИКТ");
/// - a noun with the one or two adjectives before it that agree with it ("вологодский
///   IT-кластер", "областная Корпорация");
/// - a noun with a genitive tail, itself possibly with an adjective ("стратегия развития",
///   "клуб ИТ-директоров", "Департамент стратегического планирования"), and the same with the
///   head's nearest adjective ("областная Корпорация развития"), up to four words; not a
///   common noun with a name as its tail ("опыт Калуги": the name is the keyword);
/// - a chain of name parts in one case ("Алексея Петровича Логанцова");
/// - the entity mentions of the analysis, when it has them;
/// - for an adjective derived from a noun ("калужский"), that noun (``KeywordDerivations``).
///
/// A phrase never crosses a token that is not a noun or adjective (punctuation, a verb, a
/// preposition, a number), so it never crosses a sentence boundary or a comma.
///
/// O(tokens); appends to a caller's array, no other allocation.
struct CandidateFinder {
    /// Longest phrase, in words.
    static let maxWords = 4

    /// Appends the candidate occurrences of `source` to `out`.
    static func find(in source: KeywordSource, keys: inout KeywordTokenizer, into out: inout [CandidateOccurrence]) {
        let derivations = keys.derivations
        let words = source.words
        var entityIndex = 0
        let entities = source.entities
        for (s, sentence) in source.sentences.enumerated() {
            let range = sentence.tokens
            var i = range.lowerBound
            while i < range.upperBound {
                guard words[i].role != .none else { i += 1; continue }
                var j = i + 1
                while j < range.upperBound && words[j].role != .none { j += 1 }
                chunk(i..<j, sentence: Int32(s), source, into: &out)
                for m in i..<j where words[m].derived >= 0 {
                    var kind: CandidateKind = .derived
                    if source.isTitle { kind.insert(.title) }
                    out.append(CandidateOccurrence(key: derivations.nounKeys[Int(words[m].derived)], start: Int32(m),
                                                   end: Int32(m + 1), sentence: Int32(s), words: 1, kind: kind))
                }
                i = j
            }
            // Entity mentions that start in this sentence.
            while entityIndex < entities.count && entities[entityIndex].tokens.lowerBound < range.upperBound {
                let mention = entities[entityIndex]
                entityIndex += 1
                guard mention.tokens.lowerBound >= range.lowerBound,
                      let occurrence = entity(mention, sentence: Int32(s), source, keys: &keys) else { continue }
                out.append(occurrence)
            }
        }
    }

    /// The candidates of one run of nouns and adjectives.
    static func chunk(_ range: Range<Int>, sentence: Int32, _ source: KeywordSource, into out: inout [CandidateOccurrence]) {
        let words = source.words
        let tags = source.morphology
        let title: CandidateKind = source.isTitle ? .title : []
        func emit(_ r: Range<Int>, _ kind: CandidateKind = []) {
            var key = words[r.lowerBound].key
            for k in r.dropFirst() { key = LemmaKey.combine(key, words[k].key) }
            out.append(CandidateOccurrence(key: key, start: Int32(r.lowerBound), end: Int32(r.upperBound),
                                           sentence: sentence, words: UInt8(r.count), kind: kind.union(title)))
        }
        for n in range where words[n].role == .noun {
            if !words[n].traits.contains(.givenName) { emit(n..<(n + 1)) }
            // A chain of name parts starts here.
            if words[n].traits.contains(.namePart),
               n == range.lowerBound || !words[n - 1].traits.contains(.namePart) || !sameCase(tags[n - 1].tag, tags[n].tag) {
                var e = n + 1
                while e < range.upperBound && words[e].role == .noun && words[e].traits.contains(.namePart)
                        && sameCase(tags[e].tag, tags[n].tag) && e - n < maxWords {
                    e += 1
                }
                if e - n >= 2 { emit(n..<e, .name) }
            }
            // Adjectives before the noun that agree with it.
            var m = n
            while m > range.lowerBound && n - m < 2 && words[m - 1].role == .modifier
                    && tags[m - 1].tag.agrees(with: tags[n].tag) {
                m -= 1
            }
            for s in m..<n { emit(s..<(n + 1)) }
            // A genitive tail: adjectives and a noun in the genitive.
            guard !words[n].traits.contains(.namePart) else { continue }
            var t = n + 1
            while t < range.upperBound && words[t].role == .modifier && t - n <= 2 { t += 1 }
            guard t < range.upperBound, words[t].role == .noun, words[t].traits.contains(.genitive),
                  (n + 1..<t).allSatisfy({ tags[$0].tag.agrees(with: tags[t].tag) }) else { continue }
            // A common noun with a name in the genitive ("опыт Калуги", "президент России") is
            // no phrase of its own: the name is the keyword. A name with one is ("МИД Сирии").
            if isName(t, in: source) && !isName(n, in: source) { continue }
            if t + 1 - n <= maxWords - 1 { emit(n..<(t + 1)) }
            if m < n && t + 1 - (n - 1) <= maxWords { emit((n - 1)..<(t + 1)) }
        }
    }

    /// An entity mention as a candidate: the keys of its words (punctuation inside, such as
    /// quotes, is skipped). Nil when it has no word or too many.
    static func entity(_ mention: EntityMention, sentence: Int32, _ source: KeywordSource,
                       keys: inout KeywordTokenizer) -> CandidateOccurrence? {
        var key: UInt64 = 0
        var count = 0
        // A name needs a noun that may stand alone ("Симферопольская" alone is no keyword).
        guard mention.tokens.contains(where: {
            source.words[$0].role == .noun && !source.words[$0].traits.contains(.givenName)
        }) else { return nil }
        for k in mention.tokens where source.tokens[k].kind == .word {
            var wordKey = source.words[k].key
            if wordKey == 0 { wordKey = keys.lemmaKey(source.bytes, source.tokens[k], source.morphology[k]) }
            key = count == 0 ? wordKey : LemmaKey.combine(key, wordKey)
            count += 1
        }
        guard count > 0 && count <= maxWords + 1 else { return nil }
        var kind: CandidateKind
        switch mention.type {
        case .person: kind = .person
        case .organization: kind = .organization
        case .location: kind = .location
        }
        if source.isTitle { kind.insert(.title) }
        return CandidateOccurrence(key: key, start: Int32(mention.tokens.lowerBound), end: Int32(mention.tokens.upperBound),
                                   sentence: sentence, words: UInt8(count), kind: kind)
    }

    /// A word that is written as a name: with a capital not at a sentence start, in capitals, or
    /// tagged as a proper name.
    static func isName(_ word: KeywordToken) -> Bool {
        let t = word.traits
        return t.contains(.properName) || t.contains(.allCaps) || (t.contains(.capitalized) && !t.contains(.sentenceStart))
    }

    /// ``isName(_:)`` for the word at `k`, except a compound whose capitals are an abbreviation
    /// before a hyphen and a common word after it ("ИТ-директоров", "IT-центр").
    static func isName(_ k: Int, in source: KeywordSource) -> Bool {
        isName(source.words[k]) && !hasLowerCaseAfterHyphen(source.bytes, source.tokens[k])
    }

    /// Whether the token holds a hyphen followed by a lower-case letter (Latin or Cyrillic). O(length).
    static func hasLowerCaseAfterHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        var i = Int(token.start)
        let end = Int(token.end)
        while i + 1 < end {
            if bytes[i] == UInt8(ascii: "-") {
                let b = bytes[i + 1]
                if b >= 0x61 && b <= 0x7A { return true }
                if i + 2 < end {
                    let c = bytes[i + 2]
                    // а..п is D0 B0..BF; р..я is D1 80..8F; ё is D1 91.
                    if (b == 0xD0 && c >= 0xB0 && c <= 0xBF) || (b == 0xD1 && (c <= 0x8F || c == 0x91)) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// Same case (main cases) and no conflicting gender: parts of one name.
    static func sameCase(_ a: MorphTag, _ b: MorphTag) -> Bool {
        guard let ca = a.case, let cb = b.case, main(ca) == main(cb) else { return false }
        if let ga = a.gender, let gb = b.gender, ga != gb, ga != .commonGender, gb != .commonGender { return false }
        return true
    }

    static func main(_ c: Grammeme) -> Grammeme {
        switch c {
        case .genitive2: return .genitive
        case .accusative2: return .accusative
        case .locative2: return .prepositional
        default: return c
        }
    }
}
