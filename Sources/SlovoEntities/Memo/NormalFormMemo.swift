import SlovoMorphology
import SlovoText

/// The normal forms of mentions already normalized, so that a name met again ("России",
/// "Владимира Путина") is not analysed and inflected again: a mention's normal form depends
/// only on its type, its bytes, its tokens' layout and kinds, and for people on a few facts of
/// the analyses chosen in context (name-part tags and gender). Those make the key, compared in
/// full on a hit, so a hit gives exactly what normalizing would.
///
/// Bounded: when it holds ``capacity`` mentions it starts again. Not thread-safe; each thread
/// has its own (``EntityThreadCache``).
final class NormalFormMemo {
    struct Entry {
        var normal: String
        var person: PersonName?
    }

    /// Mentions held before the memo starts again (a few hundred bytes each with their
    /// strings: about 2 MB when full). 32,768 normalized a sixth fewer mentions on news text,
    /// but a batch's two workers then peaked 90 MB higher on 200 MB of JSONL (CI's memory
    /// check), so the memo stays small.
    static let capacity = 8_192

    private let entries = ByteKeyedMemo<Entry>(capacity: NormalFormMemo.capacity)
    /// The key of the mention being looked up (reused, so a hit allocates nothing).
    private var key: [UInt8] = []

    /// Writes the key of `mention` into the scratch key and returns its hash. O(mention bytes).
    func prepareKey(_ mention: EntityMention, document: EntityDocument, analyses: [WordAnalysis]) -> UInt64 {
        key.removeAll(keepingCapacity: true)
        key.append(mention.type.rawValue)
        let base = document.tokens[mention.tokens.lowerBound].start
        for k in mention.tokens {
            let token = document.tokens[k]
            appendInt32(token.start - base)
            appendInt32(token.end - token.start)
            key.append(token.kind.rawValue)
            key.append(token.flags.contains(.initial) ? 1 : 0)
            if mention.type == .person {
                key.append(k < analyses.count ? NormalFormMemo.nameSignature(analyses[k].tag) : 0xFF)
            }
        }
        key.append(contentsOf: UnsafeBufferPointer(rebasing: document.bytes[Int(mention.start)..<Int(mention.end)]))
        return key.withUnsafeBufferPointer { FeatureHash.bytes($0.baseAddress!, $0.count) }
    }

    /// The stored normal form for the key last prepared, if any.
    func lookup(_ hash: UInt64) -> Entry? {
        key.withUnsafeBufferPointer { entries.value(hash: hash, key: $0) }
    }

    /// Keys longer than this (mentions of dozens of words) are not stored.
    static let longestKey = 512

    /// Stores the normal form for the key last prepared: a copy of the key of its own size, so
    /// that the scratch key stays unshared (and a long mention's capacity is not copied into
    /// every entry after it).
    func store(_ hash: UInt64, normal: String, person: PersonName?) {
        guard key.count <= NormalFormMemo.longestKey else { return }
        key.withUnsafeBufferPointer { entries.store(Entry(normal: normal, person: person), hash: hash, key: $0) }
    }

    func removeAll() { entries.removeAll() }

    private func appendInt32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { key.append(contentsOf: $0) }
    }

    /// What the person-name parser reads of an analysis chosen in context: the name-part tags
    /// and the gender.
    static func nameSignature(_ tag: MorphTag) -> UInt8 {
        var s: UInt8 = 0
        if tag.isFirstName { s |= 1 }
        if tag.isPatronymic { s |= 2 }
        if tag.isSurname { s |= 4 }
        switch tag.gender {
        case .masculine: s |= 8
        case .feminine: s |= 16
        default: break
        }
        return s
    }
}
