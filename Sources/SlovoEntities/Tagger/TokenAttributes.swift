import SlovoText

/// What the entity tagger knows of one token before looking at its neighbours: hashes of its
/// matching key and suffixes, its shape, its morphology and gazetteer hits. Computed once per
/// token, then read by the feature templates of the token and of its neighbours.
struct TokenAttributes {
    var key: UInt64 = 0
    var suffix2: UInt64 = 0
    var suffix3: UInt64 = 0
    var suffix4: UInt64 = 0
    var shape: UInt8 = 0
    /// Morphology: part of speech code (0 unknown), case code, proper-name flags, lemma hash.
    var pos: UInt8 = 0
    var grammaticalCase: UInt8 = 0
    var proper: ProperNameFlags = []
    var lemma: UInt64 = 0
    /// Gazetteer hits (see ``GazetteerHit``).
    var gazetteer: GazetteerHit = []
    var insideQuotes = false
    /// ``CaseProfile`` bin of the word.
    var caseBin: UInt8 = 0
}

/// Proper-name tags from the lexicon.
public struct ProperNameFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A first name ("Name").
    public static let firstName = ProperNameFlags(rawValue: 1)
    /// A surname ("Surn").
    public static let surname = ProperNameFlags(rawValue: 2)
    /// A patronymic ("Patr").
    public static let patronymic = ProperNameFlags(rawValue: 4)
    /// A toponym ("Geox").
    public static let toponym = ProperNameFlags(rawValue: 8)
    /// An organization ("Orgn").
    public static let organization = ProperNameFlags(rawValue: 16)
    /// An abbreviation ("Abbr").
    public static let abbreviation = ProperNameFlags(rawValue: 32)
    /// The word is in the lexicon (not predicted).
    public static let known = ProperNameFlags(rawValue: 64)
}

/// Gazetteer hits of a token: the first or a following word of a known place, an organization
/// type word ("банк", "министерство"), a title before names ("президент", "министр").
struct GazetteerHit: OptionSet {
    let rawValue: UInt16
    static let cityBegin = GazetteerHit(rawValue: 1 << 0)
    static let cityInside = GazetteerHit(rawValue: 1 << 1)
    static let countryBegin = GazetteerHit(rawValue: 1 << 2)
    static let countryInside = GazetteerHit(rawValue: 1 << 3)
    static let regionBegin = GazetteerHit(rawValue: 1 << 4)
    static let regionInside = GazetteerHit(rawValue: 1 << 5)
    static let organizationWord = GazetteerHit(rawValue: 1 << 6)
    static let personTitle = GazetteerHit(rawValue: 1 << 7)
    static let regionWord = GazetteerHit(rawValue: 1 << 8)
    static let knownOrganization = GazetteerHit(rawValue: 1 << 9)
    static let knownPerson = GazetteerHit(rawValue: 1 << 10)
}

/// Token shapes used as features.
enum TokenShapeClass {
    static func of(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let script: UInt8 = token.script == .latin ? 32 : (token.script == .cyrillic ? 0 : 64)
        switch token.kind {
        case .word:
            if token.flags.contains(.initial) { return 8 | script }
            if token.flags.contains(.abbreviation) { return 9 | script }
            if token.flags.contains(.allCaps) {
                return (UTF8Scanning.scalarCount(bytes, token.byteRange) <= 5 ? 3 : 17) | script
            }
            if token.flags.contains(.capitalized) {
                // One letter; or capitalized with more capitals later ("McDonald", "ВКонтакте").
                var letters = 0, upper = 0
                var i = Int(token.start)
                while i < Int(token.end) {
                    let (c, len) = UTF8Scanning.decode(bytes, at: i)
                    letters += 1
                    if CharClass.isUppercase(c) { upper += 1 }
                    if upper > 1 { return 5 | script }
                    i += len
                }
                if letters == 1 { return 4 | script }
                return (token.flags.contains(.hyphenated) ? 18 : 2) | script
            }
            return (token.flags.contains(.hyphenated) ? 19 : 1) | script
        case .number:
            return token.flags.contains(.hyphenated) ? 7 : 6
        case .punctuation:
            let (c, _) = UTF8Scanning.decode(bytes, at: Int(token.start))
            switch c {
            case 0xAB, 0x201E, 0x201C: return 10
            case 0xBB, 0x201D: return 11
            case 0x22: return 20
            case 0x2D, 0x2013, 0x2014: return 12
            case 0x2C: return 13
            case 0x2E, 0x21, 0x3F, 0x2026: return 14
            case 0x28: return 21
            case 0x29: return 22
            case 0x3A: return 23
            default: return 24
            }
        case .url, .email, .hashtag, .mention: return 15
        case .emoji, .symbol: return 16
        }
    }
}
