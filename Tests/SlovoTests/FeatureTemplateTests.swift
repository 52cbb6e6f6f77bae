import Testing
@testable import SlovoEntities

/// The entity tagger's features: the templates' values hashed with their seeds are the
/// features the model was trained on, one per template.
struct FeatureTemplateTests {
    /// A sentence of `n` tokens with varied attributes (a fixed pseudo-random sequence).
    func sentence(_ n: Int) -> [TokenAttributes] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        return (0..<n).map { _ in
            var a = TokenAttributes()
            a.key = next(); a.suffix2 = next(); a.suffix3 = next(); a.suffix4 = next()
            a.shape = UInt8(truncatingIfNeeded: next() >> 40)
            a.pos = UInt8(truncatingIfNeeded: next() >> 40)
            a.grammaticalCase = UInt8(truncatingIfNeeded: next() >> 40)
            a.proper = ProperNameFlags(rawValue: UInt8(truncatingIfNeeded: next() >> 40))
            a.lemma = next()
            a.gazetteer = GazetteerHit(rawValue: UInt16(truncatingIfNeeded: next() >> 40))
            a.insideQuotes = next() >> 63 == 1
            a.caseBin = UInt8(truncatingIfNeeded: next() >> 40)
            return a
        }
    }

    @Test func everyTokenHasOneFeaturePerTemplate() {
        let attributes = sentence(7)
        attributes.withUnsafeBufferPointer { a in
            for t in a.indices {
                var features: [UInt64] = []
                FeatureTemplates.features(a, t, sentenceStart: 0, into: &features)
                #expect(features.count == FeatureTemplates.count)
                #expect(FeatureTemplates.count <= FeatureTemplates.maximumCount)
            }
        }
    }

    /// What the tagger sums (each value xored with its template's seed, then mixed) are the
    /// features the model was trained on: template k's value mixed with k times a constant.
    /// Checked against that formula, written out, for templates whose values are plain fields.
    @Test func seededValuesHashToTheTrainedFeatures() {
        let attributes = sentence(9)
        func trained(_ template: UInt64, _ value: UInt64) -> UInt64 {
            FeatureHash.mix(template &* 0x8EBC_6AF0_9C88_C6E3 ^ value, 0x5899_65CC_7537_4CC3)
        }
        attributes.withUnsafeBufferPointer { a in
            let values = UnsafeMutablePointer<UInt64>.allocate(capacity: FeatureTemplates.count)
            defer { values.deallocate() }
            for t in a.indices {
                FeatureTemplates.values(a, t, sentenceStart: 0, into: values)
                let seeded = (0..<FeatureTemplates.count).map {
                    FeatureHash.feature(seed: FeatureTemplates.seeds[$0], values[$0])
                }
                var features: [UInt64] = []
                FeatureTemplates.features(a, t, sentenceStart: 0, into: &features)
                #expect(seeded == features)
                #expect(seeded[0] == trained(0, 0))
                #expect(seeded[1] == trained(1, a[t].key))
                #expect(seeded[5] == trained(5, t + 2 < a.count ? a[t + 2].key : 0))
                #expect(seeded[7] == trained(7, a[t].suffix3))
                #expect(seeded[20] == trained(20, a[t].lemma))
            }
        }
    }
}
