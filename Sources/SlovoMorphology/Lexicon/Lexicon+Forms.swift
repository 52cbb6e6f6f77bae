/// Building words from analyses: the form itself, the lemma, and other forms of the same
/// lexeme (inflection).
extension Lexicon {
    /// Appends form `form` of the analysis's lexeme (lower-case UTF-8) to `out`. O(length),
    /// one append.
    func appendForm(_ a: WordAnalysis, form: Int, to out: inout [UInt8]) {
        guard a.isInflectable else {
            a.base.appendUTF8(0..<a.base.count, to: &out)
            return
        }
        let fixed = Int(a.fixedPrefix)
        let stemEnd = fixed + Int(a.stemLength)
        let t = tables
        let paradigm = Int(a.paradigm)
        let prefix = t.prefix(paradigm, form)
        let ending = t.ending(paradigm, form)
        let prefixLength = t.prefixes.length(prefix), endingLength = t.endings.length(ending)
        let baseCount = a.base.count
        // At most two bytes per code.
        let capacity = 2 * (baseCount + prefixLength + endingLength)
        a.base.withCodes { base in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, capacity)) { buffer in
                let b = buffer.baseAddress!
                var n = 0
                for i in 0..<fixed { n = Alphabet.writeUTF8(base[i], to: b, at: n) }
                let p = t.prefixes.start(prefix)
                for i in 0..<prefixLength { n = Alphabet.writeUTF8(p.u8(i), to: b, at: n) }
                for i in fixed..<stemEnd { n = Alphabet.writeUTF8(base[i], to: b, at: n) }
                let e = t.endings.start(ending)
                for i in 0..<endingLength { n = Alphabet.writeUTF8(e.u8(i), to: b, at: n) }
                for i in stemEnd..<baseCount { n = Alphabet.writeUTF8(base[i], to: b, at: n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
            }
        }
    }

    /// The word form the analysis describes, lower-case ("Калуге" -> "калуге"). O(length).
    public func word(of analysis: WordAnalysis) -> String {
        var out: [UInt8] = []
        appendForm(analysis, form: Int(analysis.form), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The lemma (dictionary form) of an analysis, lower-case. Conventions: nouns in the
    /// nominative singular (plural for plural-only nouns), adjectives and participles in the
    /// masculine nominative singular (OpenCorpora gives participles and gerunds the verb's
    /// infinitive), verbs in the infinitive; female surnames and patronymics keep the feminine
    /// ("Перфильевой" -> "перфильева", "Петровны" -> "петровна"); prepositions are their own
    /// lemma ("со" -> "со"). O(length + forms of the paradigm).
    ///
    /// ```swift
    /// lexicon.lemma(of: lexicon.analyses(of: "областной")[0])   // "областной"
    /// ```
    public func lemma(of analysis: WordAnalysis) -> String {
        var out: [UInt8] = []
        appendLemma(of: analysis, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the lemma of `analysis` (lower-case UTF-8) to `out`; no allocation once `out` has
    /// capacity. O(length + forms of the paradigm).
    public func appendLemma(of analysis: WordAnalysis, to out: inout [UInt8]) {
        appendForm(analysis, form: lemmaForm(of: analysis), to: &out)
    }

    /// The index of the form that is the lemma.
    func lemmaForm(of a: WordAnalysis) -> Int {
        guard a.isInflectable else { return 0 }
        let tag = a.tag
        if tag.partOfSpeech == .preposition { return Int(a.form) }
        if tag.partOfSpeech == .shortAdjective, isShortFormHeadword(a),
           let f = bestForm(a, required: [.masculine, .singular]) {
            return f
        }
        if (tag.isSurname || tag.isPatronymic) && tag.gender == .feminine,
           let f = bestForm(a, required: [.nominative, .singular, .feminine]) {
            return f
        }
        return 0
    }

    /// Adjectives whose short form is a word of its own, with the short masculine as its
    /// dictionary headword: "должна" -> "должен" (not "должный").
    static let shortFormHeadwords: [[UInt8]] = [Array("должный".utf8)]

    func isShortFormHeadword(_ a: WordAnalysis) -> Bool {
        var full: [UInt8] = []
        appendForm(a, form: 0, to: &full)
        return Lexicon.shortFormHeadwords.contains(full)
    }

    /// The form of the analysis's paradigm that has every grammeme of `required` and shares
    /// the most other grammemes with the analysis's own tag (ties: the first). O(forms).
    func bestForm(_ a: WordAnalysis, required: GrammemeSet) -> Int? {
        guard a.isInflectable else { return nil }
        let t = tables
        let paradigm = Int(a.paradigm)
        var best: Int?
        var bestScore = Int.min
        for f in 0..<t.paradigmSize(paradigm) {
            let tag = t.tag(t.tagID(paradigm, f))
            guard tag.partOfSpeech == a.tag.partOfSpeech, tag.grammemes.isSuperset(of: required) else { continue }
            var score = tag.grammemes.intersection(a.tag.grammemes).count * 2 - tag.grammemes.count
            if t.prefix(paradigm, f) != t.prefix(paradigm, Int(a.form)) { score -= 1 }
            if score > bestScore { best = f; bestScore = score }
        }
        return best
    }

    /// The analysis of the same lexeme inflected to `grammemes` (other grammemes are kept where
    /// the paradigm allows), or nil when the lexeme has no such form. Keeps the part of speech.
    /// O(forms of the paradigm), no allocation.
    ///
    /// ```swift
    /// let a = lexicon.analyses(of: "вкладам")[0]
    /// lexicon.word(of: lexicon.inflect(a, to: [.nominative])!)            // "вклады"
    /// let s = lexicon.analyses(of: "Перфильев")[0]
    /// lexicon.word(of: lexicon.inflect(s, to: [.feminine, .nominative])!)  // "перфильева"
    /// ```
    public func inflect(_ analysis: WordAnalysis, to grammemes: GrammemeSet) -> WordAnalysis? {
        guard let f = bestForm(analysis, required: grammemes) else { return nil }
        var result = analysis
        result = WordAnalysis(tag: tables.tag(tables.tagID(Int(analysis.paradigm), f)), score: analysis.score,
                              method: analysis.method, paradigm: analysis.paradigm, form: UInt16(f),
                              prior: analysis.prior, fixedPrefix: Int(analysis.fixedPrefix),
                              stemLength: Int(analysis.stemLength), base: analysis.base)
        return result
    }

    /// Every form of the analysis's lexeme, in paradigm order (the first is the lemma's form,
    /// before the conventions of ``lemma(of:)``). O(forms).
    public func lexeme(of analysis: WordAnalysis) -> [WordAnalysis] {
        guard analysis.isInflectable else { return [analysis] }
        let paradigm = Int(analysis.paradigm)
        return (0..<tables.paradigmSize(paradigm)).map { f in
            WordAnalysis(tag: tables.tag(tables.tagID(paradigm, f)), score: analysis.score, method: analysis.method,
                         paradigm: analysis.paradigm, form: UInt16(f), prior: analysis.prior,
                         fixedPrefix: Int(analysis.fixedPrefix), stemLength: Int(analysis.stemLength),
                         base: analysis.base)
        }
    }
}
