import Testing
@testable import SlovoEntities

@Suite struct SmallKeySetTests {
    @Test func answersAsASetDoesForMembersAndStrangers() {
        var rng = SplitMix64(seed: 3)
        for size in [0, 1, 18, 100] {
            let members = (0..<size).map { _ in rng.next() }
            let set = SmallKeySet(members)
            #expect(set.count == Set(members).count)
            for key in members { #expect(set.contains(key)) }
            let reference = Set(members)
            for _ in 0..<5_000 {
                let key = rng.next()
                #expect(set.contains(key) == reference.contains(key))
            }
        }
    }

    @Test func findsTheLegalFormsOfItsWordList() {
        let resources = try! EntityResources.shared()
        #expect(resources.legalForms.count == EntityWordLists.legalForms.count)
    }
}
