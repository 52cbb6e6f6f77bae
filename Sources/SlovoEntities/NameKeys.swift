import SlovoText

/// 64-bit hashes of the keys that ``EntityGrouper`` groups names by, computed without building
/// a `String` per name: the lower-case UTF-8 of a name is streamed into a reusable buffer and
/// hashed with ``FeatureHash/bytes(_:_:seed:)``.
///
/// Equal hashes mean equal keys in `String`'s sense (canonical equivalence), up to a 64-bit
/// collision. Names made only of printable ASCII, the Cyrillic letters U+0400–U+045F and a few
/// punctuation marks (the "plain" scalars) are lower-cased byte by byte: such text is in NFC,
/// every scalar is a character of its own, so byte equality is `String` equality and bytes
/// stand for characters. Any other name goes the slow way: the `String` key of
/// ``EntityGrouper/key(placeName:)``, put in NFC, then hashed; both ways give the same hash for
/// the same key.
struct NameKeys {
    /// Lower-case UTF-8 of the name being hashed.
    private var buffer: [UInt8] = []
    /// For an organization name: each word's byte range in ``buffer``, and whether it and the
    /// words before it start with a lower-case character (`Character.isLowercase`).
    private var wordStarts: [(start: Int, end: Int, leadingLowercase: Bool)] = []

    init() { buffer.reserveCapacity(128); wordStarts.reserveCapacity(16) }

    /// What a person's first name or surname is matched by.
    struct PersonKey: Equatable {
        /// Hash of the whole key.
        var hash: UInt64
        /// Hash of the key without a final "а" ("логанцов" for "логанцова").
        var surnameBucket: UInt64
        /// Hash of the key's first character (nil for an empty key).
        var initial: UInt64?
        /// The key ends with "." (an initial, "а.").
        var isInitial: Bool

        /// A first name fits another when equal, or when one is an initial ("а.") and both start
        /// with the same character.
        func fits(_ other: PersonKey) -> Bool {
            if hash == other.hash { return true }
            if isInitial, initial != nil, initial == other.initial { return true }
            if other.isInitial, other.initial != nil, initial == other.initial { return true }
            return false
        }
    }

    /// Hash of `EntityGrouper.key(placeName: name)`.
    mutating func hash(_ name: String) -> UInt64 {
        if lowerPlain(name) { return buffer.withUnsafeBufferPointer { Self.hash($0[...]) } }
        return Self.slowHash(EntityGrouper.key(placeName: name))
    }

    /// The key of a first name or surname.
    mutating func person(_ name: String) -> PersonKey {
        guard lowerPlain(name) else { return Self.slowPerson(EntityGrouper.key(placeName: name)) }
        return buffer.withUnsafeBufferPointer { b in
            let whole = Self.hash(b[...])
            // "а" is D0 B0 in UTF-8.
            let endsWithA = b.count >= 2 && b[b.count - 2] == 0xD0 && b[b.count - 1] == 0xB0
            let initial = b.isEmpty ? nil : Self.hash(b[0..<UTF8Scanning.scalarLength(lead: b[0])])
            return PersonKey(hash: whole, surnameBucket: endsWithA ? Self.hash(b[0..<(b.count - 2)]) : whole,
                             initial: initial, isInitial: b.last == UInt8(ascii: "."))
        }
    }

    /// Appends the hashes of an organization name's words (split at spaces, as
    /// ``EntityGrouper/organizationWordKey(_:)`` gives them) to `words`, and returns how many
    /// leading words the name's core leaves out: the lower-case ones in front, keeping at least
    /// one word ("вологодский Клуб ИТ-директоров" has the core "Клуб ИТ-директоров").
    mutating func organizationWords(_ name: String, into words: inout [UInt64]) -> Int {
        guard lowerPlain(name, wordStarts: true) else { return Self.slowOrganizationWords(name, into: &words) }
        var leading = 0
        buffer.withUnsafeBufferPointer { b in
            for (index, word) in wordStarts.enumerated() {
                words.append(Self.organizationWordHash(b[word.start..<word.end]))
                if word.leadingLowercase && index + 1 < wordStarts.count { leading += 1 }
            }
        }
        return leading
    }

    // MARK: Runs of words

    /// Hash of an empty run of words.
    static let emptyRun: UInt64 = 0x1234_5678_9ABC_DEF1

