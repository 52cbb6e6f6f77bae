import SlovoMorphology
import SlovoText

/// Rules over the tagger's spans, for what a sequence model trained on news gets wrong:
///
/// - bodies named by a capitalized type word take their full extent: the agreeing adjectives
///   before it and the genitive tail after it, with "и" inside ("Департамент стратегического
///   планирования и инвестиционной политики", "Администрация города Вологды", "областной
///   Корпорации развития"); a tail stops where another body begins ("... политики городской
///   Администрации" is two bodies) and at a person's name;
/// - regions: a place adjective with "область", "край", "округ", "республика" ("Вологодская
///   область", "Калужская обл.");
/// - a location whose head is a common noun ("вологодской IT-индустрии") is not a place;
/// - places inside an organization's extent are part of its name.
struct EntityRules {
    let document: EntityDocument
    let analyses: [WordAnalysis]
    let resources: EntityResources

    func apply(_ tagged: [TaggedSpan]) -> [TaggedSpan] {
        var insideOther = [Bool](repeating: false, count: document.tokens.count)
        for span in tagged where span.type != .organization { for k in span.tokens { insideOther[k] = true } }
        return apply(tagged, insideOther: insideOther)
    }

    func apply(_ spans: [TaggedSpan], insideOther: [Bool]) -> [TaggedSpan] {
        var kept: [TaggedSpan] = []
        kept.reserveCapacity(spans.count + 4)
        for span in spans where !isCommonNounPlace(span) { appendSplitAtSecondBody(span, to: &kept) }
        var cursor = 0  // (the spans come in token order)
        let spans = kept.map { extendOrganizationTail($0, sentenceCursor: &cursor) }
        var added: [TaggedSpan] = []
        for sentence in document.sentences {
            for i in sentence {
                if !insideOther[i], let body = organizationBody(at: i, sentence: sentence) { added.append(body) }
                if let region = regionName(at: i, sentence: sentence) { added.append(region) }
                if isTypeWord(i), let end = quotedNameEnd(after: i, limit: sentence.upperBound) {
                    added.append(TaggedSpan(tokens: i..<end, type: .organization))
                }
            }
        }
        return merge(spans, added)
    }

    // MARK: - Organizations

    /// A body named by the capitalized type word at `i` (not at the start of a sentence).
    func organizationBody(at i: Int, sentence: Range<Int>) -> TaggedSpan? {
        guard i > sentence.lowerBound, isCapitalizedTypeWord(i), i < analyses.count,
              analyses[i].tag.partOfSpeech == .noun else { return nil }
        // "Российской Федерации", "Советского Союза": part of a name that begins before it.
        let previous = document.tokens[i - 1]
        if previous.kind == .word && previous.flags.contains(.capitalized) { return nil }
        var lower = i
        while lower > sentence.lowerBound, isLowercaseModifier(lower - 1, agreeingWith: i) { lower -= 1 }
        let upper = genitiveTail(after: i + 1, limit: sentence.upperBound)
        // A bare type word ("Союз", "Сети") may be anything; a body has a tail or modifiers.
        guard upper > i + 1 || lower < i else { return nil }
        return TaggedSpan(tokens: lower..<upper, type: .organization)
    }

    /// A name in quotes right after token `i` ("Банк «Открытие»"): the end of its last word,
    /// when the quotes close within the sentence and the name starts with a capital or a Latin
    /// letter.
    func quotedNameEnd(after i: Int, limit: Int) -> Int? {
        let open = i + 1
        guard open + 1 < limit, isOpeningQuote(open) else { return nil }
        let first = document.tokens[open + 1]
        guard first.kind == .word || first.kind == .number,
              first.flags.contains(.capitalized) || first.script == .latin || first.kind == .number else { return nil }
        var k = open + 1
        while k < limit && k < open + 12 {
            if isClosingQuote(k) { return k > open + 1 ? k : nil }
            k += 1
        }
        return nil
    }

    func isOpeningQuote(_ i: Int) -> Bool {
        let token = document.tokens[i]
        guard token.kind == .punctuation else { return false }
        let c = UTF8Scanning.decode(document.bytes, at: Int(token.start)).scalar
        return c == 0xAB || c == 0x201E || (c == 0x22 && (token.start == 0 || CharClass.isWhitespace(UTF8Scanning.decode(document.bytes, before: Int(token.start)).scalar)))
    }

