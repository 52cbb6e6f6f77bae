/// Splits tokens into sentences with Russian rules: sentence-final punctuation followed by
/// something that can start a sentence, abbreviations ("т. е.", "г." before a name, but "г."
/// after a year may end one), initials, direct speech ("«...!» — сказал он"), ellipses,
/// numbered lists, line breaks in scraped text and headings without final punctuation.
///
/// O(number of tokens); no allocation besides the result.
public struct SentenceSplitter: Sendable {
    /// Creates a sentence splitter.
    public init() {}

    /// Sentences of `text`, given its tokens from ``Tokenizer``.
    public func split(_ text: String, tokens: [Token]) -> [Sentence] {
        var text = text
        return text.withUTF8 { split($0, tokens: tokens) }
    }

    /// Sentences of valid UTF-8 bytes, given their tokens from ``Tokenizer``.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        let context = SentenceContext(bytes: bytes, tokens: tokens)
        var first = 0
        for k in 0..<(tokens.count - 1) where context.isBoundary(after: k) {
            sentences.append(Sentence(start: tokens[first].start, end: tokens[k].end, tokens: first..<(k + 1)))
            first = k + 1
        }
        sentences.append(Sentence(start: tokens[first].start, end: tokens[tokens.count - 1].end,
                                  tokens: first..<tokens.count))
        return sentences
    }
}

