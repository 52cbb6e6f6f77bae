/// Lookups in ``TokenizerData``'s abbreviation lists over UTF-8 bytes: a ``ByteKeySet`` for
/// ASCII and Cyrillic text, the `Set<String>` itself for anything else (same answers).
enum Abbreviations {
    static let withDot = ByteKeySet(TokenizerData.abbreviationsWithDot)
    static let alsoWords = ByteKeySet(TokenizerData.abbreviationsAlsoWords)

    /// Is `bytes[range]` (any case) an abbreviation that takes a dot? O(range length).
    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 24 else { return false }
        if let found = withDot.contains(bytes, range) { return found }
        return TokenizerData.abbreviationsWithDot.contains(LowercaseKey.make(bytes, range))
    }

    /// Is it an abbreviation that is also an ordinary word ("ум", "род")? O(range length).
    static func isAlsoWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 24 else { return false }
        if let found = alsoWords.contains(bytes, range) { return found }
        return TokenizerData.abbreviationsAlsoWords.contains(LowercaseKey.make(bytes, range))
    }
}

/// Byte-keyed copies of the other word lists of ``TokenizerData`` and ``SentenceData``, with
/// the same answers as the `Set<String>` lookups they replace.
enum WordTables {
    static let suspendedHyphenFollowers = ByteKeySet(TokenizerData.suspendedHyphenFollowers)
    static let topLevelDomains = ByteKeySet(TokenizerData.topLevelDomains)
    static let closingAbbreviations = ByteKeySet(SentenceData.closingAbbreviations)
    static let afterNumberAbbreviations = ByteKeySet(SentenceData.afterNumberAbbreviations)

    /// `set.contains(LowercaseKey.make(bytes, range))`, without a `String` when possible.
    static func contains(_ table: ByteKeySet, _ set: Set<String>, _ bytes: UnsafeBufferPointer<UInt8>,
                         _ range: Range<Int>) -> Bool {
        if let found = table.contains(bytes, range) { return found }
        return set.contains(LowercaseKey.make(bytes, range))
    }
}

/// Lower-cased strings of short byte ranges for table lookups (no allocation up to 15 bytes).
public enum LowercaseKey {
    /// Lower-cases ASCII and Cyrillic letters of `bytes[range]` (other scalars kept as they are).
    public static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { out in
            var i = range.lowerBound
            var o = 0
            while i < range.upperBound {
                let b = bytes[i]
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                    out[o] = b | 0x20
                } else if b == 0xD0 && i + 1 < range.upperBound {
                    let b1 = bytes[i + 1]
                    if b1 >= 0x90 && b1 <= 0x9F {  // А..П -> а..п
                        out[o] = 0xD0; out[o + 1] = b1 + 0x20
                    } else if b1 >= 0xA0 && b1 <= 0xAF {  // Р..Я -> р..я
                        out[o] = 0xD1; out[o + 1] = b1 - 0x20
                    } else if b1 >= 0x80 && b1 <= 0x8F {  // Ѐ..Џ -> ѐ..џ
                        out[o] = 0xD1; out[o + 1] = b1 + 0x10
                    } else {
                        out[o] = b; out[o + 1] = b1
                    }
                    i += 2; o += 2
                    continue
                } else {
                    out[o] = b
                }
                i += 1; o += 1
            }
            return o
        }
    }
}
