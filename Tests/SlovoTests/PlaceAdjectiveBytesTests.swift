import Testing
@testable import SlovoEntities

/// The byte-level path of place adjectives agrees with the character-level one.
struct PlaceAdjectiveBytesTests {
    static let places = [
        Place(name: "Калуга", canonicalName: "Калуга", subtype: .city, country: "RU", population: 330_000),
        Place(name: "Вологда", canonicalName: "Вологда", subtype: .city, country: "RU", population: 310_000),
        Place(name: "Москва", canonicalName: "Москва", subtype: .city, country: "RU", population: 12_000_000),
        Place(name: "Сибирь", canonicalName: "Сибирь", subtype: .region, country: "RU", population: 0),
        Place(name: "Германия", canonicalName: "Германия", subtype: .country, country: "DE", population: 83_000_000),
        Place(name: "Нью-Йорк", canonicalName: "Нью-Йорк", subtype: .city, country: "US", population: 8_000_000),
        Place(name: "Череповец", canonicalName: "Череповец", subtype: .city, country: "RU", population: 300_000),
    ]

    static let lemmas = [
        "калужский", "вологодский", "московский", "сибирский", "немецкий", "нью-йоркский",
        "череповецкий", "Калужский", "КАЛУЖСКИЙ", "калужской", "ский", "аский", "абвский", "абвгский",
        "цкий", "абвцкий", "вский", "дом", "", "ьский", "абьский", "абвьский", "новый",
        "калу\u{301}жский", "калужски\u{306}", "калужскии\u{306}", "ёлкинский", "ЁЛКИНСКИЙ", "éский",
        "kaluzhsky", "калужскийй", "калужскiй", "ѐѐѐский",
    ]

    @Test func bytesAndCharactersGiveTheSameFacts() {
        let adjectives = PlaceAdjectives(places: Self.places)
        for lemma in Self.lemmas {
            let facts = adjectives.facts(ofAdjective: lemma)
            #expect(facts.isRelative == (PlaceAdjectives.base(ofAdjective: lemma) != nil), "\(lemma)")
            #expect(facts.place == adjectives.place(forAdjective: lemma) ?? -1, "\(lemma)")
        }
        #expect(adjectives.facts(ofAdjective: "калужский").place == 0)
        #expect(adjectives.facts(ofAdjective: "череповецкий").place == 6)
        #expect(adjectives.fastFacts(ofAdjective: "калужский") != nil)
        #expect(adjectives.fastFacts(ofAdjective: "калу\u{301}жский") == nil)
    }
}
