import Testing
import Slovo

/// The full analyzer, loaded once for these tests (the dictionaries are in the source tree).
enum EntityFixture {
    static let analyzer: Analyzer? = try? Analyzer.standard()

    static func analysis(_ text: String) throws -> Analysis {
        let analyzer = try #require(analyzer, "the dictionaries must load from the source tree")
        return analyzer.analyze(text)
    }

    /// Mentions (not references) as "TYPE text -> normal".
    static func mentions(_ text: String) throws -> [String] {
        try analysis(text).entities.filter { !$0.isReference }.map {
            "\($0.type) \(text.utf8Slice($0.byteRange)) -> \($0.normal)"
        }
    }
}

extension String {
    func utf8Slice(_ range: Range<Int>) -> String {
        String(decoding: Array(utf8)[range], as: UTF8.self)
    }
}

struct PersonCase: Sendable, CustomTestStringConvertible {
    let text: String
    let normal: String
    let first: String?
    let middle: String?
    let last: String?
    let gender: PersonName.Gender?
    var testDescription: String { text }
}

let personCases: [PersonCase] = [
    .init(text: "Инициатором стала компания в лице Алексея Петровича Логанцова.", normal: "Алексей Петрович Логанцов",
          first: "Алексей", middle: "Петрович", last: "Логанцов", gender: .male),
    .init(text: "Автор: Леонтьева Наталья, корреспондент.", normal: "Наталья Леонтьева",
          first: "Наталья", middle: nil, last: "Леонтьева", gender: .female),
    .init(text: "Документ подписал Логанцов А. П. в пятницу.", normal: "А. П. Логанцов",
          first: "А.", middle: "П.", last: "Логанцов", gender: nil),
    .init(text: "Мы встретились с Натальей Леонтьевой в Калуге.", normal: "Наталья Леонтьева",
          first: "Наталья", middle: nil, last: "Леонтьева", gender: .female),
    .init(text: "Посол Италии Виторио Сандали встретился с министром.", normal: "Виторио Сандали",
          first: "Виторио", middle: nil, last: "Сандали", gender: nil),
]

