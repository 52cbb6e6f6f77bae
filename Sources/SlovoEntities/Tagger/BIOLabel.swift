/// Token labels of the sequence tagger: outside, or the beginning or inside of an entity of a
/// type. Raw values index the model's weight rows.
enum BIOLabel: Int, CaseIterable {
    case outside = 0
    case beginPerson, insidePerson, beginOrganization, insideOrganization, beginLocation, insideLocation

    static let count = 7

    /// The entity type, or nil for `outside`.
    var type: EntityType? {
        switch self {
        case .outside: return nil
        case .beginPerson, .insidePerson: return .person
        case .beginOrganization, .insideOrganization: return .organization
        case .beginLocation, .insideLocation: return .location
        }
    }

    var isInside: Bool { self == .insidePerson || self == .insideOrganization || self == .insideLocation }

    static func begin(_ type: EntityType) -> BIOLabel {
        switch type {
        case .person: return .beginPerson
        case .organization: return .beginOrganization
        case .location: return .beginLocation
        }
    }

    static func inside(_ type: EntityType) -> BIOLabel {
        switch type {
        case .person: return .insidePerson
        case .organization: return .insideOrganization
        case .location: return .insideLocation
        }
    }

    /// BIO well-formedness: an inside label follows the beginning or inside of the same type.
    static func allowed(from previous: BIOLabel?, to next: BIOLabel) -> Bool {
        guard next.isInside else { return true }
        guard let previous, let type = previous.type else { return false }
        return type == next.type
    }
}