    func isClosingQuote(_ i: Int) -> Bool {
        let token = document.tokens[i]
        guard token.kind == .punctuation else { return false }
        let c = UTF8Scanning.decode(document.bytes, at: Int(token.start)).scalar
        return c == 0xBB || c == 0x201C || c == 0x201D || c == 0x22
    }

    /// "Администрации регионального Клуба ИТ-директоров" is two bodies: a capitalized type word
    /// after lower-case relational adjectives starts a new one. A lone lower-case word left in
    /// front ("правления") is not a name and is dropped. Appends the span or its parts to `out`.
    func appendSplitAtSecondBody(_ span: TaggedSpan, to out: inout [TaggedSpan]) {
        guard span.type == .organization, span.tokens.count >= 3 else { return out.append(span) }
        for k in (span.tokens.lowerBound + 2)..<span.tokens.upperBound where isCapitalizedTypeWord(k) {
            var start = k
            while start > span.tokens.lowerBound + 1, isLowercaseModifier(start - 1, agreeingWith: k) { start -= 1 }
            guard start < k else { continue }
            let left = span.tokens.lowerBound..<start
            let right = TaggedSpan(tokens: start..<span.tokens.upperBound, type: .organization)
            if !(left.count == 1 && !document.tokens[left.lowerBound].flags.contains(.capitalized)) {
                out.append(TaggedSpan(tokens: left, type: .organization))
            }
            return out.append(right)
        }
        out.append(span)
    }

    /// An organization span ending in a type word or in its tail takes the rest of the tail.
    /// `sentenceCursor`: see ``EntityDocument/sentence(containing:cursor:)``.
    func extendOrganizationTail(_ span: TaggedSpan, sentenceCursor: inout Int) -> TaggedSpan {
        guard span.type == .organization else { return span }
        let last = span.tokens.upperBound - 1
        guard isTypeWord(last) || isGenitiveNoun(last) else { return span }
        let limit = document.sentence(containing: last, cursor: &sentenceCursor)?.upperBound ?? document.tokens.count
        return TaggedSpan(tokens: span.tokens.lowerBound..<max(span.tokens.upperBound, genitiveTail(after: last + 1, limit: limit)),
                          type: .organization)
    }

    /// The end of a genitive tail starting at `start`: noun phrases in the genitive (adjectives
    /// then a noun), joined by "и", up to another body's type word, a person or anything else.
    func genitiveTail(after start: Int, limit: Int) -> Int {
        var end = start
        var k = start
        while k < limit {
            var j = k
            if j > start, j < limit, isWord(j, "и") { j += 1 }
            let npStart = j
            while j < limit, isGenitiveModifier(j), !startsAnotherBody(j) { j += 1 }
            guard j < limit, isGenitiveNoun(j), !startsAnotherBody(j), !isPersonName(j) else { break }
            if j > npStart, startsAnotherBody(npStart) { break }
            j += 1
            end = j
            k = j
        }
        return end
    }

    /// A capitalized type word starts a new body, and so do the adjectives before it.
    func startsAnotherBody(_ i: Int) -> Bool {
        var j = i
        while j < document.tokens.count, isGenitiveModifier(j) { j += 1 }
        return j < document.tokens.count && isCapitalizedTypeWord(j) && j >= i
    }

    func isCapitalizedTypeWord(_ i: Int) -> Bool {
        let token = document.tokens[i]
        return token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
            && document.attributes[i].gazetteer.contains(.organizationWord)
    }

    /// An organization type word ("банк", "компании") or a legal form ("ООО").
    func isTypeWord(_ i: Int) -> Bool {
        document.tokens[i].kind == .word
            && (document.attributes[i].gazetteer.contains(.organizationWord) || resources.legalForms.contains(document.stemKeys[i]))
    }

    // MARK: - Regions

