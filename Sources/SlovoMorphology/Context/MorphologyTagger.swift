import SlovoText

/// Chooses one analysis per token of a sentence, using the neighbours: a preposition's case
/// for the words after it, agreement of adjectives with their noun, possessive "его/её/их"
/// before a noun, and the lexicon's likelihoods as the prior.
///
/// ```swift
/// let tagger = MorphologyTagger(lexicon: lexicon)
/// var chosen: [WordAnalysis] = []
/// text.withUTF8 { bytes in
///     let tokens = Tokenizer().tokenize(bytes)
///     tagger.tag(tokens, 0..<tokens.count, in: bytes, into: &chosen)
/// }
/// ```
/// Immutable and `Sendable`; the scratch state of a call lives in that call.
public struct MorphologyTagger: Sendable {
    /// The lexicon the analyses come from.
    public let lexicon: Lexicon

    /// The analyses of "тот" (paradigm and base) whose oblique forms may be the pronoun "то".
    let demonstratives: [DemonstrativeLexeme]

    struct DemonstrativeLexeme: Sendable {
        let paradigm: UInt16
        let base: InlineCodes
    }

    /// A tagger over `lexicon`.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var found: [DemonstrativeLexeme] = []
        for form in ["того", "тому", "тем", "том"] {
            for a in lexicon.analyses(of: form) where a.tag.grammemes.contains(.pronominal) && lexicon.lemma(of: a) == "тот"
                && !found.contains(where: { $0.paradigm == a.paradigm && $0.base == a.base }) {
                found.append(DemonstrativeLexeme(paradigm: a.paradigm, base: a.base))
            }
        }
        demonstratives = found
    }

    /// Appends to `chosen` one analysis for each token of `tokens[range]` (a sentence), in order.
    /// Non-word tokens get a non-word analysis (their lemma is their text). O(tokens × k²) for
    /// k analyses per word (k is small); a few allocations per call, none per token.
    public func tag(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                    into chosen: inout [WordAnalysis]) {
        var memo = MorphologyMemo()
        tag(tokens, range, in: bytes, memo: &memo, into: &chosen)
    }

    /// ``tag(_:_:in:into:)`` with a memo of the words already analysed in the document: the
    /// same choices, faster on long documents.
    public func tag(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                    memo: inout MorphologyMemo, into chosen: inout [WordAnalysis]) {
        // A "sentence" may be a whole hostile document with no final mark (millions of tokens):
        // tag it in windows, so that the lattice (k candidates a token) stays bounded. The
        // search is first-order, so a cut only loses the link between the two tokens at it.
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(range.upperBound, start + Self.maxWindow)
            tagWindow(tokens, start..<end, in: bytes, memo: &memo, into: &chosen)
            start = end
        }
    }

    /// The most tokens searched together (longer sentences are tagged in windows this long).
    static let maxWindow = 1024

    func tagWindow(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                   memo: inout MorphologyMemo, into chosen: inout [WordAnalysis]) {
        guard !range.isEmpty else { return }
        var lattice = ContextLattice(capacity: range.count)
        var scratch: [WordAnalysis] = []
        scratch.reserveCapacity(64)
        for k in range {
            let token = tokens[k]
            let text = UnsafeBufferPointer(rebasing: bytes[token.byteRange])
            var governed: GrammemeSet?
            switch token.kind {
            case .word where token.flags.contains(.initial):
                scratch.removeAll(keepingCapacity: true)
                scratch.append(lexicon.initialAnalysis(text))
            case .word:
                let hash = LemmaCache.hash(text)
                if let entry = memo.find(text, hash: hash) {
                    lattice.append(memo.analyses[entry.start..<(entry.start + entry.count)], governed: entry.governed)
                    continue
                }
                lexicon.analyze(utf8: text, into: &scratch)
                MorphologyTagger.prune(&scratch)
                if scratch.contains(where: { $0.tag.partOfSpeech == .preposition }) {
                    governed = PrepositionCases.cases(of: text)
                }
                memo.store(text, hash: hash, scratch, governed: governed)
            case .number:
                scratch.removeAll(keepingCapacity: true)
                scratch.append(lexicon.nonWordAnalysis(text, .number))
            case .punctuation:
                scratch.removeAll(keepingCapacity: true)
                scratch.append(lexicon.nonWordAnalysis(text, .punctuation))
            default:
                scratch.removeAll(keepingCapacity: true)
                scratch.append(lexicon.nonWordAnalysis(text, .unknown))
            }
            lattice.append(scratch, governed: governed)
        }
        let first = chosen.count
        lattice.choose(into: &chosen)
        substantivizeDemonstrative(&chosen, from: first)
    }

    /// The most candidates kept per word, and the least likelihood relative to the best one.
    static let maxCandidates = 12
    static let minRelativeScore: Float = 1.0 / 4096

    /// Drops unlikely analyses (sorted, most likely first) so that the search stays fast; the
    /// possessive readings of "его/её/их" are kept whatever their share. O(k).
    static func prune(_ analyses: inout [WordAnalysis]) {
        guard let best = analyses.first?.score, analyses.count > 1 else { return }
        var k = 0
        for i in analyses.indices {
            let a = analyses[i]
            guard k < maxCandidates || ContextRules.isPossessive(a.tag), a.score >= best * minRelativeScore || ContextRules.isPossessive(a.tag)
            else { continue }
            analyses[k] = a
            k += 1
        }
        analyses.removeLast(analyses.count - k)
    }

    /// "того", "том", "тем" with no noun after them are the pronoun "то" ("после того как",
    /// "о том, что", "тем не менее"), not the adjective "тот".
    func substantivizeDemonstrative(_ chosen: inout [WordAnalysis], from first: Int) {
        for i in first..<chosen.count {
            let tag = chosen[i].tag
            guard tag.partOfSpeech == .adjective, tag.grammemes.contains(.pronominal), tag.number == .singular,
                  tag.gender != .feminine, let c = tag.case, c != .nominative, c != .accusative else { continue }
            if i + 1 < chosen.count {
                let next = chosen[i + 1].tag
                if next.partOfSpeech == .noun || ContextRules.isAgreeing(next) { continue }
            }
            guard demonstratives.contains(where: { $0.paradigm == chosen[i].paradigm && $0.base == chosen[i].base })
            else { continue }
            chosen[i] = lexicon.pronoun("то", case: c, score: chosen[i].score)
        }
    }
}
