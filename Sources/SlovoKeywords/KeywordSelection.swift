import SlovoEntities
import SlovoMorphology
import SlovoText

/// Picks the keywords from scored candidates: the best, in order, get their normal form until
/// there are enough. A word is shown as the phrase that stands for it (``expansions()``): a
/// surname as the person's full name, a noun as the adjective + noun phrase that holds most of
/// its occurrences ("игры" as "Олимпийские игры"). Candidates whose normal forms read the same
/// (case and ё aside) are merged into the better one; a word is dropped when a better-ranked
/// phrase holds it and it seldom occurs outside that phrase; the rest are ordered by score, ties
/// by text, and cut to the extractor's count and to those scoring at least
/// ``KeywordWeights/minScore`` of the best. O(c log c) for c candidates.
struct KeywordSelection {
    let extractor: KeywordExtractor
    let table: CandidateTable
    let source: KeywordSource
    let title: KeywordSource?

    /// A keyword being chosen: the candidate that gives its score and occurrences, the one whose
    /// words are shown, and its text.
    struct Pick {
        var candidate: Int
        var shown: Int
        var text: String
        var folded: String
    }

    /// The indices of the `k` best candidates, best first: higher score, then lower key (keys
    /// are distinct, so the order is total and the result is the first `k` of a full sort).
    /// O(n) when few candidates enter the pool, O(n·k) at worst; `k` is a few dozen.
    static func best(_ candidates: [Candidate], _ k: Int) -> [Int] {
        @inline(__always) func better(_ a: Int, _ b: Int) -> Bool {
            let x = candidates[a].score, y = candidates[b].score
            return x != y ? x > y : candidates[a].key < candidates[b].key
        }
        var pool: [Int] = []
        pool.reserveCapacity(k + 1)
        guard k > 0 else { return pool }
        for c in candidates.indices {
            if pool.count == k, !better(c, pool[k - 1]) { continue }
            var at = pool.count
            while at > 0 && better(c, pool[at - 1]) { at -= 1 }
            pool.insert(c, at: at)
            if pool.count > k { pool.removeLast() }
        }
        return pool
    }

    func select() -> [Keyword] {
        let candidates = table.candidates
        guard !candidates.isEmpty else { return [] }
        let poolSize = extractor.count * 3 + 10
        let pool = KeywordSelection.best(candidates, poolSize)
        let expansions = self.expansions()
        // Capitalization of the words that may be shown.
        var wanted: [UInt64] = []
        func want(_ shown: Int) {
            let (range, origin) = representative(candidates[shown])
            for k in range { wanted.append(origin.words[k].key) }
        }
        for c in pool {
            want(c)
            want(expansions[c] >= 0 ? Int(expansions[c]) : c)
        }
        let votes = CapitalizationVotes(wanted: wanted, source: source)
        let forms = KeywordNormalForm(normalizer: PhraseNormalizer(lexicon: extractor.lexicon))
        var picked: [Pick] = []
        for c in pool {
            // Enough: the rest score lower (those that tie with the last one are still taken, so
            // that ties are broken by text).
            if picked.count >= extractor.count, let last = picked.last,
               candidates[c].score < candidates[last.candidate].score {
                break
            }
            let candidate = candidates[c]
            var shown = c
            if candidate.words == 1, expansions[c] >= 0 {
                let phrase = Int(expansions[c])
                // Its phrase is already there: nothing to add.
                if picked.contains(where: { $0.shown == phrase }) { continue }
                shown = phrase
            } else if picked.contains(where: { $0.shown == c }) {
                continue
            }
            // (Checked before the normal form, which costs more.)
            if isContained(candidate, in: picked.map(\.shown)) { continue }
            let text = normalForm(candidates[shown], forms: forms, votes: votes)
            let folded = MatchKey.of(text)
            if folded.isEmpty || picked.contains(where: { $0.folded == folded }) { continue }
            // A word picked before that occurs mostly inside this phrase gives its place to it.
            if extractor.weights.replaceContained > 0, candidate.words > 1,
               let j = picked.firstIndex(where: {
                   candidates[$0.shown].words == 1 && contains(candidate, candidates[$0.shown])
               }) {
                picked[j].shown = shown
                picked[j].text = text
                picked[j].folded = folded
                continue
            }
            picked.append(Pick(candidate: c, shown: shown, text: text, folded: folded))
        }
        picked.sort { a, b in
            let x = candidates[a.candidate].score, y = candidates[b.candidate].score
            return x != y ? x > y : a.text < b.text
        }
        let best = max(candidates[picked.first?.candidate ?? 0].score, .leastNonzeroMagnitude)
        let minimum = extractor.weights.minScore * best
        let top = picked.prefix(extractor.count).prefix { candidates[$0.candidate].score >= minimum }
        return top.map { item in
            let candidate = candidates[item.candidate]
            let shown = candidates[item.shown]
            return Keyword(text: item.text, score: min(1, max(0, candidate.score / best)),
                           occurrences: occurrences(candidate, derived: candidate.derivedOnly), key: shown.key,
                           isProperName: isProper(shown), entityType: entityType(shown) ?? entityType(candidate))
        }
    }

