import SlovoText

/// A known place: its Russian name (nominative), what kind of place it is, and its country
/// and population (for cities).
public struct Place: Sendable, Hashable {
    /// The name as listed (possibly another name of the place: "РФ", "Питер").
    public var name: String
    /// The place's main name ("Россия", "Санкт-Петербург").
    public var canonicalName: String
    /// City, region, country or other.
    public var subtype: PlaceSubtype
    /// ISO 3166 country code ("RU"), empty when unknown.
    public var country: String
    /// Population (cities and countries; 0 when unknown).
    public var population: Int
}

/// Countries, cities and regions from `Dictionaries/places.tsv`, matched in any case form by
/// the stems of their words ("в Калуге", "Нижнем Новгороде").
///
/// Loading tokenizes and stems every name once (about 7,000 names: a few milliseconds); lookups
/// are hash probes. Immutable and shared by all threads.
public final class PlaceGazetteer: Sendable {
    /// All places, in file order.
    public let places: [Place]
    let index: [UInt64: [Int32]]
    let longestName: Int
    /// Stem and lemma keys of the first word of every name, with the longest name starting
    /// with it (in words): most tokens start no name and cost one probe here.
    let firstWords: [UInt64: Int]

    /// A match: tokens `tokens` name the places `places` (several when a name is ambiguous,
    /// e.g. a city and a region).
    struct Match {
        var tokens: Range<Int>
        var places: [Int32]
    }

    /// Reads the tab-separated file `name, kind, country, population, geonameid`.
    public init(tsv: String) throws(EntityDataError) {
        var places: [Place] = []
        var index: [UInt64: [Int32]] = [:]
        var longest = 1
        var firstWords: [UInt64: Int] = [:]
        index.reserveCapacity(16_384)
        firstWords.reserveCapacity(16_384)
        let tokenizer = Tokenizer()
        var lineNumber = 0
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            if line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(Substring($0)) }
            guard fields.count >= 4, let subtype = PlaceSubtype(name: fields[1]) else {
                throw EntityDataError(message: "places.tsv:\(lineNumber): expected name, kind, country, population")
            }
            let canonical = fields.count >= 6 && !fields[5].isEmpty ? fields[5] : fields[0]
            let place = Place(name: fields[0], canonicalName: canonical, subtype: subtype,
                              country: fields[2], population: Int(fields[3]) ?? 0)
            var name = place.name
            let (stems, lemmas): ([UInt64], [UInt64]) = name.withUTF8 { bytes in
                let tokens = tokenizer.tokenize(bytes)
                return (StemKeys.compute(bytes, tokens), PlaceGazetteer.nameLemmaKeys(bytes, tokens))
            }
            guard !stems.isEmpty else { continue }
            longest = max(longest, stems.count)
            firstWords[stems[0]] = max(firstWords[stems[0]] ?? 0, stems.count)
            if let first = lemmas.first { firstWords[first] = max(firstWords[first] ?? 0, lemmas.count) }
            let id = Int32(places.count)
            index[StemKeys.phrase(stems[...]), default: []].append(id)
            let lemmaPhrase = StemKeys.phrase(lemmas[...]) ^ PlaceGazetteer.lemmaPhraseSalt
            if index[lemmaPhrase]?.contains(id) != true { index[lemmaPhrase, default: []].append(id) }
            places.append(place)
        }
        self.places = places
        self.index = index
        self.longestName = longest
        self.firstWords = firstWords
    }

    /// Keeps lemma phrases apart from stem phrases in the one index.
    static let lemmaPhraseSalt: UInt64 = 0x9E6C_63D0_676A_9A99

    /// Lemma keys of a name's words: names are written in the nominative, so each word's
    /// matching key is its lemma (the lexicon's lemma of "Милане" is "милан", whose Snowball
    /// stem "мила" differs from that of "Милане", "милан").
    static func nameLemmaKeys(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> [UInt64] {
        var scratch = [UInt8](repeating: 0, count: MatchKey.capacity(for: 256))
        return tokens.map { token in
            scratch.withUnsafeMutableBufferPointer { out in
                let length = min(token.byteCount, 256)
                let n = MatchKey.write(bytes, Int(token.start)..<(Int(token.start) + length), into: out.baseAddress!)
                return LemmaKey.hash(UnsafeBufferPointer(rebasing: out[0..<n]))
            }
        }
    }

    /// Longest matches, left to right, non-overlapping, over a document's stem keys and lemma
    /// keys (a phrase matches when all its stems, or all its lemmas, match a name). Matches
    /// must start and end on word tokens. O(tokens) probes of the first-word table, and
    /// O(longest name) phrase probes at tokens that start a name.
    /// `longest[i]` is the most words of a name token `i` can start (from ``firstWords``).
    func matches(keys: [UInt64], lemmaKeys: [UInt64], longest: [UInt8], tokens: [Token]) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            let longestHere = Int(longest[i])
            guard longestHere > 0 else { i += 1; continue }
            var found: Match? = nil
            var length = min(longestHere, tokens.count - i)
            while length >= 1 {
                let end = i + length
                if tokens[end - 1].kind == .word {
                    if let hit = index[StemKeys.phrase(keys[i..<end])] ?? index[StemKeys.phrase(lemmaKeys[i..<end]) ^ PlaceGazetteer.lemmaPhraseSalt] {
                        found = Match(tokens: i..<end, places: hit)
                        break
                    }
                }
                length -= 1
            }
            if let found {
                result.append(found)
                i = found.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }
}

extension PlaceSubtype {
    /// Parses "city", "region", "country", "other".
    init?(name: String) {
        switch name {
        case "city": self = .city
        case "region": self = .region
        case "country": self = .country
        case "other": self = .other
        default: return nil
        }
    }
}