    /// "Вологодская область", "Калужской обл.", "Краснодарский край": a place adjective and a
    /// region word.
    func regionName(at i: Int, sentence: Range<Int>) -> TaggedSpan? {
        guard i + 1 < sentence.upperBound, document.attributes[i + 1].gazetteer.contains(.regionWord),
              document.tokens[i].kind == .word, document.tokens[i].flags.contains(.capitalized),
              i < analyses.count, analyses[i].tag.partOfSpeech == .adjective,
              analyses[i].tag.case == analyses[i + 1].tag.case || analyses[i + 1].method == .abbreviation
        else { return nil }
        return TaggedSpan(tokens: i..<(i + 2), type: .location)
    }

    // MARK: - Places that are not places

    /// "вологодской IT-индустрии": a location of several words whose last word is a common
    /// noun (not a toponym, not a region word, not capitalized after its hyphen).
    func isCommonNounPlace(_ span: TaggedSpan) -> Bool {
        guard span.type == .location, span.tokens.count >= 2 else { return false }
        let last = span.tokens.upperBound - 1
        guard last < analyses.count, document.tokens[last].kind == .word else { return false }
        let tag = analyses[last].tag
        guard tag.partOfSpeech == .noun, !tag.isToponym, !document.attributes[last].gazetteer.contains(.regionWord),
              !document.attributes[last].gazetteer.contains(.cityInside), !document.attributes[last].gazetteer.contains(.countryInside)
        else { return false }
        // The part after the last hyphen is lower case.
        let token = document.tokens[last]
        var i = Int(token.end) - 1
        var partStart = Int(token.start)
        while i > Int(token.start) {
            if document.bytes[i] == UInt8(ascii: "-") { partStart = i + 1; break }
            i -= 1
        }
        guard partStart < Int(token.end) else { return false }
        let first = UTF8Scanning.decode(document.bytes, at: partStart).scalar
        return CharClass.isLowercase(first)
    }

    // MARK: - Merging

    /// Rule spans win over the tagger spans they overlap, unless an organization of the tagger
    /// already covers them; places inside an organization disappear.
    ///
    /// Every decision is about spans that overlap, so the spans are cut into clusters (runs of
    /// spans joined by overlaps) and each cluster is merged alone: O(spans log spans) for a
    /// document however many entities it holds (one pass over all spans per rule span was
    /// quadratic on a long text full of names).
    func merge(_ tagged: [TaggedSpan], _ added: [TaggedSpan]) -> [TaggedSpan] {
        // Cluster ids by position: sort every span's range, sweep, number the clusters.
        var ranges = (tagged.map(\.tokens) + added.map(\.tokens)).sorted { $0.lowerBound < $1.lowerBound }
        var clusterStarts: [Int] = []   // lower bound of each cluster, ascending
        var end = Int.min
        for range in ranges {
            if range.lowerBound >= end { clusterStarts.append(range.lowerBound) }
            end = max(end, range.upperBound)
        }
        ranges.removeAll()
        func cluster(_ span: TaggedSpan) -> Int {
            // The last cluster starting at or before the span.
            var low = 0, high = clusterStarts.count
            while low < high {
                let mid = (low + high) / 2
                if clusterStarts[mid] <= span.tokens.lowerBound { low = mid + 1 } else { high = mid }
            }
            return low - 1
        }
        // Each list grouped by cluster, in its own order within a cluster (a counting sort),
        // so that a document costs a few arrays, not two per cluster.
        let byCluster = { (spans: [TaggedSpan]) -> (spans: [TaggedSpan], starts: [Int]) in
            var starts = [Int](repeating: 0, count: clusterStarts.count + 1)
            let ids = spans.map(cluster)
            for id in ids { starts[id + 1] += 1 }
            for c in clusterStarts.indices { starts[c + 1] += starts[c] }
            var next = starts
            var grouped = spans
            for (k, id) in ids.enumerated() {
                grouped[next[id]] = spans[k]
                next[id] += 1
            }
            return (grouped, starts)
        }
        let (taggedBy, taggedStarts) = byCluster(tagged)
        let (addedBy, addedStarts) = byCluster(added)
        var result: [TaggedSpan] = []
        result.reserveCapacity(tagged.count + added.count)
        for c in clusterStarts.indices {
            let t = taggedBy[taggedStarts[c]..<taggedStarts[c + 1]], a = addedBy[addedStarts[c]..<addedStarts[c + 1]]
            // A span alone in its cluster stays as it is.
            if t.count + a.count == 1 {
                result.append(t.first ?? a[a.startIndex])
            } else {
                result += mergeCluster(Array(t), Array(a))
            }
        }
        return result
    }