@Test("people: parts, gender and the nominative", arguments: personCases)
func personName(_ c: PersonCase) throws {
    let analysis = try EntityFixture.analysis(c.text)
    let people = analysis.entityGroups.filter { $0.type == .person }
    let person = try #require(people.first, "no person in \(c.text)")
    #expect(person.normal == c.normal)
    #expect(person.person?.first == c.first)
    #expect(person.person?.middle == c.middle)
    #expect(person.person?.last == c.last)
    if let gender = c.gender { #expect(person.person?.gender == gender) }
}

@Test func laterMentionsBySurnameJoinTheFullName() throws {
    let analysis = try EntityFixture.analysis(
        "Генеральный директор Александр Перфильев рассказал о поездке. По словам Перфильева, проект готов.")
    let people = analysis.entityGroups.filter { $0.type == .person }
    #expect(people.count == 1)
    #expect(people.first?.normal == "Александр Перфильев")
    #expect(people.first?.count == 2)
}

@Test func organizationNamesWithITAndИТAreOneOrganization() throws {
    let analysis = try EntityFixture.analysis(
        "Делегацию возглавил Клуб IT-директоров Вологодской области. Во встрече участвовал и региональный Клуб ИТ-директоров.")
    let organizations = analysis.entityGroups.filter { $0.type == .organization }
    #expect(organizations.map(\.normal) == ["Клуб IT-директоров Вологодской области"], "found \(organizations.map(\.normal))")
    #expect(organizations.first?.count == 2)
}

struct OrganizationCase: Sendable, CustomTestStringConvertible {
    let text: String
    let normal: String
    var testDescription: String { text }
}

let organizationCases: [OrganizationCase] = [
    .init(text: "Инициатором поездки стала компания «Бизнес-софт».", normal: "компания «Бизнес-софт»"),
    .init(text: "Вчера Банк «Открытие» повысил ставки по вкладам.", normal: "Банк «Открытие»"),
    .init(text: "Решение принято Правительством Вологодской области в среду.", normal: "Правительство Вологодской области"),
    .init(text: "Представители областной Корпорации развития посетили центр.", normal: "областная Корпорация развития"),
    .init(text: "В работу включилась Администрация города Вологды.", normal: "Администрация города Вологды"),
    .init(text: "Договор с ООО «Ромашка» расторгнут.", normal: "ООО «Ромашка»"),
    .init(text: "Заявление сделал МИД России.", normal: "МИД России"),
]

@Test("organizations: extent and normal form", arguments: organizationCases)
func organization(_ c: OrganizationCase) throws {
    let analysis = try EntityFixture.analysis(c.text)
    let organizations = analysis.entityGroups.filter { $0.type == .organization }.map(\.normal)
    #expect(organizations.contains(c.normal), "found \(organizations)")
}

@Test func jobTitlesAndGenericNounsAreNotOrganizations() throws {
    let analysis = try EntityFixture.analysis("Там сидят специалисты IT-сферы, а гендиректор уехал в отпуск.")
    #expect(analysis.entities.filter { $0.type == .organization && !$0.isReference }.isEmpty)
}

struct PlaceCase: Sendable, CustomTestStringConvertible {
    let text: String
    let normal: String
    let subtype: PlaceSubtype
    var testDescription: String { text }
}

let placeCases: [PlaceCase] = [
    .init(text: "Делегация побывала в Калуге на прошлой неделе.", normal: "Калуга", subtype: .city),
    .init(text: "Он переехал в Нижний Новгород весной.", normal: "Нижний Новгород", subtype: .city),
    .init(text: "Выставка прошла в г. Вологде.", normal: "Вологда", subtype: .city),
    .init(text: "Вологодская область тоже готова сделать первый шаг.", normal: "Вологодская область", subtype: .region),
    .init(text: "Министр прилетел во Францию.", normal: "Франция", subtype: .country),
    .init(text: "Переговоры с США продолжаются.", normal: "США", subtype: .country),
]

@Test("places: normal form and subtype", arguments: placeCases)
func place(_ c: PlaceCase) throws {
    let analysis = try EntityFixture.analysis(c.text)
    let places = analysis.entityGroups.filter { $0.type == .location }
    let found = places.first { $0.normal == c.normal }
    #expect(found != nil, "found \(places.map(\.normal))")
    #expect(found?.subtype == c.subtype)
}

@Test func cityAdjectivesAreReferencesToTheCityNotPlaces() throws {
    let analysis = try EntityFixture.analysis("Делегация приехала в Калугу. Сам калужский IT-центр невелик.")
    let kaluga = try #require(analysis.entityGroups.first { $0.normal == "Калуга" })
    #expect(kaluga.count == 1)
    #expect(kaluga.references.count == 1)
    #expect(!analysis.entities.contains { !$0.isReference && analysis.text.utf8Slice($0.byteRange) == "калужский" })
}

@Test func abbreviatedPlaceAdjectivesAreReferencesToo() throws {
    // "франц." holds no "ск": its lemma "французский" comes from the abbreviation.
    let analysis = try EntityFixture.analysis("Он долго жил во Франции. Этот фильм (франц.) вышел позже.")
    let france = try #require(analysis.entityGroups.first { $0.normal == "Франция" })
    #expect(france.references.count == 1)
}

@Test func groupsAreInOrderOfFirstAppearance() throws {
    let analysis = try EntityFixture.analysis("Из Калуги в Вологду и обратно в Калугу ехал Иван Петров.")
    #expect(analysis.entityGroups.map(\.normal) == ["Калуга", "Вологда", "Иван Петров"])
}

@Test func entitySpansLieOnTokenBoundaries() throws {
    let text = "По словам гендиректора Корпорации Александра Перфильева, компания «Бизнес-софт» работает в Вологде."
    let analysis = try EntityFixture.analysis(text)
    let starts = Set(analysis.tokens.map(\.start)), ends = Set(analysis.tokens.map(\.end))
    for m in analysis.entities {
        #expect(starts.contains(m.start) && ends.contains(m.end))
    }
}