    /// For a one-word candidate, the longer candidate shown in its place (by index): for a
    /// surname, the most frequent chain of a first name and that surname ("Дональд Трамп");
    /// for a noun, an adjective + noun phrase holding at least ``KeywordWeights/absorb`` of its
    /// occurrences ("Олимпийские игры"), or an organization's or place's name headed by it
    /// holding at least ``KeywordWeights/absorbName`` of them ("Корпорация развития").
    /// Ties: more occurrences, fewer words, lower key. Indexed by candidate: the phrase's
    /// index, or -1. O(c log c), no hashing: the candidates are sorted by key, so a word's
    /// candidate is found by binary search.
    func expansions() -> [Int32] {
        let candidates = table.candidates
        let weights = extractor.weights
        var result = [Int32](repeating: -1, count: candidates.count)
        func better(_ a: Int, than b: Int) -> Bool {
            let x = candidates[a], y = candidates[b]
            if x.count + x.titleCount != y.count + y.titleCount { return x.count + x.titleCount > y.count + y.titleCount }
            if x.words != y.words { return x.words < y.words }
            return x.key < y.key
        }
        for (index, c) in candidates.enumerated() where c.words > 1 {
            let (range, origin) = representative(c)
            // The phrase's words (its word tokens): how many, the first, the last, the first
            // noun, and whether one is a given name.
            var wordCount = 0, first = -1, last = -1, head = -1
            var hasGivenName = false
            for k in range where origin.tokens[k].kind == .word {
                if first < 0 { first = k }
                last = k
                wordCount += 1
                if head < 0 && origin.words[k].role == .noun { head = k }
                if origin.words[k].traits.contains(.givenName) { hasGivenName = true }
            }
            guard last >= 0, head >= 0 else { continue }
            let total = Double(c.count + c.titleCount)
            var target: UInt64?
            let surname = origin.words[last]
            if weights.fullNames > 0, !c.kind.isDisjoint(with: [.name, .person]),
               surname.traits.contains(.namePart), !surname.traits.contains(.givenName), hasGivenName {
                target = surname.key
            } else if let j = candidateIndex(ofKey: origin.words[head].key), candidates[j].words == 1 {
                let alone = candidates[j].count + candidates[j].titleCount
                let adjectiveNoun = wordCount == 2 && origin.words[first].role == .modifier
                let name = !c.kind.isDisjoint(with: [.organization, .location])
                if (adjectiveNoun && total >= weights.absorb * Double(alone))
                    || (name && total >= weights.absorbName * Double(alone)) {
                    target = origin.words[head].key
                }
            }
            // Only a candidate can ask for its expansion: a key no candidate has is dropped.
            guard let key = target, let j = candidateIndex(ofKey: key) else { continue }
            if result[j] >= 0, !better(index, than: Int(result[j])) { continue }
            result[j] = Int32(index)
        }
        return result
    }

    /// The index of the candidate whose key is `key`, if any (the table's candidates are sorted
    /// by key, each key once). O(log c).
    func candidateIndex(ofKey key: UInt64) -> Int? {
        let candidates = table.candidates
        var low = 0, high = candidates.count
        while low < high {
            let mid = (low + high) >> 1
            if candidates[mid].key < key { low = mid + 1 } else { high = mid }
        }
        return low < candidates.count && candidates[low].key == key ? low : nil
    }

