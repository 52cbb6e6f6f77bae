import Testing
@testable import SlovoEntities
@testable import SlovoMorphology
@testable import SlovoText

/// The fast loading paths of the entity data give what the plain ones give.
struct EntityDataLoadingTests {
    @Test func hashKeyTableKeepsEveryKeyThroughGrowth() {
        var table = HashKeyTable(minimumCapacity: 4, filler: Int32(0))
        var expected: [UInt64: Int32] = [:]
        var state: UInt64 = 0x1234_5678
        for i in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = i % 997 == 0 ? 0 : state >> (i % 40)  // key 0 and keys sharing low bits too
            table[key] = Int32(i)
            expected[key] = Int32(i)
        }
        #expect(table.count == expected.count)
        for (key, value) in expected { #expect(table[key] == value) }
        #expect(table[0xDEAD_BEEF_0000_0001] == nil)
    }

    @Test func placesFileLinesBecomePlacesAndBadLinesAreNamed() throws {
        let tsv = "# comment\nКалуга\tcity\tRU\t330000\t553915\t\nРФ\tcountry\tRU\t146000000\t2017370\tРоссия\n\nПитер\tcity\tRU\t5000000\t498817\tСанкт-Петербург"
        let places = try Array(tsv.utf8).withUnsafeBufferPointer { try PlaceGazetteer.places(tsv: $0) }
        #expect(places.map(\.name) == ["Калуга", "РФ", "Питер"])
        #expect(places.map(\.canonicalName) == ["Калуга", "Россия", "Санкт-Петербург"])
        #expect(places.map(\.subtype) == [.city, .country, .city])
        #expect(places[0].population == 330_000 && places[1].country == "RU")
        let bad = "Калуга\tcity\tRU\t330000\nВологда\ttown\tRU\t310000\n"
        let error = #expect(throws: EntityDataError.self) {
            try Array(bad.utf8).withUnsafeBufferPointer { bytes throws(EntityDataError) in try PlaceGazetteer.places(tsv: bytes) }
        }
        #expect(error?.message.hasPrefix("places.tsv:2:") == true)
    }

    @Test func gazetteerFindsAmbiguousNamesWithAllTheirPlaces() throws {
        let places = [
            Place(name: "Москва", canonicalName: "Москва", subtype: .city, country: "RU", population: 12_000_000),
            Place(name: "Калуга", canonicalName: "Калуга", subtype: .city, country: "RU", population: 330_000),
            Place(name: "Москва", canonicalName: "Москва", subtype: .region, country: "RU", population: 0),
        ]
        let gazetteer = PlaceGazetteer(places: places)
        var text = "Из Москвы в Калугу."
        let matches: [PlaceGazetteer.Match] = text.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes)
            let keys = StemKeys.compute(bytes, tokens)
            let longest = keys.map { UInt8(clamping: gazetteer.firstWords[$0] ?? 0) }
            return gazetteer.matches(keys: keys, lemmaKeys: keys, longest: longest, tokens: tokens)
        }
        #expect(matches.map(\.tokens) == [1..<2, 3..<4])
        #expect(matches.map { Array($0.places) } == [[0, 2], [1]])
    }

    @Test func sideThreadGivesItsResultAndRunsBesideTheCaller() {
        let sides = (0..<16).map { k in SideThread { (0..<10_000).reduce(k) { $0 &+ $1 } } }
        let here = (0..<10_000).reduce(0, &+)
        for (k, side) in sides.enumerated() { #expect(side.join() == here + k) }
    }

    @Test func mappedModelHasTheWeightsOfTheCopiedOne() throws {
        let folder = try DictionaryLocator.locate(explicit: nil, requiredFile: EntityResources.modelFile)
        let path = folder + "/" + EntityResources.modelFile
        let file = try MappedFile(path: path)
        let mapped = try TaggerModel(mapped: file)
        let copied = try TaggerModel(bytes: UnsafeRawBufferPointer(start: file.base, count: file.count))
        #expect(mapped.weights.count == copied.weights.count && mapped.bucketBits == copied.bucketBits)
        #expect(mapped.transitions == copied.transitions && mapped.scale == copied.scale)
        for k in 0..<mapped.weights.count where mapped.weights.base[k] != copied.weights.base[k] {
            Issue.record("weight \(k) differs")
            break
        }
        #expect(mapped.serialized() == Array(UnsafeRawBufferPointer(start: file.base, count: file.count)))
    }

    @Test func modelRowsHoldTheLabelsWeightsThenZerosAndSurviveSerialization() throws {
        let bits = 4, rows = 1 << 4
        var weights = [Int8](repeating: 0, count: rows * TaggerModel.rowBytes)
        for row in 0..<rows { for label in 0..<BIOLabel.count { weights[row * TaggerModel.rowBytes + label] = Int8(row - label) } }
        let transitions = (0..<(BIOLabel.count * BIOLabel.count + BIOLabel.count)).map { Float($0) / 8 }
        let model = TaggerModel(bucketBits: bits, weights: weights, scale: 0.5, transitions: transitions)
        let bytes = model.serialized()
        let read = try bytes.withUnsafeBytes { try TaggerModel(bytes: $0) }
        #expect(read.bucketBits == bits && read.scale == 0.5 && read.transitions == transitions)
        #expect(Array(UnsafeBufferPointer(start: read.weights.base, count: read.weights.count)) == weights)
        // Row 5 (labels 0...6: 5, 4, ..., -1) twice, and row 0 once: sums per label, times the scale.
        var sums = EmissionSums(weights: read.weights.base, mask: read.bucketMask)
        sums.add(5); sums.add(5 + UInt64(rows)); sums.add(0)
        var scores = [Float](repeating: 0, count: BIOLabel.count)
        scores.withUnsafeMutableBufferPointer { sums.write(into: $0.baseAddress!, scale: read.scale) }
        let expected: [Float] = (0..<BIOLabel.count).map { label in
            let sum = 2 * (5 - label) - label
            return Float(sum) * 0.5
        }
        #expect(scores == expected)
    }

    @Test func modelOfAnOlderFormatIsRefusedByName() {
        var bytes = Array("SLNER".utf8) + [1, 0, 0]
        bytes += [UInt8](repeating: 0, count: 64)
        #expect(throws: EntityDataError.self) { try bytes.withUnsafeBytes { try TaggerModel(bytes: $0) } }
    }
}
