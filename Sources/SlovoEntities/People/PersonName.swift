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

    /// The length of ``fullName`` in Unicode scalars (its characters, for names in composed
    /// form), found without making it: the measure by which one name of a person is fuller
    /// than another. O(length).
    var fullNameLength: Int {
        var length = -1
        if let first { length += first.unicodeScalars.count + 1 }
        if let middle { length += middle.unicodeScalars.count + 1 }
        if let last { length += last.unicodeScalars.count + 1 }
        return max(length, 0)
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
