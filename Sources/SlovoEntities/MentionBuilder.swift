import SlovoMorphology
import SlovoText

/// Turns the tagger's spans into mentions: trims punctuation at the edges, tells place
/// adjectives ("калужский") from place names, links places to the gazetteer and sets their
/// subtype.
struct MentionBuilder {
    let document: EntityDocument
    let analyses: [WordAnalysis]
    let resources: EntityResources
    let lexicon: Lexicon
    /// Normal forms of mentions met before (in this or earlier documents of the thread).
    let memo: NormalFormMemo
    /// What adjective lemmas say of places, by lemma hash.
    let adjectives: KeyedMemo<AdjectiveFacts>
    /// Every analysis of the words of mentions, by their text.
    let wordAnalyses: WordAnalysesMemo

    /// The mentions of `spans`, with the place adjectives of the places they name (pass
    /// `placeAdjectives: false` for a window of a longer text, whose adjectives may refer to
    /// places named in other windows: see ``placeAdjectiveCandidates(besides:)``).
    func mentions(from spans: [TaggedSpan], placeAdjectives: Bool = true) -> [EntityMention] {
        let normalizer = EntityNormalizer(document: document, analyses: analyses, lexicon: lexicon,
                                          wordAnalyses: wordAnalyses)
        var result: [EntityMention] = []
        result.reserveCapacity(spans.count)
        for span in spans {
            guard let trimmedSpan = trimmed(span.tokens) else { continue }
            let tokens = span.type == .organization ? withTypeWord(trimmedSpan) : trimmedSpan
            let name = span.type == .organization ? bareName(tokens) : tokens
            let start = document.tokens[tokens.lowerBound].start
            let end = document.tokens[tokens.upperBound - 1].end
            var mention = EntityMention(type: span.type, tokens: tokens, start: start, end: end,
                                        normal: text(start, end), nameTokens: name)
            if span.type == .location { describePlace(&mention) }
            normalize(&mention, normalizer)
            result.append(mention)
        }
        if placeAdjectives, result.contains(where: { $0.type == .location && !$0.isReference && $0.place != nil }) {
            MentionBuilder.addPlaceAdjectives(placeAdjectiveCandidates(besides: result), to: &result)
        }
        return result
    }

    /// Fills in the normal form, from the memo when the same mention was normalized before.
    func normalize(_ mention: inout EntityMention, _ normalizer: EntityNormalizer) {
        guard !mention.isReference else { return normalizer.normalize(&mention) }
        let hash = memo.prepareKey(mention, document: document, analyses: analyses)
        if let known = memo.lookup(hash) {
            mention.normal = known.normal
            mention.person = known.person
            return
        }
        normalizer.normalize(&mention)
        memo.store(hash, normal: mention.normal, person: mention.person)
    }

    /// Adjectives of places the text names ("калужский" where Калуга is mentioned) that the
    /// tagger did not mark, as references to those places: `candidates` (see
    /// ``placeAdjectiveCandidates(besides:)``) whose place is one of `mentions`, merged into
    /// them in text order.
    static func addPlaceAdjectives(_ candidates: [EntityMention], to mentions: inout [EntityMention]) {
        let added = placeAdjectives(candidates, namedIn: [mentions])
        guard !added.isEmpty else { return }
        mentions = mergedByStart([mentions], added)
    }

    /// The `candidates` whose place a mention of `parts` names (not as a reference).
    /// O(mentions + candidates).
    static func placeAdjectives(_ candidates: [EntityMention], namedIn parts: [[EntityMention]]) -> [EntityMention] {
        guard !candidates.isEmpty else { return [] }
        var named = Set<String>()
        for part in parts {
            for m in part where m.type == .location && !m.isReference {
                if let place = m.place { named.insert(place) }
            }
        }
        guard !named.isEmpty else { return [] }
        return candidates.filter { named.contains($0.place!) }
    }

