/// Folds the Latin abbreviation that opens a hyphenated Russian word into Cyrillic letters, so
/// that "IT-директоров" and "ИТ-директоров" (both written in one text) share a key: "it-" and
/// "ит-" both become "ит-". Only a prefix of one to four Latin letters before a hyphen that is
/// followed by a Cyrillic letter is folded; other words are left alone.
enum LatinPrefix {
    /// Cyrillic letters (UTF-8, lower case) for a…z, by the usual letter-by-letter reading of
    /// abbreviations.
    static let letters: [[UInt8]] = [
        "а", "б", "ц", "д", "е", "ф", "г", "х", "и", "ж", "к", "л", "м",
        "н", "о", "п", "к", "р", "с", "т", "у", "в", "в", "кс", "и", "з",
    ].map { Array($0.utf8) }

    /// `folded` (a lower-case key) with its Latin prefix in Cyrillic, written to `out`; false
    /// (and `out` untouched) when there is no such prefix. O(length).
    static func fold(_ folded: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        var i = 0
        while i < folded.count && i < 5 && folded[i] >= 0x61 && folded[i] <= 0x7A { i += 1 }
        guard i >= 1, i <= 4, i + 1 < folded.count, folded[i] == UInt8(ascii: "-"),
              folded[i + 1] == 0xD0 || folded[i + 1] == 0xD1 else { return false }
        out.removeAll(keepingCapacity: true)
        for k in 0..<i { out.append(contentsOf: letters[Int(folded[k] - 0x61)]) }
        out.append(contentsOf: folded[i...])
        return true
    }
}
