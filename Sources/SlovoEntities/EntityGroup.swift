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
        var people = PersonIndex()
        var byKey: [String: Int] = [:]
        var pendingReferences: [(Int, String)] = []
        for (i, m) in mentions.enumerated() {
            if m.isReference {
                pendingReferences.append((i, key(placeName: m.place ?? m.normal)))
                continue
            }
            switch m.type {
            case .person:
                addPerson(i, m, to: &groups, index: &people)
            case .location:
                let k = "LOC|" + key(placeName: m.place ?? m.normal)
                if let g = byKey[k] { groups[g].mentions.append(i) } else {
                    byKey[k] = groups.count
                    groups.append(EntityGroup(type: .location, subtype: m.subtype, normal: m.place ?? m.normal,
                                              mentions: [i], references: [], person: nil))
                }
            case .organization:
                let k = "ORG|" + key(placeName: m.normal)
                if let g = byKey[k] { groups[g].mentions.append(i) } else {
                    byKey[k] = groups.count
                    groups.append(EntityGroup(type: .organization, subtype: nil, normal: m.normal, mentions: [i],
                                              references: [], person: nil))
                }
            }
        }
        for (i, k) in pendingReferences {
            if let g = byKey["LOC|" + k] { groups[g].references.append(i) }
        }
        return mergeContainedOrganizations(groups)
    }

    /// Organizations whose name is part of another's ("Корпорация развития" in "областная
    /// Корпорация развития" and "Корпорация развития Вологодской области") are one entity,
    /// named by its longest form (the earliest of equally long ones); the entity stays where it
    /// first appeared. Relatedness chains ("A" joins "A B", then "A C"), so the entities are the
    /// connected components of "one name equals or contains the other, word for word". A name
    /// without the lower-case adjectives in front ("вологодский Клуб ИТ-директоров" and
    /// "региональный Клуб ИТ-директоров" are one club) counts as a name of its group too.
    /// O(names * words²): every run of words of every name is one hash probe.
    static func mergeContainedOrganizations(_ groups: [EntityGroup]) -> [EntityGroup] {
        var names: [(group: Int, words: [String])] = []
        for (g, group) in groups.enumerated() where group.type == .organization {
            let original = group.normal.split(separator: " ").map(String.init)
            guard !original.isEmpty else { continue }
            var core = original[...]
            while core.count > 1, let first = core.first?.first, first.isLowercase { core = core.dropFirst() }
            let words = original.map(organizationWordKey)
            names.append((g, words))
            if core.count < original.count { names.append((g, core.map(organizationWordKey))) }
        }
        guard names.count > 1 else { return groups }
        // Groups by each of their names, joined with a separator no word holds.
        var byName: [String: [Int]] = [:]
        for (group, words) in names { byName[words.joined(separator: "\u{1}"), default: []].append(group) }
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
        for (group, words) in names {
            for start in words.indices {
                for end in (start + 1)...words.count {
                    if let others = byName[words[start..<end].joined(separator: "\u{1}")] {
                        for other in others where other != group { union(group, other) }
                    }
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

    /// People's groups by the keys of their names, so that a mention finds its group without
    /// a scan over all groups.
    struct PersonIndex {
        /// Surname key (without a final "а", so "логанцов" and "логанцова" meet) -> groups.
        var bySurname: [String: [Int]] = [:]
        /// First-name key -> groups, for a first name alone.
        var byFirstName: [String: [Int]] = [:]
        /// Each person group's (surname, first name) keys.
        var keys: [Int: (last: String?, first: String?)] = [:]

        static func surnameBucket(_ last: String) -> String { last.hasSuffix("а") ? String(last.dropLast()) : last }

        mutating func set(_ g: Int, _ name: PersonName) {
            let last = name.last.map(key(placeName:))
            let first = name.first.map(key(placeName:))
            if let old = keys[g] {
                if old.last == last && old.first == first { return }
                if let l = old.last { bySurname[PersonIndex.surnameBucket(l)]?.removeAll { $0 == g } }
                if let f = old.first { byFirstName[f]?.removeAll { $0 == g } }
            }
            keys[g] = (last, first)
            if let last { bySurname[PersonIndex.surnameBucket(last), default: []].append(g) }
            if let first { byFirstName[first, default: []].append(g) }
        }
    }

    /// Adds a person mention to the group of the same person, or starts one. O(groups with
    /// the same surname or first name).
    static func addPerson(_ i: Int, _ m: EntityMention, to groups: inout [EntityGroup], index: inout PersonIndex) {
        let name = m.person ?? PersonName(last: m.normal)
        let last = name.last.map(key(placeName:))
        let first = name.first.map(key(placeName:))
        // The most recent group that this name fits: same surname and no conflicting first name
        // (an initial fits a first name that starts with it); or, for a lone first name, the
        // one group with that first name.
        var candidates: [Int] = []
        if let last {
            candidates = index.bySurname[PersonIndex.surnameBucket(last)] ?? []
        } else if let first, m.tokens.count == 1 {
            candidates = index.byFirstName[first] ?? []
        }
        let candidate = candidates.sorted(by: >).first { g in
            guard let keys = index.keys[g] else { return false }
            if let last, let otherLast = keys.last {
                guard last == otherLast || sameSurname(last, otherLast) else { return false }
                if let first, let otherFirst = keys.first { return fits(first, otherFirst) }
                return true
            }
            if last == nil, let first, let otherFirst = keys.first, m.tokens.count == 1 { return first == otherFirst }
            return false
        }
        if let g = candidate {
            groups[g].mentions.append(i)
            // Keep the fullest name.
            if let current = groups[g].person, name.fullName.count > current.fullName.count,
               (name.first != nil || current.first == nil) {
                groups[g].person = PersonName(first: name.first ?? current.first, middle: name.middle ?? current.middle,
                                              last: name.last ?? current.last, gender: name.gender ?? current.gender)
                groups[g].normal = groups[g].person!.fullName
                index.set(g, groups[g].person!)
            } else if var current = groups[g].person, current.gender == nil, let gender = name.gender {
                current.gender = gender
                groups[g].person = current
            }
            return
        }
        index.set(groups.count, name)
        groups.append(EntityGroup(type: .person, subtype: nil, normal: name.fullName.isEmpty ? m.normal : name.fullName,
                                  mentions: [i], references: [], person: name))
    }

    /// A surname in another gender's form ("логанцов", "логанцова").
    static func sameSurname(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return long.count == short.count + 1 && long.hasPrefix(short) && long.hasSuffix("а")
    }

    /// A first name fits another when equal, or when one is the other's initial.
    static func fits(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a.hasSuffix("."), let c = a.first, b.first == c { return true }
        if b.hasSuffix("."), let c = b.first, a.first == c { return true }
        return false
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
