import SlovoText

/// The byte-level path of ``CaseTransfer``, for text made only of printable ASCII and the basic
/// Cyrillic block (U+0400-U+045F). There every scalar is a `Character` of its own (no combining
/// marks, no CR LF), letters are known without property lookups, and upper-casing keeps each
/// letter's UTF-8 length, so the result is computed in one pass over the bytes with a single
/// allocation, and equals `CaseTransfer.applySlow`.
extension CaseTransfer {
    /// `apply` on UTF-8 bytes, or nil when either text has a byte outside the fast ranges (the
    /// caller then takes the scalar path). O(length).
    static func applyFast(from original: some StringProtocol, to form: String) -> String? {
        let result = original.utf8.withContiguousStorageIfAvailable { source in
            form.utf8.withContiguousStorageIfAvailable { target in
                applyFast(source, target)
            } ?? nil
        }
        return result ?? nil
    }

    /// The byte-level transfer from `source` (the original) to `target` (the form), part by
    /// part when both have the same number (two or more) of hyphen-separated parts.
    static func applyFast(_ source: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) -> String? {
        guard let sourceHyphens = UTF8Scanning.hyphenCountIfSimple(source),
              let targetHyphens = UTF8Scanning.hyphenCountIfSimple(target) else { return nil }
        return String(unsafeUninitializedCapacity: target.count) { out in
            guard sourceHyphens > 0 && sourceHyphens == targetHyphens else {
                transferPart(source[...], target[...], into: out, at: 0)
                return target.count
            }
            var s = 0, t = 0
            while t <= target.count {
                let sEnd = source[s...].firstIndex(of: 0x2D) ?? source.count
                let tEnd = target[t...].firstIndex(of: 0x2D) ?? target.count
                transferPart(source[s..<sEnd], target[t..<tEnd], into: out, at: t)
                if tEnd < target.count { out[tEnd] = 0x2D }
                s = sEnd + 1
                t = tEnd + 1
            }
            return target.count
        }
    }

    /// `applyToPart` on bytes already checked by `UTF8Scanning.hyphenCountIfSimple`: writes the target part,
    /// with the source part's capitalization, to `out` from byte `offset` on (the same length).
    static func transferPart(_ source: Slice<UnsafeBufferPointer<UInt8>>, _ target: Slice<UnsafeBufferPointer<UInt8>>,
                             into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var letters = 0, upper = 0
        var i = source.startIndex
        while i < source.endIndex {
            let (isLetter, isUpper, length) = classify(source, at: i)
            if isLetter { letters += 1 }
            if isUpper { upper += 1 }
            i += length
        }
        let allCaps = letters >= 2 && upper == letters
        var s = source.startIndex
        var t = target.startIndex
        var o = offset
        while t < target.endIndex {
            var makeUpper = allCaps
            if s < source.endIndex {
                let (_, isUpper, length) = classify(source, at: s)
                makeUpper = isUpper
                s += length
            }
            let b = target[t]
            if b < 0x80 {
                out[o] = makeUpper && b >= 0x61 && b <= 0x7A ? b - 0x20 : b
                o += 1
                t += 1
            } else {
                let (c0, c1) = makeUpper ? uppercased(b, target[t + 1]) : (b, target[t + 1])
                out[o] = c0
                out[o + 1] = c1
                o += 2
                t += 2
            }
        }
    }

    /// Whether the scalar at byte `i` (ASCII or basic Cyrillic) is a letter and a capital, and
    /// its length in bytes.
    @inline(__always)
    static func classify(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at i: Int) -> (letter: Bool, upper: Bool, length: Int) {
        let b = bytes[i]
        if b < 0x80 {
            let lower = b | 0x20
            return (lower >= 0x61 && lower <= 0x7A, b >= 0x41 && b <= 0x5A, 1)
        }
        // U+0400-U+042F (D0 80-D0 AF) are capitals; the rest of the block lower case.
        return (true, b == 0xD0 && bytes[i + 1] <= 0xAF, 2)
    }

    /// The UTF-8 of the capital of the basic Cyrillic letter `b0 b1` (the letter itself when it
    /// is a capital): а-п -> А-П, р-я -> Р-Я, ѐ-џ -> Ѐ-Џ.
    @inline(__always)
    static func uppercased(_ b0: UInt8, _ b1: UInt8) -> (UInt8, UInt8) {
        if b0 == 0xD0 { return b1 >= 0xB0 ? (0xD0, b1 - 0x20) : (b0, b1) }  // а-п, else a capital
        return b1 <= 0x8F ? (0xD0, b1 + 0x20) : (0xD0, b1 - 0x10)           // р-я, ѐ-џ
    }
}
