import SlovoText

/// Words that are not in the lexicon: non-words (numbers, Latin, punctuation), hyphenated
/// words, known prefixes, and prediction from the ending.
extension Lexicon {
    /// Particles written after a hyphen, kept as they are: "кого-то", "где-нибудь", "скажи-ка".
    static let particles: [[UInt8]] = ["то", "либо", "нибудь", "ка", "таки", "де"].map(codesOf)
    /// Prefixes that attach to any word and are kept as they are ("антивирус", "суперкомпьютер").
    static let knownPrefixes: [[UInt8]] = [
        "анти", "авиа", "авто", "агро", "аэро", "био", "вело", "вице", "гео", "гидро", "гипер", "интер",
        "квази", "кибер", "кино", "контр", "космо", "макро", "медиа", "мега", "микро", "мини", "мото",
        "мульти", "нано", "недо", "нейро", "нео", "пост", "псевдо", "радио", "сверх", "спорт", "супер",
        "теле", "транс", "ультра", "фото", "экс", "эко", "электро", "энерго", "евро", "пресс", "видео",
        "аудио", "онлайн", "бизнес", "интернет",
    ].map(codesOf)

    static func codesOf(_ s: String) -> [UInt8] {
        s.unicodeScalars.compactMap { Alphabet.code(of: $0.value) }
    }

    /// Analyses of a word that is not in the lexicon, scored and sorted by the caller.
    func analyzeUnknown(_ word: WordCodes, capitalized: Bool, into out: inout [WordAnalysis]) {
        let codes = word.codes
        let n = word.count
        var cyrillic = 0, latin = 0, digits = 0, hyphen = -1
        for i in 0..<n {
            let c = codes[i]
            if Alphabet.isCyrillic(c) { cyrillic += 1 }
            else if Alphabet.isLatin(c) { latin += 1 }
            else if Alphabet.isDigit(c) { digits += 1 }
            else if c == Alphabet.hyphen && i > 0 && i < n - 1 { hyphen = i }
        }
        if cyrillic == 0 {
            out.append(nonWord(codes, latin > 0 ? (Lexicon.isRoman(codes) ? .romanNumeral : .latin)
                                              : digits > 0 ? .number : .punctuation))
            return
        }
        if hyphen > 0 {
            // A particle after the last hyphen: analyse what is before it.
            for particle in Lexicon.particles where n - hyphen - 1 == particle.count {
                var same = true
                for (k, c) in particle.enumerated() where codes[hyphen + 1 + k] != c { same = false; break }
                if same {
                    lookupDictionary(word, 0..<hyphen, method: .hyphenated, into: &out)
                    if !out.isEmpty { scoreDictionary(word, 0..<hyphen, &out); return }
                }
            }
            // "по-русски", "по-новому": adverbs.
            if hyphen == 2 && codes[0] == 17 && codes[1] == 16 {
                out.append(nonWord(codes, .adverb))
                return
            }
            // Otherwise the last part inflects and the rest is kept ("ИКТ-кластера", "IT-индустрии").
            let last = (hyphen + 1)..<n
            lookupDictionary(word, last, method: .hyphenated, into: &out)
            if !out.isEmpty { scoreDictionary(word, last, &out); return }
            predict(word, last, capitalized: false, method: .hyphenated, into: &out)
            if !out.isEmpty { return }
        }
        if latin == 0 && digits == 0 {
            for prefix in Lexicon.knownPrefixes where n - prefix.count >= 3 {
                var same = true
                for (k, c) in prefix.enumerated() where Alphabet.fold(codes[k]) != c { same = false; break }
                guard same else { continue }
                let before = out.count
                lookupDictionary(word, prefix.count..<n, method: .prefix, into: &out)
                keepProductive(&out, from: before)
                if out.count > before { scoreDictionary(word, prefix.count..<n, &out); return }
            }
            predict(word, 0..<n, capitalized: capitalized, method: .suffixPrediction, into: &out)
            if capitalized { preferNames(codes, &out) }
            if !out.isEmpty { return }
        }
        out.append(nonWord(codes, .unknown))
    }

    /// A capitalized unknown word is a name: verbs and short forms predicted for it are
    /// dropped, and a name ending in a vowel other than а/я ("Сырбу", "Мопертюи") may be
    /// indeclinable, so its own form is a candidate lemma.
    func preferNames(_ codes: InlineCodes, _ out: inout [WordAnalysis]) {
        guard out.contains(where: { $0.tag.partOfSpeech == .noun }) else { return }
        var k = 0
        var total: Float = 0
        for i in out.indices {
            switch out[i].tag.partOfSpeech {
            case .noun, .adjective:
                out[k] = out[i]
                total += out[i].score
                k += 1
            default:
                continue
            }
        }
        out.removeLast(out.count - k)
        let last = codes[codes.count - 1]
        // о, у, ю, и, е, э (folded)
        if [16, 21, 32, 10, 6, 31].contains(Alphabet.fold(last)) {
            var fixed = nonWord(codes, .noun)
            fixed.tag.grammemes = [.fixed]
            fixed.method = .suffixPrediction
            fixed.score = Lexicon.indeclinableNameShare * total
            out.append(fixed)
            total += fixed.score
        }
        for i in out.indices { out[i].score /= total }
    }

    /// The likelihood of an indeclinable reading of a capitalized unknown word ending in a vowel,
    /// relative to the predicted readings together.
    static let indeclinableNameShare: Float = 1


    /// Drops analyses of classes that do not take new words (pronouns, prepositions...).
    func keepProductive(_ out: inout [WordAnalysis], from start: Int) {
        var k = start
        for i in start..<out.count where Lexicon.isProductive(out[i].tag) {
            out[k] = out[i]
            k += 1
        }
        out.removeLast(out.count - k)
    }

