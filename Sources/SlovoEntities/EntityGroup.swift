/// One distinct entity of a text: its normal form and every mention of it.
public struct EntityGroup: Sendable, Hashable {
    /// Person, organization or place.
    public var type: EntityType
    /// For places: city, region, country or other.
    public var subtype: PlaceSubtype?
    /// The normal form (the fullest of its mentions': "Алексей Петрович Логанцов").
    public var normal: String
    /// Indices of its mentions in the mention list, in text order.
    public var mentions: [Int]
    /// Indices of references to it (place adjectives: "калужский" for Калуга), in text order.
    public var references: [Int]
    /// For people: the parts of the fullest name seen.
    public var person: PersonName?

    /// Number of mentions.
    public var count: Int { mentions.count }
}

/// Groups mentions into entities, in order of first appearance: people by surname (a later
/// "Логанцов" joins "Алексей Петрович Логанцов"; a first name alone joins the one person of
/// that first name), places by their known place or normal form, organizations by normal form;
/// place adjectives become references of their place.
enum EntityGrouper {
    static func group(_ mentions: [EntityMention]) -> [EntityGroup] {
        var groups: [EntityGroup] = []
        var keys = NameKeys()
        var people = PersonIndex()
        // Groups by the hash of their key (``key(placeName:)``).
        var places: [UInt64: Int] = [:]
        var organizations: [UInt64: Int] = [:]
        var pendingReferences: [(Int, UInt64)] = []
        for (i, m) in mentions.enumerated() {
            if m.isReference {
                pendingReferences.append((i, keys.hash(m.place ?? m.normal)))
                continue
            }
            switch m.type {
            case .person:
                addPerson(i, m, to: &groups, index: &people, keys: &keys)
            case .location:
                let k = keys.hash(m.place ?? m.normal)
                if let g = places[k] { groups[g].mentions.append(i) } else {
                    places[k] = groups.count
                    groups.append(EntityGroup(type: .location, subtype: m.subtype, normal: m.place ?? m.normal,
                                              mentions: [i], references: [], person: nil))
                }
            case .organization:
                let k = keys.hash(m.normal)
                if let g = organizations[k] { groups[g].mentions.append(i) } else {
                    organizations[k] = groups.count
                    groups.append(EntityGroup(type: .organization, subtype: nil, normal: m.normal, mentions: [i],
                                              references: [], person: nil))
                }
            }
        }
        for (i, k) in pendingReferences {
            if let g = places[k] { groups[g].references.append(i) }
        }
        return mergeContainedOrganizations(groups, keys: &keys)
    }

