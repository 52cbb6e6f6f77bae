/// The kinds of named entities Slovo finds.
public enum EntityType: UInt8, Sendable, CaseIterable, Hashable, CustomStringConvertible {
    /// A person: "Алексей Петрович Логанцов", "Логанцов А. П.".
    case person
    /// An organization: "Банк «Открытие»", "Правительство Вологодской области", "МИД".
    case organization
    /// A place: a city, a region, a country or another place.
    case location

    /// "PER", "ORG" or "LOC", as in the gold data and the JSON output.
    public var description: String {
        switch self {
        case .person: return "PER"
        case .organization: return "ORG"
        case .location: return "LOC"
        }
    }

    /// Parses "PER", "ORG", "LOC".
    public init?(code: String) {
        switch code {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        default: return nil
        }
    }
}

/// What kind of place a location is.
public enum PlaceSubtype: UInt8, Sendable, CaseIterable, Hashable, CustomStringConvertible {
    /// A city, town or village.
    case city
    /// A region of a country: a province, a state, an oblast, a republic of Russia.
    case region
    /// A country.
    case country
    /// Any other place: a continent, a river, a sea, a district, a building.
    case other

    /// "city", "region", "country", "other".
    public var description: String {
        switch self {
        case .city: return "city"
        case .region: return "region"
        case .country: return "country"
        case .other: return "other"
        }
    }
}
