#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a noun phrase into its dictionary form: the head noun in the nominative (its number
/// kept), the adjectives before it agreeing with it, a chain of name parts each in the
/// nominative, and everything after the head (a genitive tail, a name in quotes) as it is.
/// Each word keeps its capitalization.
///
/// ```swift
/// let normalizer = PhraseNormalizer(lexicon: lexicon)
/// normalizer.normalize("областной Корпорации развития")   // "областная Корпорация развития"
/// normalizer.normalize("рублевым вкладам")                // "рублевые вклады"
/// normalizer.normalize("Алексея Петровича Логанцова")     // "Алексей Петрович Логанцов"
/// normalizer.normalize("Перфильевой")                     // "Перфильева"
/// normalizer.normalize("Перфильева", gender: .masculine)  // "Перфильев"
/// ```
/// Immutable and `Sendable`. O(words × analyses²) per phrase.
public struct PhraseNormalizer: Sendable {
    /// The lexicon used for analyses and inflection.
    public let lexicon: Lexicon

    /// A normalizer over `lexicon`.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The phrase `text` (words separated by spaces) in its dictionary form; the separators are
    /// kept. `gender` chooses between readings of names ("Перфильева": a man's surname in the
    /// genitive, or a woman's in the nominative).
    public func normalize(_ text: String, gender: Grammeme? = nil) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        return normalize(words, gender: gender).joined(separator: " ")
    }

    /// The words of a phrase, each in its dictionary form in the phrase (see the type's
    /// description); words that are not part of the head stay as they are.
    public func normalize<S: StringProtocol>(_ words: [S], gender: Grammeme? = nil) -> [String] {
        normalize(words.map { String($0) }, gender: gender)
    }

    /// The words of a phrase, each in its dictionary form in the phrase (see the type's
    /// description); words that are not part of the head stay as they are.
    public func normalize(_ words: [String], gender: Grammeme? = nil) -> [String] {
        normalize(words, analyses: words.map { $0.isEmpty ? [] : lexicon.analyses(of: $0) }, gender: gender)
    }

    /// The same, given every analysis of each word (`lexicon.analyses(of:)`, empty for an empty
    /// word), for callers that have them already.
    public func normalize(_ words: [String], analyses: [[WordAnalysis]], gender: Grammeme? = nil) -> [String] {
        var result = words
        guard let plan = PhrasePlan.best(analyses, gender: gender) else { return result }
        for (index, analysis) in plan.inflected {
            // Abbreviations ("обл.") and non-words stay as written; only their modifiers agree.
            guard analysis.analysis.method != .abbreviation, analysis.analysis.isInflectable else { continue }
            guard let form = lexicon.inflect(analysis.analysis, to: analysis.target) else { continue }
            var word = lexicon.word(of: form)
            // Keep the writer's е where the lexicon has ё ("рублевым" -> "рублевые").
            if !YoFolding.containsYo(words[index]) { word = YoFolding.foldingYo(word) }
            result[index] = CaseTransfer.apply(from: words[index], to: word)
        }
        return result
    }
}

/// Which words of a phrase change, which analysis each has, and to what grammemes.
struct PhrasePlan {
    struct Change {
        let analysis: WordAnalysis
        let target: GrammemeSet
    }

    /// Word index -> its change, in word order.
    var inflected: [(Int, Change)] = []
    var score: Float = -.infinity

    /// The best plan: over every noun analysis of the first word that can head the phrase,
    /// the adjectives before it that agree, and the name parts after it; highest total
    /// likelihood wins. nil when no word can be the head.
    static func best(_ analyses: [[WordAnalysis]], gender: Grammeme?) -> PhrasePlan? {
        // No words (a phrase of punctuation or numbers only): nothing to inflect.
        guard !analyses.isEmpty else { return nil }
        // The head may be any word whose predecessors can all modify a noun; a plan that covers
        // more agreeing words wins over a likelier head alone ("рублевым вкладам": not the
        // surname "Рублёв").
        var lastHead = 0
        while lastHead + 1 < analyses.count, analyses[lastHead].contains(where: { ContextRules.isAgreeing($0.tag) }) {
            lastHead += 1
        }
        var best: PhrasePlan?
        for head in 0...lastHead {
            for h in analyses[head] where isHeadNoun(h) {
                guard var plan = plan(analyses, head: head, noun: h, gender: gender) else { continue }
                plan.score += agreementReward * Float(head)
                if best == nil || plan.score > best!.score { best = plan }
            }
        }
        return best ?? adjectiveOnly(analyses, gender: gender)
    }

    /// Reward per adjective that agrees with the head, in bits of likelihood.
    static let agreementReward: Float = 6

