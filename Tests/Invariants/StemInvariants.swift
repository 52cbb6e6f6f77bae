import SlovoMorphology

/// Rules for the Snowball stemmer:
///
/// - `stem(_:)` of a word is a prefix of the word lower-cased with ё as е, and what it removed
///   is Russian letters only (а...я);
/// - over UTF-8 bytes: `stemLength(utf8:)`, `stem(utf8:into:)` with a buffer as long as the word,
///   and with a buffer exactly as long as the stem agree, never exceed the word, cut only whole
///   Russian letters (two bytes each) off its end, and the stem written is the start of the
///   word with ASCII and Russian letters lower-cased and ё as е; for a word that has only ASCII
///   and Russian letters the byte forms give what `stem(_:)` gives.
public enum StemInvariants {
    /// Checks `stem(_:)` of `word`.
    public static func check(word: String, stemmer: RussianStemmer = RussianStemmer()) -> Violations {
        var v = Violations()
        let stem = Array(stemmer.stem(word).utf8)
        var lowered = ""
        for scalar in word.lowercased().unicodeScalars { lowered.unicodeScalars.append(scalar == "ё" ? "е" : scalar) }
        let folded = Array(lowered.utf8)
        guard stem.count <= folded.count, Array(folded[..<stem.count]) == stem else {
            v.add("stem \(Quoted.bytes(stem)) is not a prefix of the folded word \(Quoted.bytes(folded))")
            return v
        }
        v.expect(isRussianLowercaseLetters(Array(folded[stem.count...])),
                 "the stemmer removed \(Quoted.bytes(folded[stem.count...])), not only Russian letters")
        return v
    }

    /// Checks the byte forms over any bytes (valid UTF-8 or not: they must never crash or
    /// overrun; the folding rules are checked only on valid UTF-8).
    public static func check(utf8 word: [UInt8], stemmer: RussianStemmer = RussianStemmer()) -> Violations {
        var v = Violations()
        let count = word.count
        word.withUnsafeBufferPointer { input in
            let length = stemmer.stemLength(utf8: input)
            guard length >= 0 && length <= count else {
                v.add("stemLength \(length) outside 0...\(count)")
                return
            }
            var wide = [UInt8](repeating: 0xAA, count: count + 8)
            let wideLength = wide.withUnsafeMutableBufferPointer { stemmer.stem(utf8: input, into: UnsafeMutableBufferPointer(rebasing: $0[..<count])) }
            v.expect(wide[count...].allSatisfy { $0 == 0xAA }, "stem(utf8:into:) wrote past its buffer")
            v.expect(wideLength == length, "stem(utf8:into:) with a word-sized buffer gives \(wideLength), stemLength \(length)")
            var exact = [UInt8](repeating: 0xAA, count: length + 8)
            let exactLength = exact.withUnsafeMutableBufferPointer { stemmer.stem(utf8: input, into: UnsafeMutableBufferPointer(rebasing: $0[..<length])) }
            v.expect(exact[length...].allSatisfy { $0 == 0xAA }, "stem(utf8:into:) with a stem-sized buffer wrote past it")
            v.expect(exactLength == length, "stem(utf8:into:) with a stem-sized buffer gives \(exactLength), stemLength \(length)")
            v.expect(isRussianLetters(Array(word[length...])),
                     "the stemmer cut \(Quoted.bytes(word[length...])), not only whole Russian letters")
            guard UTF8Oracle.isValid(word) else { return }
            let folded = fold(word)
            v.expect(Array(wide[..<length]) == Array(folded[..<length]), "the stem written (word-sized buffer) is not the folded word's start")
            v.expect(Array(exact[..<length]) == Array(folded[..<length]), "the stem written (stem-sized buffer) is not the folded word's start")
            if stemmer.foldsCaseCompletely(utf8: input) {
                let viaString = Array(stemmer.stem(String(decoding: word, as: UTF8.self)).utf8)
                v.expect(viaString == Array(folded[..<length]), "stem(_:) gives \(Quoted.bytes(viaString)), the byte form \(Quoted.bytes(folded[..<length]))")
            }
        }
        return v
    }

    /// ASCII A-Z and Russian А-Я lower-cased, Ё and ё as е; everything else as it is.
    public static func fold(_ word: [UInt8]) -> [UInt8] {
        var out = word
        var i = 0
        while i < out.count {
            let b = out[i]
            if b >= 0x41 && b <= 0x5A { out[i] = b | 0x20; i += 1; continue }
            if (b == 0xD0 || b == 0xD1) && i + 1 < out.count {
                let t = out[i + 1]
                if b == 0xD0 && t >= 0x90 && t <= 0x9F { out[i + 1] = t + 0x20 }           // А...П
                else if b == 0xD0 && t >= 0xA0 && t <= 0xAF { out[i] = 0xD1; out[i + 1] = t - 0x20 }  // Р...Я
                else if (b == 0xD0 && t == 0x81) || (b == 0xD1 && t == 0x91) { out[i] = 0xD0; out[i + 1] = 0xB5 }  // Ё ё
                i += 2
                continue
            }
            i += 1
        }
        return out
    }

    /// Whole two-byte Russian letters (either case, ё included) and nothing else.
    static func isRussianLetters(_ bytes: [UInt8]) -> Bool {
        guard bytes.count % 2 == 0 else { return false }
        return stride(from: 0, to: bytes.count, by: 2).allSatisfy { i in
            let (b, t) = (bytes[i], bytes[i + 1])
            return (b == 0xD0 && ((t >= 0x90 && t <= 0xBF) || t == 0x81)) || (b == 0xD1 && ((t >= 0x80 && t <= 0x8F) || t == 0x91))
        }
    }

    /// Lower-case а...я only.
    static func isRussianLowercaseLetters(_ bytes: [UInt8]) -> Bool {
        guard bytes.count % 2 == 0 else { return false }
        return stride(from: 0, to: bytes.count, by: 2).allSatisfy { i in
            let (b, t) = (bytes[i], bytes[i + 1])
            return (b == 0xD0 && t >= 0xB0 && t <= 0xBF) || (b == 0xD1 && t >= 0x80 && t <= 0x8F)
        }
    }
}