    static func isProductive(_ tag: MorphTag) -> Bool {
        switch tag.partOfSpeech {
        case .numeral, .pronoun, .predicative, .preposition, .conjunction, .particle, .interjection: return false
        default: return !tag.grammemes.contains(.pronominal)
        }
    }

    /// Predicts analyses of `word[range]` from its longest known ending (1 to 5 letters, never
    /// the whole word), as the lexicon's words with that ending inflect. Scores are the share of
    /// words behind each guess; for a capitalized word, proper-name paradigms count double.
    func predict(_ word: WordCodes, _ range: Range<Int>, capitalized: Bool, method: WordAnalysis.Method,
                 into out: inout [WordAnalysis]) {
        let t = tables
        let codes = word.codes
        let n = range.count
        let end = range.upperBound
        guard n >= 2 else { return }
        var length = min(5, n - 1)
        while length >= 1 {
            var hash = CodeHash.basis
            for k in 0..<length { hash = CodeHash.step(hash, Alphabet.fold(codes[end - 1 - k])) }
            defer { length -= 1 }
            let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { folded in
                for i in 0..<end { folded[i] = Alphabet.fold(codes[i]) }
                return t.predictions.records(hash: hash, reversedEndingAt: UnsafePointer(folded.baseAddress! + end), count: length)
            }
            guard let (offset, count) = found else { continue }
            let blob = t.predictions.blob.base
            let before = out.count
            var total: Float = 0
            for k in 0..<count {
                let at = offset + 6 * k
                let paradigm = Int(blob.u16(at)), form = Int(blob.u16(at + 2))
                guard t.isForm(paradigm, form) else { continue }
                let ending = t.ending(paradigm, form)
                let endingLength = t.endings.length(ending)
                guard endingLength < n else { continue }
                let p = t.endings.start(ending)
                var same = true
                for i in 0..<endingLength where Alphabet.fold(p.u8(i)) != Alphabet.fold(codes[end - endingLength + i]) {
                    same = false
                    break
                }
                guard same else { continue }
                var weight = Float(blob.u16(at + 4))
                let tag = t.tag(t.tagID(paradigm, form))
                if capitalized && tag.isProperName { weight *= 2 }
                total += weight
                emit(word, range, paradigm: paradigm, form: form, prior: 0, stemStart: range.lowerBound,
                     stemEnd: end - endingLength, stemMask: 0, method: method, into: &out)
                out[out.count - 1].score = weight
            }
            if out.count > before {
                for i in before..<out.count { out[i].score /= total }
                return
            }
        }
    }

    /// An analysis that only repeats the word (numbers, Latin words, punctuation, unknown).
    func nonWord(_ codes: InlineCodes, _ pos: PartOfSpeech) -> WordAnalysis {
        WordAnalysis(tag: MorphTag(pos), score: 1, method: .nonWord, paradigm: UInt16.max, form: 0, prior: 0,
                     fixedPrefix: codes.count, stemLength: 0, base: codes)
    }

    /// The analysis of text outside the alphabet (punctuation, other scripts); its lemma is
    /// produced from the text itself.
    func nonWord(_ bytes: UnsafeBufferPointer<UInt8>) -> WordAnalysis {
        var letters = false
        var i = 0
        while i < bytes.count {
            let (c, len) = UTF8Scanning.decode(bytes, at: i)
            if CharClass.isLetter(c) { letters = true; break }
            i += len
        }
        return nonWord(InlineCodes(), letters ? .unknown : .punctuation)
    }

    static func isRoman(_ codes: InlineCodes) -> Bool {
        for i in 0..<codes.count {
            guard Alphabet.isLatin(codes[i]) else { return false }
            switch codes[i] - Alphabet.firstLatin + 0x61 {
            case 0x69, 0x76, 0x78, 0x6C, 0x63, 0x64, 0x6D: continue  // i v x l c d m
            default: return false
            }
        }
        return codes.count > 0
    }
}

extension Lexicon {
    /// The analysis of a token that is not a word (number, punctuation, symbol...): its lemma
    /// is its text, lower-case. O(length).
    public func nonWordAnalysis(_ bytes: UnsafeBufferPointer<UInt8>, _ pos: PartOfSpeech) -> WordAnalysis {
        if let word = WordCodes(utf8: bytes) { return nonWord(word.codes, pos) }
        return nonWord(InlineCodes(), pos)
    }

    /// The analysis of an initial ("А.", "П."): a one-letter abbreviated name, lemma the letter.
    public func initialAnalysis(_ bytes: UnsafeBufferPointer<UInt8>) -> WordAnalysis {
        var codes = WordCodes(utf8: bytes)?.codes ?? InlineCodes()
        if codes.count > 0 && codes[codes.count - 1] == Alphabet.dot { codes.truncate(to: codes.count - 1) }
        var a = nonWord(codes, .noun)
        a.tag.grammemes = [.initial, .abbreviation]
        return a
    }
}

extension Lexicon {
    /// A neuter singular pronoun that the lexicon lists only as an adjective's form ("то" for
    /// "того"): not inflectable, its lemma is `lemma`.
    func pronoun(_ lemma: String, case c: Grammeme, score: Float) -> WordAnalysis {
        var codes = InlineCodes()
        for scalar in lemma.unicodeScalars { codes.append(Alphabet.code(of: scalar.value) ?? 0) }
        var a = nonWord(codes, .pronoun)
        a.tag.grammemes = [.neuter, .singular, c]
        a.method = .dictionary
        a.score = score
        return a
    }
}