    /// Hash of a run of words extended by one word; a run's hash depends on its words in order.
    @inline(__always)
    static func extendRun(_ run: UInt64, _ word: UInt64) -> UInt64 {
        FeatureHash.mix(run ^ word, 0xC2B2_AE3D_27D4_EB4F)
    }

    // MARK: Plain names

    /// Lower-cases `name` into ``buffer`` as UTF-8, as ``EntityGrouper/key(placeName:)`` does,
    /// and returns true; returns false when `name` holds a scalar that is not plain. With
    /// `wordStarts`, also records the words between spaces in ``wordStarts`` (a plain scalar
    /// is a character of its own, so a word's first scalar is its first character).
    private mutating func lowerPlain(_ name: String, wordStarts recordWords: Bool = false) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        if recordWords { wordStarts.removeAll(keepingCapacity: true) }
        var wordStart = 0
        var leadingLowercase = true
        for scalar in name.unicodeScalars {
            guard let lower = Self.plainLowercase(scalar.value) else { return false }
            if recordWords {
                if lower == 0x20 {
                    if buffer.count > wordStart { wordStarts.append((wordStart, buffer.count, leadingLowercase)) }
                    wordStart = buffer.count + 1
                } else if buffer.count == wordStart && leadingLowercase {
                    leadingLowercase = Character(scalar).isLowercase
                }
            }
            Self.appendUTF8(lower, to: &buffer)
        }
        if recordWords && buffer.count > wordStart { wordStarts.append((wordStart, buffer.count, leadingLowercase)) }
        return true
    }

    /// The lower case of a plain scalar (as ``EntityGrouper/key(placeName:)`` maps it), or nil
    /// for a scalar that is not plain.
    @inline(__always)
    static func plainLowercase(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A, 0x410...0x42F: return v + 0x20
        case 0x401, 0x451: return 0x435  // ё -> е
        case 0x400...0x40F: return v + 0x50  // Ѐ Ђ Ѓ Є Ѕ І Ї Ј Љ Њ Ћ Ќ Ѝ Ў Џ
        case 0x20...0x7E, 0x430...0x45F: return v
        case 0xA0, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2116: return v
        default: return nil
        }
    }

    /// Appends the UTF-8 of a scalar below U+10000.
    @inline(__always)
    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Hash of an organization word's lower-case bytes, with the Latin "it" (alone or before a
    /// hyphen) read as the Russian "ит".
    private static func organizationWordHash(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        let s = word.startIndex
        let it = word.count >= 2 && word[s] == UInt8(ascii: "i") && word[s + 1] == UInt8(ascii: "t")
            && (word.count == 2 || word[s + 2] == UInt8(ascii: "-"))
        guard it else { return hash(word) }
        let russian: [UInt8] = [0xD0, 0xB8, 0xD1, 0x82] + word[(s + 2)...]  // "ит"
        return russian.withUnsafeBufferPointer { hash($0[...]) }
    }

    /// Hash of UTF-8 bytes in NFC.
    @inline(__always)
    private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        guard let base = bytes.base.baseAddress else { return emptyHash }
        return FeatureHash.bytes(base + bytes.startIndex, bytes.count)
    }

    /// Hash of no bytes (an empty buffer may have no address).
    private static let emptyHash: UInt64 = [UInt8(0)].withUnsafeBufferPointer { FeatureHash.bytes($0.baseAddress!, 0) }

    // MARK: Other names

    /// Hash of a `String` key, in NFC so that canonically equivalent keys meet.
    static func slowHash(_ key: String) -> UInt64 {
        TextNormalizer.nfcUTF8(key).withUnsafeBufferPointer { hash($0[...]) }
    }

    /// ``person(_:)`` for a key with scalars that are not plain, by `String` operations.
    static func slowPerson(_ key: String) -> PersonKey {
        PersonKey(hash: slowHash(key), surnameBucket: slowHash(EntityGrouper.PersonIndex.surnameBucket(key)),
                  initial: key.first.map { slowHash(String($0)) }, isInitial: key.hasSuffix("."))
    }

    /// ``organizationWords(_:into:)`` for a name with scalars that are not plain, by `String`
    /// operations.
    static func slowOrganizationWords(_ name: String, into words: inout [UInt64]) -> Int {
        let original = name.split(separator: " ")
        var core = original[...]
        while core.count > 1, let first = core.first?.first, first.isLowercase { core = core.dropFirst() }
        for word in original { words.append(slowHash(EntityGrouper.organizationWordKey(String(word)))) }
        return original.count - core.count
    }
}