/// The rules of ``SentenceSplitter``, over one text and its tokens.
struct SentenceContext {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    /// The index of the first token that is not an emoji (tokens.count when there is none).
    let firstNonEmoji: Int

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
        firstNonEmoji = tokens.firstIndex { $0.kind != .emoji } ?? tokens.count
    }

    /// Is there a sentence boundary between token `k` and token `k + 1`?
    func isBoundary(after k: Int) -> Bool {
        let newlines = newlineCount(between: k, and: k + 1)
        if newlines >= 2 { return true }
        if newlines == 1 { return isLineBreakBoundary(after: k) }
        let next = tokens[k + 1]
        // Closing quotes and brackets stay with the sentence they close.
        if isCloser(next) { return false }
        // A smiley made of brackets ("))", "(((") ends a sentence in social media text.
        if isBracketSmiley(tokens[k]) { return startsWithWordOrMention(k + 1) }
        // Find the mark that would end the sentence: this token, or the one before the closers.
        var end = k
        while end > 0 && isCloser(tokens[end]) { end -= 1 }
        let mark = tokens[end]
        switch mark.kind {
        case .punctuation:
            guard let terminal = terminalKind(mark) else { return false }
            if terminal == .period && end == k && isListNumber(k) { return false }
            return startsSentence(k + 1, after: terminal, closedByQuote: end != k)
        case .word:
            if mark.flags.contains(.abbreviation) {
                return abbreviationEndsSentence(end) && startsSentence(k + 1, after: .period, closedByQuote: end != k)
            }
            return false
        case .emoji:
            // Social media: an emoji run between two sentences ("Хей! 😊 Ставь лайк"), or
            // before a reply to someone ("спасибо 😊 @имя ...").
            guard end == k, hasLetterBefore(k) else { return false }
            return startsWithUppercaseWord(k + 1) || next.kind == .mention
        default:
            return false
        }
    }

    // MARK: - Line breaks

    /// Line feeds between tokens `a` and `b`; when there is none, carriage returns (old Mac
    /// files). One pass; O(1) for the common gap of one space or none.
    func newlineCount(between a: Int, and b: Int) -> Int {
        var i = Int(tokens[a].end)
        let end = Int(tokens[b].start)
        if end - i <= 1 {
            guard end > i else { return 0 }
            let byte = bytes[i]
            return byte == 0x0A || byte == 0x0D ? 1 : 0
        }
        var lineFeeds = 0
        var carriageReturns = 0
        while i < end {
            let byte = bytes[i]
            lineFeeds &+= byte == 0x0A ? 1 : 0
            carriageReturns &+= byte == 0x0D ? 1 : 0
            i += 1
        }
        return lineFeeds > 0 ? lineFeeds : carriageReturns
    }

    /// A single line break ends a sentence unless the line was wrapped in mid-sentence: the next
    /// line starts with a lower-case word and this one does not end with sentence punctuation.
    func isLineBreakBoundary(after k: Int) -> Bool {
        let token = tokens[k]
        if token.kind == .punctuation, terminalKind(token) != nil { return true }
        let next = tokens[k + 1]
        if next.kind == .word, let c = firstScalar(next), CharClass.isLowercase(c) {
            return false
        }
        // A line ending in a comma, a hyphen, a semicolon or an opening bracket continues.
        if token.kind == .punctuation, let c = firstScalar(token),
           c == 0x2C || c == 0x2D || c == 0x28 || c == 0x3B {
            return false
        }
        return true
    }

    // MARK: - Terminal marks

    enum Terminal { case period, ellipsis, question, exclamation }

    /// The kind of a sentence-final punctuation token ("." "!" "?" "..." "?!" "!.."), or nil.
    func terminalKind(_ token: Token) -> Terminal? {
        var i = Int(token.start)
        var sawPeriod = false, sawQuestion = false, sawExclamation = false, sawEllipsis = false, dots = 0
        while i < Int(token.end) {
            let (c, len) = UTF8Scanning.decode(bytes, at: i)
            switch c {
            case 0x2E: sawPeriod = true; dots += 1
            case 0x3F: sawQuestion = true
            case 0x21: sawExclamation = true
            case 0x2026: sawEllipsis = true
            default: return nil
            }
            i += len
        }
        if sawQuestion { return .question }
        if sawExclamation { return .exclamation }
        if sawEllipsis || dots >= 2 { return .ellipsis }
        return sawPeriod ? .period : nil
    }

    /// Closing quotes and brackets: » " ” ’ ' ) ] and the run "»)".
    func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation, let c = firstScalar(token) else { return false }
        switch c {
        case 0xBB, 0x201D, 0x2019, 0x29, 0x5D, 0x201C:
            return true
        case 0x22, 0x27:
            // A straight quote closes when it follows text without a space.
            guard token.start > 0 else { return false }
            let (before, _) = UTF8Scanning.decode(bytes, before: Int(token.start))
            return !CharClass.isWhitespace(before)
        default:
            return false
        }
    }

    /// Can token `n` start a new sentence after a terminal mark?
    func startsSentence(_ n: Int, after terminal: Terminal, closedByQuote: Bool) -> Bool {
        let next = tokens[n]
        switch next.kind {
        case .word:
            guard let c = firstScalar(next) else { return true }
            return !CharClass.isLowercase(c)
        case .number:
            // A period after a number before a number ("1. 2.") is a list; otherwise a new sentence.
            if terminal == .ellipsis { return false }
            return terminal != .period || !isListNumber(n - 1)
        case .punctuation:
            guard let c = firstScalar(next) else { return true }
            if c == 0x2014 || c == 0x2013 || c == 0x2D {
                // Direct speech: "«Идём!» — сказал он." continues; "— Да. — Нет." starts anew.
                return startsWithUppercaseWord(n + 1)
            }
            if c == 0xAB || c == 0x201E || c == 0x201C || c == 0x22 || c == 0x28 || c == 0x2018 {
                // An opening quote or bracket: look at the word after it.
                if n + 1 < tokens.count, let w = firstScalar(tokens[n + 1]), CharClass.isLowercase(w) { return false }
                return true
            }
            return false
        case .emoji:
            // Emoji after the final mark close the sentence ("Стильно получилось!👍"), unless
            // they are bullets that open the next line ("... озерах. ✅ Время ловли").
            return isBullet(next) && startsWithUppercaseWord(n + 1)
        case .url, .hashtag:
            // Links and tags after a sentence belong to it.
            return false
        case .symbol, .email, .mention:
            return terminal != .ellipsis
        }
    }

    /// Is the number before the period a list number at the start of a line ("1.", "12.")?
    func isListNumber(_ periodIndex: Int) -> Bool {
        guard periodIndex >= 1 else { return false }
        let number = tokens[periodIndex - 1]
        guard number.kind == .number, number.byteCount <= 2 else { return false }
        if periodIndex - 1 == 0 { return true }
        return newlineCount(between: periodIndex - 2, and: periodIndex - 1) > 0
    }

    /// Abbreviations that may close a sentence: "и т. д.", "и др.", "в 1995 г.", "XX в.",
    /// "5 млн руб.". Others ("г. Москва", "ул.", "им.", "проф.") never do.
    func abbreviationEndsSentence(_ k: Int) -> Bool {
        let token = tokens[k]
        let key = Int(token.start)..<Int(token.end - 1)
        if WordTables.contains(WordTables.closingAbbreviations, SentenceData.closingAbbreviations, bytes, key) {
            return true
        }
        if WordTables.contains(WordTables.afterNumberAbbreviations, SentenceData.afterNumberAbbreviations, bytes, key),
           k > 0 {
            let previous = tokens[k - 1]
            if previous.kind == .number { return true }
            if previous.kind == .word && isRomanNumeral(previous) { return true }
        }
        return false
    }

    func isRomanNumeral(_ token: Token) -> Bool {
        var i = Int(token.start)
        while i < Int(token.end) {
            switch bytes[i] {
            case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
                 UInt8(ascii: "M"):
                i += 1
            default:
                return false
            }
        }
        return true
    }

    /// "))", ")))", "((" and longer runs.
    func isBracketSmiley(_ token: Token) -> Bool {
        // Asked for every token: one combined test first (the kind alone is unpredictable).
        guard (token.kind == .punctuation ? 1 : 0) & (token.byteCount >= 2 ? 1 : 0) as UInt8 != 0 else { return false }
        let first = bytes[Int(token.start)]
        guard first == 0x29 || first == 0x28 else { return false }
        return bytes[Int(token.start)..<Int(token.end)].allSatisfy { $0 == first }
    }

    func startsWithWordOrMention(_ n: Int) -> Bool {
        guard n < tokens.count else { return false }
        return tokens[n].kind == .word || tokens[n].kind == .mention || tokens[n].kind == .emoji
    }

    /// Emoji used as list bullets: ✅ ✔ ☑ ➡ ▶ 👉 📌 🔸 🔹 ⭐.
    func isBullet(_ token: Token) -> Bool {
        guard let c = firstScalar(token) else { return false }
        switch c {
        case 0x2705, 0x2714, 0x2611, 0x27A1, 0x25B6, 0x1F449, 0x1F4CC, 0x1F538, 0x1F539, 0x2B50, 0x2022:
            return true
        default:
            return false
        }
    }

    // MARK: - Small helpers

    func firstScalar(_ token: Token) -> UInt32? {
        token.start < token.end ? UTF8Scanning.decode(bytes, at: Int(token.start)).scalar : nil
    }

    func isCapitalizedWord(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized)
    }

    /// Does token `n`, after any opening quotes, start with a word, number or hashtag that is
    /// not lower case? A loop, not recursion: a long run of quotes must not exhaust the stack.
    func startsWithUppercaseWord(_ n: Int) -> Bool {
        var n = n
        while n < tokens.count {
            let token = tokens[n]
            if token.kind == .word || token.kind == .number || token.kind == .hashtag {
                guard let c = firstScalar(token) else { return false }
                return !CharClass.isLowercase(c)
            }
            guard token.kind == .punctuation, let c = firstScalar(token), c == 0xAB || c == 0x22 || c == 0x201E else {
                return false
            }
            n += 1
        }
        return false
    }

    /// Is there a token other than an emoji before token `k`? O(1) (walking back over a long
    /// emoji run at every token would be quadratic).
    func hasLetterBefore(_ k: Int) -> Bool {
        firstNonEmoji < k
    }
}

/// Word lists for sentence splitting.
public enum SentenceData {
    /// Abbreviations that may end a sentence whatever stands before them.
    public static let closingAbbreviations: Set<String> = [
        "д", "п", "др", "пр", "т.д", "т.п", "э", "н.э", "etc", "гг", "вв", "руб", "коп", "долл",
        "тыс", "млн", "млрд", "трлн", "шт", "экз",
    ]

    /// Abbreviations that end a sentence after a number or Roman numeral ("в 1995 г.", "XX в.").
    public static let afterNumberAbbreviations: Set<String> = [
        "г", "в", "км", "кг", "м", "мм", "см", "л", "га", "мин", "сек", "ч", "с", "стр", "т",
    ]
}
