import Testing
@testable import SlovoEntities

/// The grouper hashes names' keys instead of building strings: plain names are lower-cased
/// byte by byte, others through `String` and NFC. Both ways must agree, and grouping must
/// treat names as `String` equality does.
struct EntityGrouperTests {
    /// Every scalar the byte-by-byte way handles, in both cases where it has them.
    static let plainScalars: [Unicode.Scalar] = ([0x20...0x7E, 0x400...0x45F].flatMap { $0 }
        + [0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2116])
        .map { Unicode.Scalar(UInt32($0))! }

    @Test func plainScalarsAreLowerCasedAsTheStringKeyDoes() {
        var keys = NameKeys()
        for scalar in Self.plainScalars {
            let name = "Ы" + String(scalar) + "z"
            #expect(NameKeys.plainLowercase(scalar.value) != nil)
            #expect(keys.hash(name) == NameKeys.slowHash(EntityGrouper.key(placeName: name)), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func personKeysAgreeWithTheStringWay() {
        var keys = NameKeys()
        for name in ["Логанцова", "Логанцов", "А.", "Ёлкин", "", "а", "IT", "Łukasz", "Сергеи\u{306}"] {
            #expect(keys.person(name) == NameKeys.slowPerson(EntityGrouper.key(placeName: name)), "\(name)")
        }
    }

    @Test func organizationWordsAgreeWithTheStringWay() {
        var keys = NameKeys()
        for name in ["вологодский Клуб IT-директоров", "региональный  клуб ИТ-директоров", "ООО «Ромашка»", "it", "Корпорация развития",
                     "малое  предприятие"] {
            var fast: [UInt64] = [], slow: [UInt64] = []
            let fastLeading = keys.organizationWords(name, into: &fast)
            let slowLeading = NameKeys.slowOrganizationWords(name, into: &slow)
            #expect(fast == slow && fastLeading == slowLeading, "\(name)")
        }
    }

    static func mention(_ type: EntityType, _ normal: String, at i: Int, person: PersonName? = nil) -> EntityMention {
        var m = EntityMention(type: type, tokens: i..<(i + normal.split(separator: " ").count), start: 0, end: 0, normal: normal)
        m.person = person
        return m
    }

    @Test func canonicallyEquivalentAndCaseVariantNamesAreOneEntity() {
        let groups = EntityGrouper.group([
            Self.mention(.organization, "ООО «Сергей»", at: 0),
            Self.mention(.organization, "ооо «СЕРГЕИ\u{306}»", at: 5),
            Self.mention(.location, "Ёлкино", at: 10),
            Self.mention(.location, "елкино", at: 12),
        ])
        #expect(groups.map(\.normal) == ["ООО «Сергей»", "Ёлкино"])
        #expect(groups.map(\.mentions) == [[0, 1], [2, 3]])
    }

    @Test func organizationsContainedInOthersMergeIntoTheLongest() {
        let groups = EntityGrouper.group([
            Self.mention(.organization, "Корпорация развития", at: 0),
            Self.mention(.person, "Логанцов", at: 3, person: PersonName(last: "Логанцов")),
            Self.mention(.organization, "областная Корпорация развития", at: 5),
            Self.mention(.organization, "Корпорация развития Вологодской области", at: 9),
            Self.mention(.organization, "Банк «Открытие»", at: 15),
        ])
        #expect(groups.map(\.normal) == ["Корпорация развития Вологодской области", "Логанцов", "Банк «Открытие»"])
        #expect(groups.map(\.mentions) == [[0, 2, 3], [1], [4]])
    }

    @Test func surnamesInEitherGenderAndInitialsJoinTheFullestName() {
        let groups = EntityGrouper.group([
            Self.mention(.person, "Логанцов", at: 0, person: PersonName(last: "Логанцов")),
            Self.mention(.person, "Алексей Петрович Логанцов", at: 2,
                         person: PersonName(first: "Алексей", middle: "Петрович", last: "Логанцов", gender: .male)),
            Self.mention(.person, "А. Логанцов", at: 6, person: PersonName(first: "А.", last: "Логанцов")),
            Self.mention(.person, "Б. Логанцова", at: 9, person: PersonName(first: "Б.", last: "Логанцова")),
            Self.mention(.person, "Алексей", at: 12, person: PersonName(first: "Алексей")),
        ])
        #expect(groups.map(\.normal) == ["Алексей Петрович Логанцов", "Б. Логанцова"])
        #expect(groups.map(\.mentions) == [[0, 1, 2, 4], [3]])
    }

    /// A person's full-name length, which decides which of two names is fuller, is that of
    /// the full name the group shows, counted without making it.
    @Test func fullNameLengthIsTheLengthOfTheFullName() {
        for first in [nil, "Алексей", "А."] as [String?] {
            for middle in [nil, "Петрович", "П."] as [String?] {
                for last in [nil, "Логанцов", "Ёлкина-Смит"] as [String?] {
                    let name = PersonName(first: first, middle: middle, last: last)
                    #expect(name.fullNameLength == name.fullName.unicodeScalars.count, "\(name.fullName)")
                }
            }
        }
    }
}