    /// The candidate's normal form; for a noun known only from adjectives derived from it, the
    /// noun as the derivations write it.
    func normalForm(_ candidate: Candidate, forms: KeywordNormalForm, votes: CapitalizationVotes) -> String {
        let (range, origin) = representative(candidate)
        if candidate.derivedOnly, range.count == 1, origin.words[range.lowerBound].derived >= 0 {
            return extractor.derivations.nouns[Int(origin.words[range.lowerBound].derived)]
        }
        return forms.text(range, in: origin, occurrences: occurrences(candidate, derived: false).map(\.tokens),
                          text: source, votes: votes)
    }

    /// The occurrence whose words are put into normal form: the first in the text that does not
    /// start a sentence (its capital letters mean something), else the first in the text, else
    /// the first in the title.
    /// O(occurrences), no allocation.
    func representative(_ candidate: Candidate) -> (Range<Int>, KeywordSource) {
        let all = table.occurrences[candidate.first..<(candidate.first + candidate.total)]
        func inText(_ o: CandidateOccurrence) -> Bool {
            !o.kind.contains(.title) && (candidate.derivedOnly || !o.kind.contains(.derived))
        }
        if let o = all.first(where: { inText($0) && !source.words[Int($0.start)].traits.contains(.sentenceStart) })
            ?? all.first(where: inText) {
            return (Int(o.start)..<Int(o.end), source)
        }
        let o = all.first { candidate.derivedOnly || !$0.kind.contains(.derived) } ?? all[all.startIndex]
        return (Int(o.start)..<Int(o.end), title ?? source)
    }

    /// Whether `candidate` (one word) occurs mostly inside one of the already picked phrases.
    func isContained(_ candidate: Candidate, in picked: [Int]) -> Bool {
        guard candidate.words == 1 else { return false }
        return picked.contains { contains(table.candidates[$0], candidate) }
    }

    /// Whether the one-word candidate `word` is a word of `phrase` and occurs outside it in
    /// fewer than ``KeywordWeights/containedShare`` of its occurrences.
    func contains(_ phrase: Candidate, _ word: Candidate) -> Bool {
        guard phrase.words > 1, word.words == 1 else { return false }
        let o = table.occurrences[phrase.first]
        let origin = o.kind.contains(.title) ? (title ?? source) : source
        guard (Int(o.start)..<Int(o.end)).contains(where: { origin.words[$0].key == word.key }) else { return false }
        let total = Double(word.count + word.titleCount)
        let alone = total - Double(phrase.count + phrase.titleCount)
        return alone < extractor.weights.containedShare * total
    }

    /// The candidate's occurrences in the text, with or without the derived adjectives.
    func occurrences(_ candidate: Candidate, derived: Bool = true) -> [KeywordOccurrence] {
        let all = table.occurrences[candidate.first..<(candidate.first + candidate.total)]
        var result: [KeywordOccurrence] = []
        result.reserveCapacity(all.count)
        for o in all where !o.kind.contains(.title) && (derived || !o.kind.contains(.derived)) {
            result.append(KeywordOccurrence(tokens: Int(o.start)..<Int(o.end), start: source.tokens[Int(o.start)].start,
                                            end: source.tokens[Int(o.end) - 1].end))
        }
        return result
    }

    func isProper(_ candidate: Candidate) -> Bool {
        if !candidate.kind.isDisjoint(with: [.name, .person, .organization, .location]) { return true }
        let (range, origin) = representative(candidate)
        if candidate.derivedOnly, range.count == 1, origin.words[range.lowerBound].derived >= 0 {
            return extractor.derivations.nouns[Int(origin.words[range.lowerBound].derived)].first?.isUppercase ?? false
        }
        return range.allSatisfy { k in
            let t = origin.words[k].traits
            return t.contains(.properName) || t.contains(.allCaps)
        }
    }

    func entityType(_ candidate: Candidate) -> EntityType? {
        if candidate.kind.contains(.person) { return .person }
        if candidate.kind.contains(.organization) { return .organization }
        if candidate.kind.contains(.location) { return .location }
        return nil
    }
}
