/// Words ending with a dot: initials ("А."), abbreviations ("г.", "ул."), and units without a
/// dot ("км", "млн") that the lexicon does not list.
extension Lexicon {
    /// Analyses of a word that ends with a dot.
    func analyzeDotted(_ word: WordCodes, capitalized: Bool, into out: inout [WordAnalysis]) {
        var bare = word
        bare.codes.truncate(to: word.count - 1)
        if capitalized && bare.count == 1 && Alphabet.isCyrillic(bare.codes[0]) || (capitalized && bare.count == 1 && Alphabet.isLatin(bare.codes[0])) {
            var a = nonWord(bare.codes, .noun)
            a.tag.grammemes = [.initial, .abbreviation]
            out.append(a)
            return
        }
        if analyzeAbbreviation(bare, into: &out, dotless: false) { return }
        out.append(nonWord(word.codes, .unknown))
    }

    /// Appends the analysis of the full word an abbreviation stands for; false when `word` is
    /// not a known abbreviation (with `dotless`, only units written without a dot count).
    func analyzeAbbreviation(_ word: WordCodes, into out: inout [WordAnalysis], dotless: Bool) -> Bool {
        let key = word.codes.string
        guard let lemma = Abbreviations.lemmas[key], !dotless || Abbreviations.dotless.contains(key) else { return false }
        guard let full = analyses(of: lemma).first(where: { self.lemma(of: $0) == lemma }) else { return false }
        // Every form of the full word: an abbreviation stands for any case and number.
        let forms = lexeme(of: full)
        for var form in forms {
            form.method = .abbreviation
            form.tag.grammemes.insert(.abbreviation)
            form.score = 1 / Float(forms.count)
            out.append(form)
        }
        return true
    }
}
