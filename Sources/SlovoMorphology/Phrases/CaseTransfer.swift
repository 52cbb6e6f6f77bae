/// Carries the capitalization of a word over to another form of it: letter by letter where
/// the two overlap, and for the rest upper case when the original is all capitals (two or more
/// letters), lower case otherwise. "Корпорации" + "корпорация" -> "Корпорация"; "ИКТ-кластера" +
/// "икт-кластер" -> "ИКТ-кластер"; "МИДа" + "мид" -> "МИД".
enum CaseTransfer {
    /// `form` (lower-case) with the capitalization of `original`, hyphen-separated part by part
    /// when both have the same number of parts ("Ростове-на-Дону" -> "Ростов-на-Дону"). O(length).
    static func apply(from original: some StringProtocol, to form: String) -> String {
        let originalParts = original.split(separator: "-", omittingEmptySubsequences: false)
        let formParts = form.split(separator: "-", omittingEmptySubsequences: false)
        if originalParts.count > 1 && originalParts.count == formParts.count {
            return zip(originalParts, formParts).map { applyToPart(from: $0, to: String($1)) }.joined(separator: "-")
        }
        return applyToPart(from: original, to: form)
    }

    static func applyToPart(from original: some StringProtocol, to form: String) -> String {
        let source = Array(original.unicodeScalars)
        var letters = 0, upper = 0
        for s in source where s.properties.isAlphabetic {
            letters += 1
            if s.properties.isUppercase { upper += 1 }
        }
        let allCaps = letters >= 2 && upper == letters
        var out = String.UnicodeScalarView()
        for (i, scalar) in form.unicodeScalars.enumerated() {
            let makeUpper = i < source.count ? source[i].properties.isUppercase : allCaps
            if makeUpper {
                out.append(contentsOf: String(scalar).uppercased().unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