    /// The mentions of `parts`, one part after the other, and `added`, in one array ordered by
    /// start as a stable sort of their concatenation orders them (of two starting at the same
    /// byte, the one of `parts` first). A part is a window's mentions, mostly in order of start
    /// (an organization's type word can reach back before the mention found ahead of it): each
    /// is put in order alone, and when the parts then follow one another and `added` is in
    /// order, they are merged in O(n) with one allocation of the result; otherwise the whole is
    /// sorted, O(n log n).
    static func mergedByStart(_ parts: [[EntityMention]], _ added: [EntityMention]) -> [EntityMention] {
        func isOrdered(_ mentions: [EntityMention]) -> Bool {
            mentions.indices.dropFirst().allSatisfy { mentions[$0 - 1].start <= mentions[$0].start }
        }
        let byStart: (EntityMention, EntityMention) -> Bool = { $0.start < $1.start }
        // A stable sort of each part, then parts that follow one another: a stable sort of the
        // whole gives the same.
        let sortedParts = parts.map { isOrdered($0) ? $0 : $0.sorted(by: byStart) }
        var ordered = isOrdered(added)
        var previousLastStart = Int32.min
        for part in sortedParts where !part.isEmpty {
            if part[0].start < previousLastStart { ordered = false }
            previousLastStart = part[part.count - 1].start
        }
        var out: [EntityMention] = []
        out.reserveCapacity(parts.reduce(added.count) { $0 + $1.count })
        guard ordered else {
            for part in parts { out.append(contentsOf: part) }
            out.append(contentsOf: added)
            out.sort(by: byStart)
            return out
        }
        var next = 0
        for part in sortedParts {
            for m in part {
                while next < added.count && added[next].start < m.start {
                    out.append(added[next])
                    next += 1
                }
                out.append(m)
            }
        }
        out.append(contentsOf: added[next...])
        return out
    }

    /// Every word outside `mentions` that is an adjective of a known place, as a reference to
    /// that place (whether the text names it or not). O(tokens).
    func placeAdjectiveCandidates(besides mentions: [EntityMention]) -> [EntityMention] {
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for m in mentions { for k in m.tokens { covered[k] = true } }
        var found: [EntityMention] = []
        for i in document.tokens.indices where !covered[i] && document.tokens[i].kind == .word && mayBePlaceAdjective(i) {
            let id = adjectiveFacts(i).place
            guard id >= 0 else { continue }
            let place = resources.places.places[Int(id)]
            let token = document.tokens[i]
            found.append(EntityMention(type: .location, subtype: place.subtype, tokens: i..<(i + 1), start: token.start,
                                       end: token.end, normal: place.canonicalName, isReference: true,
                                       place: place.canonicalName))
        }
        return found
    }

