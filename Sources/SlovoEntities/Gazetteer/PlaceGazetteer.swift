import SlovoMorphology
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
/// Loading tokenizes and stems every name once (about 5,300 names: about 7 ms); lookups are
/// hash probes. Immutable and shared by all threads.
public final class PlaceGazetteer: Sendable {
    /// All places, in file order.
    public let places: [Place]
    /// The subtype of each place (`places[i].subtype`), for the per-match loop that needs no
    /// more of a place.
    let subtypes: [PlaceSubtype]
    /// Phrase key -> where its places are in ``lists``: offset << 8 | count.
    let index: HashKeyTable<Int32>
    /// The places of each phrase key, one run per key, in file order.
    let lists: [Int32]
    let longestName: Int
    /// Stem and lemma keys of the first word of every name, with the longest name starting
    /// with it (in words): most tokens start no name and cost one probe here.
    let firstWords: [UInt64: Int]

    /// A match: tokens `tokens` name the places `places` (several when a name is ambiguous,
    /// e.g. a city and a region).
    struct Match {
        var tokens: Range<Int>
        var places: ArraySlice<Int32>
    }

    /// Reads the tab-separated file `name, kind, country, population, geonameid[, canonical]`
    /// (``places(tsv:)``) and indexes its places (``init(places:)``).
    public convenience init(tsv: String) throws(EntityDataError) {
        var tsv = tsv
        let parsed: Result<[Place], EntityDataError> = tsv.withUTF8 { bytes in
            do throws(EntityDataError) { return .success(try PlaceGazetteer.places(tsv: bytes)) } catch { return .failure(error) }
        }
        self.init(places: try parsed.get())
    }

    /// The places of a tab-separated file `name, kind, country, population, geonameid[,
    /// canonical]`, in file order; lines starting with "#" are comments. Throws on a line
    /// with fewer fields or an unknown kind, naming the line. One pass over the bytes.
    public static func places(tsv bytes: UnsafeBufferPointer<UInt8>) throws(EntityDataError) -> [Place] {
        var places: [Place] = []
        places.reserveCapacity(8_192)
        var fields: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for k in lineStart...lineEnd where k == lineEnd || bytes[k] == UInt8(ascii: "\t") {
                fields.append(fieldStart..<k)
                fieldStart = k + 1
            }
            func text(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[k]]), as: UTF8.self) }
            guard fields.count >= 4, let subtype = PlaceSubtype(name: text(1)) else {
                throw EntityDataError(message: "places.tsv:\(lineNumber): expected name, kind, country, population")
            }
            let name = text(0)
            let canonical = fields.count >= 6 && !fields[5].isEmpty ? text(5) : name
            places.append(Place(name: name, canonicalName: canonical, subtype: subtype,
                                country: text(2), population: Int(text(3)) ?? 0))
        }
        return places
    }

    /// Indexes places by the stems and by the lemmas of their names' words. The token, key
    /// and scratch buffers are reused from name to name. A name without tokens is kept in
    /// ``places`` but matches nothing.
    public init(places: [Place]) {
        // (phrase key, place) in the order found; grouped by key below.
        var entries: [(key: UInt64, place: Int32)] = []
        entries.reserveCapacity(places.count * 2)
        var firstWords: [UInt64: Int] = [:]
        var longest = 1
        firstWords.reserveCapacity(16_384)
        let tokenizer = Tokenizer()
        let stemmer = RussianStemmer()
        var tokens: [Token] = []
        var stems: [UInt64] = [], lemmas: [UInt64] = []
        var scratch = [UInt8](repeating: 0, count: MatchKey.capacity(for: 256))
        for (i, place) in places.enumerated() {
            var name = place.name
            name.withUTF8 { nameBytes in
                tokens.removeAll(keepingCapacity: true)
                tokenizer.tokenize(nameBytes, into: &tokens)
                stems.removeAll(keepingCapacity: true)
                lemmas.removeAll(keepingCapacity: true)
                scratch.withUnsafeMutableBufferPointer { out in
                    for token in tokens {
                        stems.append(StemKeys.key(nameBytes, token, stemmer: stemmer, scratch: out))
                        lemmas.append(PlaceGazetteer.lemmaKey(nameBytes, token, scratch: out))
                    }
                }
            }
            guard !stems.isEmpty else { continue }
            longest = max(longest, stems.count)
            firstWords[stems[0]] = max(firstWords[stems[0]] ?? 0, stems.count)
            firstWords[lemmas[0]] = max(firstWords[lemmas[0]] ?? 0, lemmas.count)
            let id = Int32(i)
            let stemPhrase = StemKeys.phrase(stems[...])
            entries.append((stemPhrase, id))
            let lemmaPhrase = StemKeys.phrase(lemmas[...]) ^ PlaceGazetteer.lemmaPhraseSalt
            if lemmaPhrase != stemPhrase { entries.append((lemmaPhrase, id)) }
        }
        // Group by key; within a key, places stay in the order found (the sort is stable).
        entries.sort { $0.key < $1.key }
        var index = HashKeyTable(minimumCapacity: entries.count, filler: Int32(0))
        var lists: [Int32] = []
        lists.reserveCapacity(entries.count)
        var run = 0
        while run < entries.count {
            let key = entries[run].key
            let offset = lists.count
            var k = run
            while k < entries.count && entries[k].key == key {
                if lists.count == offset || lists.last != entries[k].place { lists.append(entries[k].place) }
                k += 1
            }
            index[key] = Int32(offset << 8 | min(lists.count - offset, 255))
            run = k
        }
        self.places = places
        self.subtypes = places.map(\.subtype)
        self.index = index
        self.lists = lists
        self.longestName = longest
        self.firstWords = firstWords
    }

    /// Keeps lemma phrases apart from stem phrases in the one index.
    static let lemmaPhraseSalt: UInt64 = 0x9E6C_63D0_676A_9A99

    /// The lemma key of a name's word: names are written in the nominative, so each word's
    /// matching key is its lemma (the lexicon's lemma of "Милане" is "милан", whose Snowball
    /// stem "мила" differs from that of "Милане", "милан").
    static func lemmaKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, scratch: UnsafeMutableBufferPointer<UInt8>) -> UInt64 {
        let length = min(token.byteCount, 256)
        let n = MatchKey.write(bytes, Int(token.start)..<(Int(token.start) + length), into: scratch.baseAddress!)
        return LemmaKey.hash(UnsafeBufferPointer(rebasing: scratch[0..<n]))
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
                        let offset = Int(hit >> 8), count = Int(hit & 0xFF)
                        found = Match(tokens: i..<end, places: lists[offset..<(offset + count)])
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
