/// The grammatical description of one analysis: part of speech and grammemes.
///
/// ```swift
/// let tag = lexicon.analyses(of: "Калуге")[0].tag
/// tag.partOfSpeech      // .noun
/// tag.case              // .dative (or .prepositional: the word alone is ambiguous)
/// tag.isToponym         // true
/// tag.description       // "NOUN,inan,femn,Sgtm,Geox,sing,datv"
/// ```
/// 24 bytes, no allocation; every accessor is O(1).
public struct MorphTag: Sendable, Hashable, CustomStringConvertible {
    /// The part of speech.
    public var partOfSpeech: PartOfSpeech
    /// Every other grammeme.
    public var grammemes: GrammemeSet

    /// A tag from its parts.
    @inlinable public init(_ partOfSpeech: PartOfSpeech, _ grammemes: GrammemeSet = []) {
        self.partOfSpeech = partOfSpeech
        self.grammemes = grammemes
    }

    /// Case: nominative, genitive, dative, accusative, instrumental, prepositional, vocative,
    /// or the second genitive / accusative / locative.
    public var `case`: Grammeme? { grammemes.first(in: Grammeme.cases) }
    /// Number: singular or plural.
    public var number: Grammeme? { grammemes.first(in: Grammeme.numbers) }
    /// Gender: masculine, feminine, neuter or common.
    public var gender: Grammeme? { grammemes.first(in: Grammeme.genders) }
    /// Animacy: animate or inanimate.
    public var animacy: Grammeme? { grammemes.first(in: Grammeme.animacies) }
    /// Aspect: perfective or imperfective.
    public var aspect: Grammeme? { grammemes.first(in: Grammeme.aspects) }
    /// Person: first, second, third.
    public var person: Grammeme? { grammemes.first(in: Grammeme.persons) }
    /// Tense: present, past, future.
    public var tense: Grammeme? { grammemes.first(in: Grammeme.tenses) }
    /// Mood: indicative or imperative.
    public var mood: Grammeme? { grammemes.first(in: Grammeme.moods) }
    /// Voice: active or passive.
    public var voice: Grammeme? { grammemes.first(in: Grammeme.voices) }
    /// Transitivity: transitive or intransitive.
    public var transitivity: Grammeme? { grammemes.first(in: Grammeme.transitivities) }

    /// A first name ("Алексей", "Наталья").
    public var isFirstName: Bool { grammemes.contains(.firstName) }
    /// A surname ("Логанцов", "Перфильева").
    public var isSurname: Bool { grammemes.contains(.surname) }
    /// A patronymic ("Петрович").
    public var isPatronymic: Bool { grammemes.contains(.patronymic) }
    /// A place name ("Калуга").
    public var isToponym: Bool { grammemes.contains(.toponym) }
    /// An organization's name ("Газпром").
    public var isOrganization: Bool { grammemes.contains(.organization) }
    /// An abbreviation ("МИД", "РФ").
    public var isAbbreviation: Bool { grammemes.contains(.abbreviation) }
    /// An initial ("А.").
    public var isInitial: Bool { grammemes.contains(.initial) }
    /// Any proper-name tag (first name, surname, patronymic, place, organization, trademark).
    public var isProperName: Bool { grammemes.intersects(Grammeme.properNames) }

    /// Whether the tag has every grammeme of `required`. O(1).
    @inlinable public func contains(_ required: GrammemeSet) -> Bool { grammemes.isSuperset(of: required) }

    /// OpenCorpora's notation: part of speech then grammemes, comma-separated
    /// ("NOUN,anim,masc,Surn,sing,gent").
    public var description: String {
        grammemes.isEmpty ? partOfSpeech.openCorporaName
            : partOfSpeech.openCorporaName + "," + grammemes.description
    }

    /// Appends ``description`` as UTF-8 to `out`, with no `String` made on the way (for
    /// writers of a tag per token). O(grammemes).
    public func appendDescription(to out: inout [UInt8]) {
        out.append(contentsOf: partOfSpeech.openCorporaName.utf8)
        for grammeme in grammemes {
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: grammeme.openCorporaName.utf8)
        }
    }
}

extension MorphTag {
    /// Whether this tag and `other` agree as an adjective and its noun (or two name parts) do:
    /// same case (the second genitive, accusative and locative counting as the main ones), same
    /// number, same gender in the singular, same animacy in the accusative; grammemes that
    /// either tag lacks do not count against. O(1).
    ///
    /// ```swift
    /// // "областной Корпорации": some pair of analyses agrees (feminine singular genitive...)
    /// ```
    public func agrees(with other: MorphTag) -> Bool { ContextRules.agrees(self, other) }
}
