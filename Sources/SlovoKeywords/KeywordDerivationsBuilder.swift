import SlovoMorphology
import SlovoText

/// Finds adjectives derived from nouns in a corpus, for ``KeywordDerivations``.
///
/// It counts the lemmas of nouns and of adjectives in the documents given, then pairs an
/// adjective with a noun when the adjective is the noun's stem plus a derivational suffix,
/// allowing the usual alternations at the stem's end: "калуг-а" / "калуж-ский" (г/ж),
/// "вологд-а" / "вологод-ский" (a vowel inserted), "росси-я" / "росси-йский",
/// "экономик-а" / "экономич-еский" (к/ч). Two kinds of pairs are kept:
///
/// - a place name and its "-ский" adjective ("Калуга", "Вологда", "Россия", "Европа");
/// - a noun and its "-ический"/"-ческий" adjective ("экономика", "история", "экология").
///
/// An adjective much more frequent than its noun is left out (it has a life of its own:
/// "русский" is not about "Русь"). When several nouns fit, the most frequent wins (ties by
/// text). The result does not depend on the order of the documents.
public struct KeywordDerivationsBuilder {
    let lexicon: Lexicon
    var adjectives: [String: Int] = [:]
    var nouns: [String: Int] = [:]
    var places: Set<String> = []
    var lemma: [UInt8] = []

    /// A builder over `lexicon`.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Counts the noun and adjective lemmas of one document (one analysis per token).
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], morphology: WordAnalysisList) {
        guard morphology.count == tokens.count else { return }
        for (k, token) in tokens.enumerated() where token.kind == .word {
            let a = morphology[k]
            let tag = a.tag
            let isNoun = tag.partOfSpeech == .noun && !tag.isFirstName && !tag.isSurname && !tag.isPatronymic
                && !tag.isAbbreviation
            let isAdjective = tag.partOfSpeech == .adjective && !tag.grammemes.contains(.pronominal)
            guard (isNoun || isAdjective), a.method == .dictionary else { continue }
            lemma.removeAll(keepingCapacity: true)
            lexicon.appendLemma(of: a, to: &lemma)
            let text = String(String(decoding: lemma, as: UTF8.self).map { $0 == "ё" ? "е" : $0 })
            if isNoun {
                nouns[text, default: 0] += 1
                if tag.isToponym { places.insert(text) }
            } else {
                adjectives[text, default: 0] += 1
            }
        }
    }

    /// Adjective suffixes of place names and of other nouns.
    static let placeSuffixes = ["ский", "йский", "ийский", "анский", "янский", "инский", "нский", "енский",
                                "ейский", "цкий"]
    static let relationalSuffixes = ["ический", "ческий", "еский"]

    /// The pairs, sorted by adjective: lemmas seen at least `minimumCount` times, adjectives at
    /// most `maximumRatio` times as frequent as their noun. Place names are capitalized.
    /// O(nouns + adjectives × suffixes).
    public func pairs(minimumCount: Int = 3, maximumRatio: Double = 5) -> [(adjective: String, noun: String)] {
        // Every stem a noun's adjective may start with -> the nouns.
        var stems: [String: [String]] = [:]
        for (noun, count) in nouns where count >= minimumCount && noun.count >= 3 {
            for stem in Self.stems(of: noun) { stems[stem, default: []].append(noun) }
        }
        var result: [(adjective: String, noun: String)] = []
        for (adjective, count) in adjectives where count >= minimumCount {
            var best: String?
            for suffix in Self.placeSuffixes + Self.relationalSuffixes where adjective.hasSuffix(suffix) {
                let stem = String(adjective.dropLast(suffix.count))
                guard stem.count >= 3, let candidates = stems[stem] else { continue }
                let relational = Self.relationalSuffixes.contains(suffix)
                for noun in candidates where relational || places.contains(noun) {
                    let nounCount = nouns[noun] ?? 0
                    guard Double(count) <= maximumRatio * Double(nounCount) else { continue }
                    if let b = best {
                        let bestCount = nouns[b] ?? 0
                        if nounCount < bestCount || (nounCount == bestCount && noun >= b) { continue }
                    }
                    best = noun
                }
            }
            if let noun = best { result.append((adjective, places.contains(noun) ? Self.capitalized(noun) : noun)) }
        }
        return result.sorted { $0.adjective < $1.adjective }
    }

    /// The file's text: a comment line, then "adjective<TAB>noun" lines.
    public func tsv(minimumCount: Int = 3, maximumRatio: Double = 5) -> String {
        var out = "# adjective lemma\tthe noun it is derived from (slovo-train keyword-background)\n"
        for (adjective, noun) in pairs(minimumCount: minimumCount, maximumRatio: maximumRatio) {
            out += adjective + "\t" + noun + "\n"
        }
        return out
    }

    /// The stems an adjective of `noun` may be built on: the noun without its final vowel (or
    /// soft sign, or й), that stem with its last consonant alternated (г/ж, к/ч, к/ц, х/ш,
    /// ц/ч), and with "о" or "е" put before a final consonant cluster ("вологд" -> "вологод").
    static func stems(of noun: String) -> [String] {
        var base = noun
        if let last = base.last, "аяоеьйыиу".contains(last) { base.removeLast() }
        guard base.count >= 2 else { return [] }
        var result = [base]
        let last = base.last!
        let alternations: [Character: [Character]] = ["г": ["ж"], "к": ["ч", "ц"], "х": ["ш"], "ц": ["ч"]]
        for replacement in alternations[last] ?? [] { result.append(String(base.dropLast()) + String(replacement)) }
        let vowels = "аяоеёиыуюэ"
        let chars = Array(base)
        if chars.count >= 3, !vowels.contains(chars[chars.count - 1]), !vowels.contains(chars[chars.count - 2]) {
            for vowel in ["о", "е"] {
                result.append(String(chars.dropLast()) + vowel + String(chars.last!))
            }
        }
        return result
    }

    static func capitalized(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return first.uppercased() + noun.dropFirst()
    }
}