    /// ``merge(_:_:)`` over the spans of one cluster. O(spans²), spans of one cluster only.
    func mergeCluster(_ tagged: [TaggedSpan], _ added: [TaggedSpan]) -> [TaggedSpan] {
        var result = tagged
        for span in added {
            if result.contains(where: { $0.tokens.lowerBound <= span.tokens.lowerBound && span.tokens.upperBound <= $0.tokens.upperBound
                                        && ($0.type == span.type || $0.type == .organization) }) {
                continue
            }
            // Do not cut into a person.
            if result.contains(where: { $0.type == .person && $0.tokens.overlaps(span.tokens) }) { continue }
            if span.type == .location {
                // A region replaces the places inside it ("Вологодская" tagged alone).
                let inside: (TaggedSpan) -> Bool = { $0.tokens.lowerBound >= span.tokens.lowerBound && $0.tokens.upperBound <= span.tokens.upperBound }
                if result.contains(where: { $0.tokens.overlaps(span.tokens) && !($0.type == .location && inside($0)) }) { continue }
                result.removeAll { $0.type == .location && inside($0) }
                result.append(span)
                continue
            }
            var merged = span
            result.removeAll { other in
                guard other.tokens.overlaps(merged.tokens) else { return false }
                if other.type == .organization {
                    merged.tokens = min(other.tokens.lowerBound, merged.tokens.lowerBound)..<max(other.tokens.upperBound, merged.tokens.upperBound)
                }
                return true
            }
            result.append(merged)
        }
        // Places inside organizations are part of their names.
        let organizations = result.filter { $0.type == .organization }
        result.removeAll { span in
            span.type != .organization && organizations.contains {
                $0.tokens.lowerBound <= span.tokens.lowerBound && span.tokens.upperBound <= $0.tokens.upperBound
            }
        }
        result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // No overlaps: keep the earlier span.
        var clean: [TaggedSpan] = []
        for span in result {
            if let last = clean.last, last.tokens.overlaps(span.tokens) { continue }
            clean.append(span)
        }
        return clean
    }

    // MARK: - Word tests

    func isWord(_ i: Int, _ word: String) -> Bool {
        document.tokens[i].kind == .word && document.tokens[i].byteCount == word.utf8.count
            && MatchKey.of(String(decoding: UnsafeBufferPointer(rebasing: document.bytes[document.tokens[i].byteRange]), as: UTF8.self)) == word
    }

    func isGenitive(_ tag: MorphTag) -> Bool { tag.case == .genitive || tag.case == .genitive2 }

    func isGenitiveNoun(_ i: Int) -> Bool {
        guard i < analyses.count, document.tokens[i].kind == .word else { return false }
        let tag = analyses[i].tag
        return tag.partOfSpeech == .noun && isGenitive(tag)
    }

    func isGenitiveModifier(_ i: Int) -> Bool {
        guard i < analyses.count, document.tokens[i].kind == .word else { return false }
        let tag = analyses[i].tag
        return (tag.partOfSpeech == .adjective || tag.partOfSpeech == .participle) && isGenitive(tag)
    }

    func isLowercaseModifier(_ i: Int, agreeingWith head: Int) -> Bool {
        guard i < analyses.count, head < analyses.count, document.tokens[i].kind == .word,
              !document.tokens[i].flags.contains(.capitalized) else { return false }
        let tag = analyses[i].tag
        // Relative adjectives ("областной", "городской"), not qualities ("новом").
        guard tag.partOfSpeech == .adjective, !tag.grammemes.contains(.qualitative) else { return false }
        return tag.case == analyses[head].tag.case
    }

    func isPersonName(_ i: Int) -> Bool {
        guard i < analyses.count else { return false }
        let tag = analyses[i].tag
        return tag.isFirstName || tag.isSurname || tag.isPatronymic || document.tokens[i].flags.contains(.initial)
    }
}
