import SlovoText

/// One mention of an entity in a text.
public struct EntityMention: Sendable, Hashable {
    /// Person, organization or place.
    public var type: EntityType
    /// For places: city, region, country or other.
    public var subtype: PlaceSubtype?
    /// The tokens of the mention (indices into the analysis's tokens).
    public var tokens: Range<Int>
    /// UTF-8 byte offset of the mention's first byte in the original text.
    public var start: Int32
    /// UTF-8 byte offset just past the mention's last byte.
    public var end: Int32
    /// The normal form: nominative, agreeing words inflected ("Алексей Петрович Логанцов").
    public var normal: String
    /// True for an adjective derived from a place ("калужский", "российских"): a reference to
    /// the place (``place``), not a mention of it. Left out of ``EntityMentions/mentions``.
    public var isReference: Bool
    /// The known place this mention names or refers to ("Калуга"), when the gazetteer knows it.
    public var place: String?
    /// The tokens of the name alone, without a type word before it: "«Бизнес-софт»" in
    /// "компания «Бизнес-софт»" (equal to ``tokens`` when there is no type word).
    public var nameTokens: Range<Int>
    /// For people: first name, patronymic, surname and gender.
    public var person: PersonName?

    /// Creates a mention.
    public init(type: EntityType, subtype: PlaceSubtype? = nil, tokens: Range<Int>, start: Int32, end: Int32,
                normal: String, isReference: Bool = false, place: String? = nil, nameTokens: Range<Int>? = nil) {
        self.type = type
        self.subtype = subtype
        self.tokens = tokens
        self.start = start
        self.end = end
        self.normal = normal
        self.isReference = isReference
        self.place = place
        self.nameTokens = nameTokens ?? tokens
    }

    /// The byte range in the original text.
    public var byteRange: Range<Int> { Int(start)..<Int(end) }
}
