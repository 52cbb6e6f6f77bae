/// The parts of a person's name in the nominative, and the person's gender when known.
public struct PersonName: Sendable, Hashable {
    /// Gender of a person.
    public enum Gender: String, Sendable, Hashable {
        /// A man.
        case male
        /// A woman.
        case female
    }

    /// First name ("Алексей"), or an initial ("А.").
    public var first: String?
    /// Patronymic ("Петрович"), or a second initial ("П.").
    public var middle: String?
    /// Surname ("Логанцов"), or the one name of a person known by one ("Акихито").
    public var last: String?
    /// Gender, when the name or its agreement tells it.
    public var gender: Gender?

    /// Creates a name.
    public init(first: String? = nil, middle: String? = nil, last: String? = nil, gender: Gender? = nil) {
        self.first = first
        self.middle = middle
        self.last = last
        self.gender = gender
    }

    /// "First Middle Last", the parts that are known, separated by spaces. O(length).
    public var fullName: String {
        var out = ""
        var started = false
        for part in [first, middle, last] {
            guard let part else { continue }
            if started { out += " " }
            out += part
            started = true
        }
        return out
    }
}
