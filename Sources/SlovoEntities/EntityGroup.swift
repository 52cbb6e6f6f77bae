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
        var byKey: [String: Int] = [:]
        var pendingReferences: [(Int, String)] = []
        for (i, m) in mentions.enumerated() {
            if m.isReference {
                pendingReferences.append((i, key(placeName: m.place ?? m.normal)))
                continue
            }
            switch m.type {
            case .person:
                addPerson(i, m, to: &groups)
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
    /// named by its longest form; the group stays where it first appeared.
    static func mergeContainedOrganizations(_ groups: [EntityGroup]) -> [EntityGroup] {
        var result = groups
        var removed = Set<Int>()
        // Every name a group has had, as words, so that merges chain ("A" joins "A B", then "A C").
        // A name without the lower-case adjectives in front ("вологодский Клуб ИТ-директоров" and
        // "региональный Клуб ИТ-директоров" are one club) is a variant too.
        var variants: [[[String]]] = result.map { g in
            guard g.type == .organization else { return [] }
            let original = g.normal.split(separator: " ").map(String.init)
            var core = original[...]
            while core.count > 1, let first = core.first?.first, first.isLowercase { core = core.dropFirst() }
            let words = original.map(key(placeName:))
            let coreWords = core.map(key(placeName:))
            return coreWords.count < words.count ? [words, coreWords] : [words]
        }
        func same(_ x: [String], _ y: [String]) -> Bool { x == y }
        func contains(_ long: [String], _ short: [String]) -> Bool {
            guard !short.isEmpty, short.count < long.count else { return false }
            return (0...(long.count - short.count)).contains { Array(long[$0..<($0 + short.count)]) == short }
        }
        func related(_ a: Int, _ b: Int) -> Bool {
            variants[a].contains { x in variants[b].contains { y in same(x, y) || contains(x, y) || contains(y, x) } }
        }
        var changed = true
        while changed {
            changed = false
            for a in result.indices where result[a].type == .organization && !removed.contains(a) {
                for b in result.indices where b > a && result[b].type == .organization && !removed.contains(b) && related(a, b) {
                    result[a].mentions = (result[a].mentions + result[b].mentions).sorted()
                    if result[b].normal.count > result[a].normal.count { result[a].normal = result[b].normal }
                    variants[a] += variants[b]
                    removed.insert(b)
                    changed = true
                }
            }
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }

    /// Adds a person mention to the group of the same person, or starts one.
    static func addPerson(_ i: Int, _ m: EntityMention, to groups: inout [EntityGroup]) {
        let name = m.person ?? PersonName(last: m.normal)
        let last = name.last.map(key(placeName:))
        let first = name.first.map(key(placeName:))
        // The most recent group that this name fits: same surname and no conflicting first name
        // (an initial fits a first name that starts with it); or, for a lone first name, the
        // one group with that first name.
        let candidate = groups.indices.reversed().first { g in
            guard groups[g].type == .person, let other = groups[g].person else { return false }
            let otherLast = other.last.map(key(placeName:))
            let otherFirst = other.first.map(key(placeName:))
            if let last, let otherLast {
                guard last == otherLast || sameSurname(last, otherLast) else { return false }
                if let first, let otherFirst { return fits(first, otherFirst) }
                return true
            }
            if last == nil, let first, let otherFirst, m.tokens.count == 1 { return first == otherFirst }
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
            } else if var current = groups[g].person, current.gender == nil, let gender = name.gender {
                current.gender = gender
                groups[g].person = current
            }
            return
        }
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

    /// Lower case, ё as е.
    static func key(placeName: String) -> String {
        String(placeName.lowercased().map { $0 == "ё" ? "е" : $0 })
    }
}