    /// Organizations whose name is part of another's ("Корпорация развития" in "областная
    /// Корпорация развития" and "Корпорация развития Вологодской области") are one entity,
    /// named by its longest form (the earliest of equally long ones); the entity stays where it
    /// first appeared. Relatedness chains ("A" joins "A B", then "A C"), so the entities are the
    /// connected components of "one name equals or contains the other, word for word". A name
    /// without the lower-case adjectives in front ("вологодский Клуб ИТ-директоров" and
    /// "региональный Клуб ИТ-директоров" are one club) counts as a name of its group too.
    /// O(names * words²): every run of words of every name is one hash probe, its hash extended
    /// from the run one word shorter.
    static func mergeContainedOrganizations(_ groups: [EntityGroup], keys: inout NameKeys) -> [EntityGroup] {
        // Word hashes of every name, one after another; a name is a range of them.
        var words: [UInt64] = []
        var names: [(group: Int, words: Range<Int>)] = []
        for (g, group) in groups.enumerated() where group.type == .organization {
            let start = words.count
            let leading = keys.organizationWords(group.normal, into: &words)
            guard words.count > start else { continue }
            names.append((g, start..<words.count))
            if leading > 0 { names.append((g, (start + leading)..<words.count)) }
        }
        guard names.count > 1 else { return groups }
        // Groups by the hash of each of their names, and which name lengths there are.
        var byName: [UInt64: [Int]] = [:]
        var isNameLength: [Bool] = []
        for (group, range) in names {
            byName[runHash(words[range]), default: []].append(group)
            if isNameLength.count <= range.count { isNameLength += repeatElement(false, count: range.count + 1 - isNameLength.count) }
            isNameLength[range.count] = true
        }
        var parent = Array(groups.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // Every run of words of a name that is another group's name relates the two.
        for (group, range) in names {
            for start in range {
                var run = NameKeys.emptyRun
                for end in (start + 1)...range.upperBound {
                    run = NameKeys.extendRun(run, words[end - 1])
                    guard end - start < isNameLength.count, isNameLength[end - start],
                          let others = byName[run] else { continue }
                    for other in others where other != group { union(group, other) }
                }
            }
        }
        var result = groups
        var keep = [Bool](repeating: true, count: groups.count)
        for g in groups.indices where groups[g].type == .organization {
            let r = root(g)
            guard r != g else { continue }
            keep[g] = false
            result[r].mentions += groups[g].mentions
            if groups[g].normal.count > result[r].normal.count { result[r].normal = groups[g].normal }
        }
        for g in result.indices where keep[g] && result[g].type == .organization { result[g].mentions.sort() }
        return result.indices.filter { keep[$0] }.map { result[$0] }
    }

    /// Hash of a run of word hashes, as ``NameKeys/extendRun(_:_:)`` builds it word by word.
    static func runHash(_ words: ArraySlice<UInt64>) -> UInt64 {
        words.reduce(NameKeys.emptyRun, NameKeys.extendRun)
    }

    /// People's groups by the keys of their names, so that a mention finds its group without
    /// a scan over all groups.
    struct PersonIndex {
        /// Surname key without a final "а" (so "логанцов" and "логанцова" meet) -> groups.
        var bySurname: [UInt64: [Int]] = [:]
        /// First-name key -> groups, for a first name alone.
        var byFirstName: [UInt64: [Int]] = [:]
        /// Per group (by index; nil for groups of other types): its (surname, first name) keys.
        var keys: [(last: NameKeys.PersonKey?, first: NameKeys.PersonKey?)?] = []
        /// Per group: the length of its person's full name (``PersonName/fullNameLength``).
        var fullNameLengths: [Int] = []

        /// A surname's bucket: without a final "а".
        static func surnameBucket(_ last: String) -> String { last.hasSuffix("а") ? String(last.dropLast()) : last }

        /// Sets group `g`'s name, of length `fullNameLength`, and its keys.
        mutating func set(_ g: Int, last: NameKeys.PersonKey?, first: NameKeys.PersonKey?, fullNameLength: Int) {
            if keys.count <= g {
                keys += repeatElement(nil, count: g + 1 - keys.count)
                fullNameLengths += repeatElement(0, count: g + 1 - fullNameLengths.count)
            }
            fullNameLengths[g] = fullNameLength
            if let old = keys[g] {
                if old.last == last && old.first == first { return }
                if let l = old.last { bySurname[l.surnameBucket]?.removeAll { $0 == g } }
                if let f = old.first { byFirstName[f.hash]?.removeAll { $0 == g } }
            }
            keys[g] = (last, first)
            if let last { bySurname[last.surnameBucket, default: []].append(g) }
            if let first { byFirstName[first.hash, default: []].append(g) }
        }

        /// The latest group among `candidates` that a name with these keys fits: same surname
        /// (every group of the surname's bucket has it, in one gender's form or the other) and
        /// no conflicting first name (an initial fits a first name that starts with it); or,
        /// for a lone first name (`alone`), the same first name.
        func latest(_ candidates: [Int], last: NameKeys.PersonKey?, first: NameKeys.PersonKey?, alone: Bool) -> Int? {
            var best: Int?
            for g in candidates where g > (best ?? -1) {
                guard let keys = keys[g] else { continue }
                let fits: Bool
                if last != nil, keys.last != nil {
                    if let first, let otherFirst = keys.first { fits = first.fits(otherFirst) } else { fits = true }
                } else if last == nil, let first, let otherFirst = keys.first, alone {
                    fits = first.hash == otherFirst.hash
                } else {
                    fits = false
                }
                if fits { best = g }
            }
            return best
        }
    }

    /// Adds a person mention to the group of the same person, or starts one. O(groups with
    /// the same surname or first name).
    static func addPerson(_ i: Int, _ m: EntityMention, to groups: inout [EntityGroup], index: inout PersonIndex,
                          keys: inout NameKeys) {
        let name = m.person ?? PersonName(last: m.normal)
        let last = name.last.map { keys.person($0) }
        let first = name.first.map { keys.person($0) }
        // The most recent group that this name fits: same surname and no conflicting first name
        // (an initial fits a first name that starts with it); or, for a lone first name, the
        // one group with that first name.
        let alone = m.tokens.count == 1
        var candidate: Int?
        if let last, let candidates = index.bySurname[last.surnameBucket] {
            candidate = index.latest(candidates, last: last, first: first, alone: alone)
        } else if last == nil, let first, alone, let candidates = index.byFirstName[first.hash] {
            candidate = index.latest(candidates, last: last, first: first, alone: alone)
        }
        if let g = candidate {
            groups[g].mentions.append(i)
            // Keep the fullest name.
            if let current = groups[g].person, name.first != nil || current.first == nil,
               name.fullNameLength > index.fullNameLengths[g] {
                let fuller = PersonName(first: name.first ?? current.first, middle: name.middle ?? current.middle,
                                        last: name.last ?? current.last, gender: name.gender ?? current.gender)
                groups[g].person = fuller
                groups[g].normal = fuller.fullName
                index.set(g, last: fuller.last.map { keys.person($0) }, first: fuller.first.map { keys.person($0) },
                          fullNameLength: fuller.fullNameLength)
            } else if var current = groups[g].person, current.gender == nil, let gender = name.gender {
                current.gender = gender
                groups[g].person = current
            }
            return
        }
        let fullName = name.fullName
        index.set(groups.count, last: last, first: first, fullNameLength: name.fullNameLength)
        groups.append(EntityGroup(type: .person, subtype: nil, normal: fullName.isEmpty ? m.normal : fullName,
                                  mentions: [i], references: [], person: name))
    }

    /// A word of an organization's name as ``key(placeName:)`` gives it, with the Latin prefix
    /// "IT" read as the Russian "ИТ" ("Клуб IT-директоров" and "Клуб ИТ-директоров" are one club).
    static func organizationWordKey(_ word: String) -> String {
        let k = key(placeName: word)
        if k == "it" { return "ит" }
        if k.hasPrefix("it-") { return "ит-" + k.dropFirst(3) }
        return k
    }

    /// Lower case, ё as е. Russian and Latin letters are mapped directly; others through the
    /// standard library's lower-casing.
    static func key(placeName: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in placeName.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0x410...0x42F: out.append(Unicode.Scalar(v + 0x20)!)
            case 0x401, 0x451: out.append("е")
            case 0...0x7F, 0x430...0x44F: out.append(scalar)
            default:
                if scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
