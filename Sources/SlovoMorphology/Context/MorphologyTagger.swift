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
/// Immutable and `Sendable`; the scratch state of a call lives in the memo it is given (or the
/// calling thread's memo).
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
    /// k analyses per word (k is small). Uses the calling thread's memo
    /// (``MorphologyMemo/withThreadMemo(_:)``).
    public func tag(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                    into chosen: inout [WordAnalysis]) {
        MorphologyMemo.withThreadMemo { memo in
            tag(tokens, range, in: bytes, memo: &memo, into: &chosen)
        }
    }

    /// ``tag(_:_:in:into:)`` into a ``WordAnalysisList`` (about 48 bytes an analysis instead of
    /// 112): the same choices.
    public func tag(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                    into chosen: inout WordAnalysisList) {
        MorphologyMemo.withThreadMemo { memo in
            tag(tokens, range, in: bytes, memo: &memo, into: &chosen)
        }
    }

    /// ``tag(_:_:in:into:)`` with a memo of the words already analysed: the same choices,
    /// faster as words repeat. A word seen before costs one hash lookup and no allocation.
    public func tag(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                    memo: inout MorphologyMemo, into chosen: inout [WordAnalysis]) {
        tagInWindows(tokens, range, in: bytes, memo: &memo, into: &chosen)
    }

    /// The same into a ``WordAnalysisList``.
    public func tag(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                    memo: inout MorphologyMemo, into chosen: inout WordAnalysisList) {
        tagInWindows(tokens, range, in: bytes, memo: &memo, into: &chosen)
    }

    /// Tags `tokens[range]` into `chosen` (an array or a list), in windows of at most
    /// ``maxWindow`` tokens.
    func tagInWindows<Chosen: ChosenAnalyses>(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                              memo: inout MorphologyMemo, into chosen: inout Chosen) {
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

    func tagWindow<Chosen: ChosenAnalyses>(_ tokens: [Token], _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
                                           memo: inout MorphologyMemo, into chosen: inout Chosen) {
        guard !range.isEmpty else { return }
        memo.prepare(for: lexicon.tables)
        // The memo's state through a pointer: no reference counting or exclusivity checks per
        // token (`memo` keeps the storage alive; `remember` only appends to it).
        let storage = memo.storage.state
        storage.pointee.startSentence()
        tokens.withUnsafeBufferPointer { tokens in
            // Hashes, and the lines of the lookups below brought into cache together.
            storage.pointee.prefetch(tokens, range, in: bytes)
            for k in range {
                let token = tokens[k]
                let text = UnsafeBufferPointer(rebasing: bytes[token.byteRange])
                let kind = TokenClass(token)
                let hash = storage.pointee.hashes[k - range.lowerBound]
                var entry = storage.pointee.find(text, hash: hash)
                if entry < 0 { entry = remember(text, kind, hash: hash, in: &memo) }
                storage.pointee.appendToken(entry: entry)
            }
        }
        storage.pointee.choose()
        // (No reserveCapacity here: it grows to exactly what is asked, so a caller that tags
        // sentence by sentence into an unreserved array would copy it at every sentence.)
        let first = chosen.count
        chosen.append(range.count, from: &storage.pointee)
        substantivizeDemonstrative(&chosen, from: first, state: storage.pointee)
    }

    /// How a token is analysed; part of its memo key.
    enum TokenClass: UInt8 {
        case word, initial, number, punctuation, other

        /// `TokenFlags.initial`'s bit.
        static let initialBit: UInt8 = 1 << 3

        @inline(__always)
        init(_ token: Token) {
            switch token.kind {
            // (The flag's bit is tested directly: `.initial` from another module is a call.)
            case .word: self = token.flags.rawValue & TokenClass.initialBit != 0 ? .initial : .word
            case .number: self = .number
            case .punctuation: self = .punctuation
            default: self = .other
            }
        }
    }

    /// Analyses a token not in the memo and remembers its candidates. O(length + k²); no
    /// allocation once the memo's arrays have grown.
    func remember(_ text: UnsafeBufferPointer<UInt8>, _ kind: TokenClass, hash: UInt64,
                  in memo: inout MorphologyMemo) -> Int {
        var candidates: [WordAnalysis] = []
        swap(&candidates, &memo.scratch)
        defer { swap(&candidates, &memo.scratch) }
        candidates.removeAll(keepingCapacity: true)
        var governed: GrammemeSet?
        switch kind {
        case .initial:
            candidates.append(lexicon.initialAnalysis(text))
        case .word:
            lexicon.analyze(utf8: text, into: &candidates)
            MorphologyTagger.prune(&candidates)
            if candidates.contains(where: { $0.tag.partOfSpeech == .preposition }) {
                governed = PrepositionCases.cases(of: text)
            }
        case .number:
            candidates.append(lexicon.nonWordAnalysis(text, .number))
        case .punctuation:
            candidates.append(lexicon.nonWordAnalysis(text, .punctuation))
        case .other:
            candidates.append(lexicon.nonWordAnalysis(text, .unknown))
        }
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: candidates.count) { emissions in
            ContextRules.emissions(candidates, candidates.indices, into: emissions)
            return memo.storage.state.pointee.insert(text, hash: hash, candidates, governed: CandidateFeatures.governedMask(governed)) { i in
                var features = CandidateFeatures(candidates[i].tag)
                if isDemonstrative(candidates[i], features) { features.bits |= CandidateFeatures.demonstrative }
                return MemoState.Core(emission: emissions[i], features: features)
            }
        }
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

    /// Whether `a` (with features `f`) is an oblique singular, not feminine form of "тот",
    /// which ``substantivizeDemonstrative(_:from:state:)`` may make the pronoun "то".
    func isDemonstrative(_ a: WordAnalysis, _ f: CandidateFeatures) -> Bool {
        let c = f.caseCode
        guard a.tag.partOfSpeech == .adjective, a.tag.grammemes.contains(.pronominal),
              f.numberCode == CandidateFeatures.singularCode, f.genderCode != CandidateFeatures.feminineCode,
              c != 0, c != UInt32(Grammeme.nominative.rawValue) + 1, c != UInt32(Grammeme.accusative.rawValue) + 1
        else { return false }
        return demonstratives.contains(where: { $0.paradigm == a.paradigm && $0.base == a.base })
    }

    /// "того", "том", "тем" with no noun after them are the pronoun "то" ("после того как",
    /// "о том, что", "тем не менее"), not the adjective "тот". `state.path` holds the memo
    /// candidate chosen for each token from `first` on. O(tokens).
    func substantivizeDemonstrative<Chosen: ChosenAnalyses>(_ chosen: inout Chosen, from first: Int, state: MemoState) {
        let n = chosen.count - first
        let cores = state.cores.pointer, path = state.path.pointer
        for i in 0..<n where cores[Int(path[i])].features.has(CandidateFeatures.demonstrative) {
            if i + 1 < n {
                let next = cores[Int(path[i + 1])].features
                if next.bits & (CandidateFeatures.noun | CandidateFeatures.agreeing) != 0 { continue }
            }
            let a = chosen[first + i]
            guard let c = a.tag.case else { continue }
            chosen[first + i] = lexicon.pronoun("то", case: c, score: a.score)
        }
    }
}

/// Where the tagger puts its choices: an array of analyses or a ``WordAnalysisList``.
protocol ChosenAnalyses: MutableCollection where Index == Int, Element == WordAnalysis {
    /// Appends the analyses of the memo candidates `state.path[0..<n]`.
    mutating func append(_ n: Int, from state: inout MemoState)
}

extension Array: ChosenAnalyses where Element == WordAnalysis {
    @inline(__always)
    mutating func append(_ n: Int, from state: inout MemoState) { state.appendAnalyses(n, to: &self) }
}

extension WordAnalysisList: ChosenAnalyses {
    @inline(__always)
    mutating func append(_ n: Int, from state: inout MemoState) { state.appendAnalyses(n, to: &self) }
}