    /// The plan with `noun` (an analysis of word `head`) as the head; nil when a word before it
    /// cannot agree with it.
    static func plan(_ analyses: [[WordAnalysis]], head: Int, noun h: WordAnalysis, gender: Grammeme?) -> PhrasePlan? {
        var score = log2f(max(h.score, 0.0005))
        if let gender, let g = h.tag.gender, g != gender, g != .commonGender, h.tag.isProperName { score -= 20 }
        var changes: [(Int, Change)] = []
        for i in 0..<head {
            guard let a = likeliest(analyses[i], where: { ContextRules.isAgreeing($0.tag) && ContextRules.agrees($0.tag, h.tag) })
            else { return nil }
            score += log2f(max(a.score, 0.0005))
            var target: GrammemeSet = [.nominative]
            if let n = h.tag.number { target.insert(n) }
            if h.tag.number != .plural, let g = h.tag.gender, g != .commonGender { target.insert(g) }
            changes.append((i, Change(analysis: a, target: target)))
        }
        var headTarget: GrammemeSet = [.nominative]
        if let n = h.tag.number { headTarget.insert(n) }
        changes.append((head, Change(analysis: h, target: headTarget)))
        // A chain of name parts after a name part: each in the same case.
        if isNamePart(h.tag) {
            var i = head + 1
            while i < analyses.count,
                  let part = likeliest(analyses[i], where: { isNamePart($0.tag) && sameCaseAndGender($0.tag, h.tag) }) {
                score += log2f(max(part.score, 0.0005)) + agreementReward
                changes.append((i, Change(analysis: part, target: [.nominative, .singular])))
                i += 1
            }
        }
        var plan = PhrasePlan()
        plan.inflected = changes
        plan.score = score
        return plan
    }

    static func adjectiveOnly(_ analyses: [[WordAnalysis]], gender: Grammeme?) -> PhrasePlan? {
        guard let last = analyses.indices.last,
              let a = likeliest(analyses[last], where: { ContextRules.isAgreeing($0.tag) })
        else { return nil }
        var target: GrammemeSet = [.nominative]
        if let n = a.tag.number { target.insert(n) }
        if a.tag.number != .plural, let g = gender ?? a.tag.gender { target.insert(g) }
        var plan = PhrasePlan()
        plan.inflected = [(last, Change(analysis: a, target: target))]
        plan.score = 0
        return plan
    }

    /// The analysis with the highest score among those that pass `test`, the first of equals
    /// (as `filter(test).max(by:)` by score, without the filtered array). O(count).
    @inline(__always)
    static func likeliest(_ list: [WordAnalysis], where test: (WordAnalysis) -> Bool) -> WordAnalysis? {
        var best: WordAnalysis?
        for a in list where test(a) {
            if let b = best, !(b.score < a.score) { continue }
            best = a
        }
        return best
    }

    static func isHeadNoun(_ a: WordAnalysis) -> Bool {
        a.tag.partOfSpeech == .noun && (a.isInflectable || a.method == .abbreviation) && a.tag.case != nil
    }

    static func isNamePart(_ tag: MorphTag) -> Bool {
        tag.partOfSpeech == .noun && (tag.isFirstName || tag.isSurname || tag.isPatronymic)
    }

    static func sameCaseAndGender(_ a: MorphTag, _ b: MorphTag) -> Bool {
        guard let ca = a.case, let cb = b.case, ContextRules.mainCase(ca) == ContextRules.mainCase(cb) else { return false }
        if let ga = a.gender, let gb = b.gender, ga != gb, ga != .commonGender, gb != .commonGender { return false }
        return true
    }
}

/// Finding and folding ё in words, by bytes where the word has no combining marks (then bytes
/// and characters agree), by characters otherwise (a decomposed "е\u{308}" is an ё too).
enum YoFolding {
    /// Whether `word` holds ё or Ё. O(length).
    static func containsYo(_ word: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        for b in word.utf8 {
            if b == 0xCC || b == 0xCD { return word.contains("ё") || word.contains("Ё") }
            if (previous == 0xD1 && b == 0x91) || (previous == 0xD0 && b == 0x81) { return true }
            previous = b
        }
        return false
    }

    /// Whether `word` has a byte of ё (D1 91) or of a combining mark (CC, CD): when not,
    /// `foldingYo` has nothing to change. O(length), no allocation.
    static func mayHoldYo(_ word: String) -> Bool {
        var previous: UInt8 = 0
        for b in word.utf8 {
            if b == 0xCC || b == 0xCD || (previous == 0xD1 && b == 0x91) { return true }
            previous = b
        }
        return false
    }

    /// `word` with ё written as е. O(length); the word itself when it has no ё.
    static func foldingYo(_ word: String) -> String {
        guard mayHoldYo(word) else { return word }
        var bytes = Array(word.utf8)
        var changed = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xCC || b == 0xCD { return String(word.map { $0 == "ё" ? "е" : $0 }) }
            if b == 0xD1, i + 1 < bytes.count, bytes[i + 1] == 0x91 {
                bytes[i] = 0xD0
                bytes[i + 1] = 0xB5
                changed = true
                i += 2
            } else {
                i += 1
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : word
    }
}
