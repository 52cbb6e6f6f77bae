/// Carries the capitalization of a word over to another form of it: letter by letter where
/// the two overlap, and for the rest upper case when the original is all capitals (two or more
/// letters), lower case otherwise. "Корпорации" + "корпорация" -> "Корпорация"; "ИКТ-кластера" +
/// "икт-кластер" -> "ИКТ-кластер"; "МИДа" + "мид" -> "МИД".
enum CaseTransfer {
    /// `form` (lower-case) with the capitalization of `original`, hyphen-separated part by part
    /// when both have the same number of parts ("Ростове-на-Дону" -> "Ростов-на-Дону"). O(length).
    static func apply(from original: some StringProtocol, to form: String) -> String {
        if let fast = applyFast(from: original, to: form) { return fast }
        return applySlow(from: original, to: form)
    }

    /// `apply` by scalars and `Character`s: the reference the byte-level path must agree with.
    static func applySlow(from original: some StringProtocol, to form: String) -> String {
        if original.utf8.contains(0x2D) {
            let originalParts = original.split(separator: "-", omittingEmptySubsequences: false)
            let formParts = form.split(separator: "-", omittingEmptySubsequences: false)
            if originalParts.count > 1 && originalParts.count == formParts.count {
                return zip(originalParts, formParts).map { applyToPart(from: $0, to: String($1)) }.joined(separator: "-")
            }
        }
        return applyToPart(from: original, to: form)
    }

    static func applyToPart(from original: some StringProtocol, to form: String) -> String {
        let source = Array(original.unicodeScalars)
        var letters = 0, upper = 0
        for s in source where isAlphabetic(s) {
            letters += 1
            if isUppercase(s) { upper += 1 }
        }
        let allCaps = letters >= 2 && upper == letters
        var out = String.UnicodeScalarView()
        for (i, scalar) in form.unicodeScalars.enumerated() {
            let makeUpper = i < source.count ? isUppercase(source[i]) : allCaps
            if makeUpper {
                appendUppercased(scalar, to: &out)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`, without the property lookup for ASCII and the
    /// basic Cyrillic block (U+0400-U+045F, all letters).
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x400 && v <= 0x45F { return true }
        return s.properties.isAlphabetic
    }

    /// `Unicode.Scalar.Properties.isUppercase`, without the property lookup for ASCII and the
    /// basic Cyrillic block (capitals U+0400-U+042F).
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x400 && v <= 0x45F { return v <= 0x42F }
        return s.properties.isUppercase
    }

    /// Appends the upper case of `scalar` (one or more scalars: "ß" -> "SS").
    @inline(__always)
    static func appendUppercased(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v >= 0x61 && v <= 0x7A || v >= 0x430 && v <= 0x44F {
            out.append(Unicode.Scalar(v - 0x20)!)
        } else if v >= 0x450 && v <= 0x45F {
            out.append(Unicode.Scalar(v - 0x50)!)
        } else if v < 0x61 {
            out.append(scalar)  // ASCII below "a": no case
        } else {
            out.append(contentsOf: String(scalar).uppercased().unicodeScalars)
        }
    }
}