    /// The span without punctuation at its edges (quotes, dashes), or nil when nothing is left.
    func trimmed(_ span: Range<Int>) -> Range<Int>? {
        var lower = span.lowerBound, upper = span.upperBound
        let tokens = document.tokens
        while lower < upper && (tokens[lower].kind == .punctuation || tokens[lower].kind == .symbol) { lower += 1 }
        while upper > lower && (tokens[upper - 1].kind == .punctuation || tokens[upper - 1].kind == .symbol) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// An organization's name with the type word before it and that word's adjectives:
    /// "компании «Бизнес-софт»", "партии «Яблоко»", "независимого еженедельника «Пермский
    /// обозреватель»", "ООО «Ромашка»", "группы компаний Michelin". Only names in quotes or in
    /// Latin letters take their type word; "Министерство обороны" already is one name.
    func withTypeWord(_ span: Range<Int>) -> Range<Int> {
        let tokens = document.tokens
        var lower = span.lowerBound
        var quoted = false
        if lower > 0, isOpeningQuote(lower - 1) {
            lower -= 1
            quoted = true
        }
        let foreign = tokens[span.lowerBound].script == .latin
        guard quoted || foreign, lower > 0 else { return span }
        var k = lower - 1
        guard isTypeWord(k) else { return span }
        lower = k
        // More type words ("группы компаний") and the adjectives before them.
        while lower > 0 {
            k = lower - 1
            if isTypeWord(k) || (isAgreeingModifier(k, with: lower) && !tokens[k].flags.contains(.capitalized)) {
                lower = k
            } else {
                break
            }
        }
        return lower..<span.upperBound
    }

    /// The name without the type words in front: "Открытие" in "Банк «Открытие»", "Piedmont
    /// Airlines" in "компании Piedmont Airlines".
    func bareName(_ span: Range<Int>) -> Range<Int> {
        var k = span.lowerBound
        while k < span.upperBound, isTypeWord(k) || isAgreeingModifier(k, with: min(k + 1, span.upperBound - 1)) {
            k += 1
        }
        guard k > span.lowerBound, k < span.upperBound else { return span }
        if isOpeningQuote(k), k + 1 < span.upperBound { return (k + 1)..<span.upperBound }
        if document.tokens[k].script == .latin { return k..<span.upperBound }
        return span
    }

    func isOpeningQuote(_ i: Int) -> Bool {
        let token = document.tokens[i]
        guard token.kind == .punctuation else { return false }
        let c = UTF8Scanning.decode(document.bytes, at: Int(token.start)).scalar
        return c == 0xAB || c == 0x201E || c == 0x201C || c == 0x22
    }

    /// An organization type word ("компании", "партия") or a legal form ("ООО").
    func isTypeWord(_ i: Int) -> Bool {
        guard document.tokens[i].kind == .word else { return false }
        return document.attributes[i].gazetteer.contains(.organizationWord)
            || resources.legalForms.contains(document.stemKeys[i])
    }

    /// An adjective or participle before token `head` that agrees with it in case.
    func isAgreeingModifier(_ i: Int, with head: Int) -> Bool {
        guard i < analyses.count, head < analyses.count, document.tokens[i].kind == .word else { return false }
        let pos = analyses[i].tag.partOfSpeech
        guard pos == .adjective || pos == .participle else { return false }
        return analyses[i].tag.case == analyses[head].tag.case
    }

    func text(_ start: Int32, _ end: Int32) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: document.bytes[Int(start)..<Int(end)]), as: UTF8.self)
    }

    /// Subtype, known place and adjective reference of a location mention.
    func describePlace(_ mention: inout EntityMention) {
        let tokens = mention.tokens
        // A single adjective: "калужский", "российских", "Московской" (without "область").
        if tokens.count == 1, isAdjective(tokens.lowerBound) {
            mention.isReference = true
            let id = adjectiveFacts(tokens.lowerBound).place
            if id >= 0 {
                let place = resources.places.places[Int(id)]
                mention.place = place.canonicalName
                mention.subtype = place.subtype
            } else {
                mention.subtype = .other
            }
            return
        }
        if tokens.contains(where: { document.attributes[$0].gazetteer.contains(.regionWord) }) {
            mention.subtype = .region
            return
        }
        if let match = document.placeMatch(exactly: tokens) {
            let candidates = match.places.map { resources.places.places[Int($0)] }
            let best = candidates.first { $0.subtype == .country } ?? candidates.first { $0.subtype == .city }
                ?? candidates.first { $0.subtype == .region } ?? candidates.first
            mention.place = best?.canonicalName
            mention.subtype = best?.subtype ?? .other
            return
        }
        mention.subtype = unknownPlaceSubtype(tokens)
    }

    /// A place the gazetteer does not know: a city after "город", "г.", "деревня", "село",
    /// "посёлок", or a single proper noun; other places otherwise.
    func unknownPlaceSubtype(_ tokens: Range<Int>) -> PlaceSubtype {
        if tokens.lowerBound > 0, PlaceWords.settlement.contains(lemmaString(tokens.lowerBound - 1)) { return .city }
        if tokens.count == 1, document.tokens[tokens.lowerBound].flags.contains(.capitalized),
           !document.tokens[tokens.lowerBound].flags.contains(.allCaps) {
            return .city
        }
        return .other
    }

    func isAdjective(_ i: Int) -> Bool {
        guard i < analyses.count else { return false }
        let pos = analyses[i].tag.partOfSpeech
        if pos == .adjective || pos == .shortAdjective { return true }
        // Unknown capitalized words ending like relative adjectives (only words with "ск" or
        // "цк" can have such a lemma, so others skip building it).
        guard pos != .noun, document.tokens[i].kind == .word, hasRelativeAdjectiveSuffix(i) else { return false }
        return adjectiveFacts(i).isRelative
    }

    /// Whether the lemma of word token `i` is a relative adjective ("калужский"), and the place
    /// it comes from: remembered by lemma hash, as they depend on the lemma alone.
    func adjectiveFacts(_ i: Int) -> AdjectiveFacts {
        let hash = document.attributes[i].lemma
        guard hash != 0 else { return computeAdjectiveFacts(i) }
        if let known = adjectives.value(for: hash) { return known }
        let facts = computeAdjectiveFacts(i)
        adjectives.store(facts, for: hash)
        return facts
    }

    func computeAdjectiveFacts(_ i: Int) -> AdjectiveFacts {
        resources.placeAdjectives.facts(ofAdjective: lemmaString(i))
    }

    /// ``isAdjective(_:)``, and for an adjective, that it may be a relative one: only a
    /// relative adjective (-ский, -цкий, -ской) comes from a place, and every form of one holds
    /// "ск" or "цк" unless abbreviated ("франц."), so a scan of the word's bytes spares the
    /// others a lemma lookup.
    func mayBePlaceAdjective(_ i: Int) -> Bool {
        guard i < analyses.count else { return false }
        let pos = analyses[i].tag.partOfSpeech
        if pos == .adjective || pos == .shortAdjective { return hasRelativeAdjectiveSuffix(i) || mayBeAbbreviated(i) }
        return isAdjective(i)
    }

    /// Whether word token `i` is or may be read as an abbreviation ("франц.", "моск."), whose
    /// lemma the lexicon gives in full.
    func mayBeAbbreviated(_ i: Int) -> Bool {
        document.tokens[i].flags.contains(.abbreviation) || (i < analyses.count && analyses[i].method == .abbreviation)
    }

    /// Whether the token holds "ск" or "цк" (any case): the suffix of relative adjectives.
    func hasRelativeAdjectiveSuffix(_ i: Int) -> Bool {
        let range = document.tokens[i].byteRange
        guard range.count >= 4 else { return false }
        let bytes = document.bytes
        var k = range.lowerBound
        while k + 3 < range.upperBound {
            // с С ц Ц followed by к К (UTF-8: D1 81 / D0 A1 / D1 86 / D0 A6, then D0 BA / D0 9A);
            // the last byte, the rarest, is tested first.
            let b3 = bytes[k + 3]
            if b3 == 0xBA || b3 == 0x9A, bytes[k + 2] == 0xD0 {
                let (b0, b1) = (bytes[k], bytes[k + 1])
                if (b0 == 0xD1 && (b1 == 0x81 || b1 == 0x86)) || (b0 == 0xD0 && (b1 == 0xA1 || b1 == 0xA6)) { return true }
            }
            k += 1
        }
        return false
    }

    func lemmaString(_ i: Int) -> String {
        guard i < analyses.count, document.tokens[i].kind == .word else {
            return MatchKey.of(text(document.tokens[i].start, document.tokens[i].end))
        }
        return lexicon.lemma(of: analyses[i])
    }
}

/// What an adjective's lemma says of places: whether it is a relative adjective in
/// -ский/-цкий/-ской, and the place it is formed from (-1: none known).
struct AdjectiveFacts {
    var isRelative = false
    var place: Int32 = -1
}

/// Words before a settlement's name.
enum PlaceWords {
    static let settlement: Set<String> = [
        "город", "г.", "деревня", "село", "посёлок", "поселок", "станица", "хутор", "аул", "кишлак",
        "городок", "пгт", "пос.", "дер.", "с.", "ст-ца",
    ]
}
