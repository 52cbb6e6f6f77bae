import Testing
import SlovoText
@testable import SlovoMorphology

/// The tagger's memo and packed candidates give exactly what the plain search over tags gives.
@Suite struct MemoTests {
    static let text = """
        20 марта президент США Дональд Трамп принимает в Белом доме наследного принца. \
        Он живёт в большом доме. После того как он ушёл, стало тихо. Того человека не было. \
        Мы говорили об этом решении с областной администрацией. Представители посетили IT-центр в Калуге. \
        В 1995 г. «Открытие» и А. П. Логанцов — в Калуге! О том, что было, никто не знал. \
        Тем не менее новые школы открылись в районах области, а старые закрылись на ремонт.         Его высокопревосходительство осмотрел достопримечательностями богатый город, \
        превысокомногорассмотрительствующий северо-восточно-западно-южного края.
        """

    /// Tags every sentence of `text` with `memo`; one analysis per token.
    static func tag(_ text: String, _ tagger: MorphologyTagger, memo: inout MorphologyMemo) -> [WordAnalysis] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes)
            var chosen: [WordAnalysis] = []
            for sentence in SentenceSplitter().split(bytes, tokens: tokens) {
                tagger.tag(tokens, sentence.tokens, in: bytes, memo: &memo, into: &chosen)
            }
            return chosen
        }
    }

    @Test func anEntryIsOneCacheLine() {
        #expect(MemoryLayout<MemoState.Entry>.stride == 64)
        #expect(MemoryLayout<MemoState.Entry>.offset(of: \MemoState.Entry.inlineKey) == MemoState.Entry.inlineKeyOffset)
    }

    @Test func theCategoryMasksAreTheGrammemeSets() {
        #expect(CandidateFeatures.caseBits == Grammeme.cases.low && Grammeme.cases.high == 0)
        #expect(CandidateFeatures.numberBits == Grammeme.numbers.low && Grammeme.numbers.high == 0)
        #expect(CandidateFeatures.genderBits == Grammeme.genders.low && Grammeme.genders.high == 0)
        #expect(CandidateFeatures.animacyBits == Grammeme.animacies.low && Grammeme.animacies.high == 0)
    }

    @Test func rawValuesAreCaseIndices() {
        for (index, pos) in PartOfSpeech.allCases.enumerated() {
            #expect(Int(pos.rawValue) == index)
            #expect(PartOfSpeech(unchecked: pos.rawValue) == pos)
        }
        let methods: [WordAnalysis.Method] = [.dictionary, .suffixPrediction, .prefix, .hyphenated, .abbreviation, .nonWord]
        for (index, method) in methods.enumerated() {
            #expect(Int(method.rawValue) == index)
            #expect(WordAnalysis.Method(unchecked: method.rawValue) == method)
        }
    }

    @Test func packedTransitionsEqualTheRules() throws {
        let lexicon = try #require(testLexicon)
        let words = ["в", "о", "с", "на", "по", "к", "большом", "доме", "областной", "Корпорации", "того", "тем",
                     "новые", "школы", "их", "его", "стали", "мыла", "три", "сорок", "лучшего", "синие", "ножницы",
                     "Калуге", "президент", "принца", "наследного", "бывшая", "сирота"]
        var candidates: [(WordAnalysis, GrammemeSet?)] = []
        for word in words {
            var bytes = Array(word.utf8)
            let governed = bytes.withUnsafeMutableBufferPointer { PrepositionCases.cases(of: UnsafeBufferPointer($0)) }
            for a in lexicon.analyses(of: word) { candidates.append((a, a.tag.partOfSpeech == .preposition ? governed : nil)) }
        }
        var compared = 0
        for (l, governed) in candidates {
            for (r, _) in candidates {
                let expected = ContextRules.transition(l, governed: governed, r)
                let packed = CandidateFeatures.transition(CandidateFeatures(l.tag), governed: CandidateFeatures.governedMask(governed),
                                                          CandidateFeatures(r.tag))
                #expect(packed == expected, "\(l.tag) -> \(r.tag)")
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    @Test func storedAnalysesComeBackUnchanged() throws {
        let lexicon = try #require(testLexicon)
        var arena = [UInt8](repeating: 0, count: 256)
        var long = 0
        for word in ["Калуге", "областной", "ИКТ-кластера", "антивирус", "т.е.", "Логанцов", "ёлка",
                     "превысокомногорассмотрительствующий", "северо-восточно-западно-южного"] {
            for a in lexicon.analyses(of: word) {
                let n = a.base.count
                a.base.withCodes { codes in for i in 0..<n { arena[i] = codes[i] } }
                if !StoredAnalysis.isInline(n) { long += 1 }
                let stored = StoredAnalysis(a, baseStart: 0)
                let back = arena.withUnsafeBufferPointer { stored.analysis(codes: $0.baseAddress!) }
                // The codes past `count` are not kept (a lexicon's value may carry leftovers there).
                #expect(back.tag == a.tag && back.score == a.score && back.method == a.method, "\(word)")
                #expect(back.paradigm == a.paradigm && back.form == a.form && back.prior == a.prior, "\(word)")
                #expect(back.fixedPrefix == a.fixedPrefix && back.stemLength == a.stemLength, "\(word)")
                #expect(back.base.count == n && (0..<n).allSatisfy { back.base[$0] == a.base[$0] }, "\(word)")
            }
        }
        #expect(long > 0, "a base kept in the arena")
        #expect(MemoryLayout<StoredAnalysis>.stride == 64)
    }

    @Test func aSmallMemoThatForgetsChoosesAsAFreshOne() throws {
        let lexicon = try #require(testLexicon)
        let tagger = MorphologyTagger(lexicon: lexicon)
        // Many distinct words, repeated, so that a memo of the least capacity fills, keeps the
        // words seen again, and starts over.
        let long = String(repeating: MemoTests.text + " ", count: 3)
            + (0..<400).map { "Слово\($0) стоит в строке номер \($0)." }.joined(separator: " ")
            + " " + MemoTests.text
        var fresh = MorphologyMemo()
        let expected = MemoTests.tag(long, tagger, memo: &fresh)
        var small = MorphologyMemo(capacity: 1)
        let first = MemoTests.tag(long, tagger, memo: &small)
        let again = MemoTests.tag(long, tagger, memo: &small)
        #expect(first == expected)
        #expect(again == expected)
        // One memo per sentence (nothing shared) gives the same as well.
        var text = long
        let perSentence: [WordAnalysis] = text.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes)
            var chosen: [WordAnalysis] = []
            for sentence in SentenceSplitter().split(bytes, tokens: tokens) {
                var memo = MorphologyMemo()
                tagger.tag(tokens, sentence.tokens, in: bytes, memo: &memo, into: &chosen)
            }
            return chosen
        }
        #expect(perSentence == expected)
    }

    @Test func aMemoReservesItsArraysOnceAndKeepsThemAcrossEvictions() throws {
        let lexicon = try #require(testLexicon)
        let tagger = MorphologyTagger(lexicon: lexicon)
        // 1,024 candidates at most (the least limit): these distinct words overflow it.
        let text = (0..<1_500).map { "Слово\($0) стоит в строке номер \($0)." }.joined(separator: " ")
        var memo = MorphologyMemo(capacity: 1)
        _ = MemoTests.tag("Первое предложение.", tagger, memo: &memo)
        let reserved = memo.storage.state.pointee.stored.capacity
        #expect(reserved == memo.candidateLimit + MorphologyMemo.sentenceSlack)
        _ = MemoTests.tag(text, tagger, memo: &memo)
        // It evicted (fewer words than were seen) and never grew its candidate arrays.
        #expect(memo.count < 1_500)
        #expect(memo.storage.state.pointee.stored.capacity == reserved)
        #expect(memo.storage.state.pointee.cores.capacity == reserved)
    }

    @Test func aFullMemoKeepsTheMostSeenWordsWithinItsBudget() throws {
        let lexicon = try #require(testLexicon)
        let candidates = lexicon.analyses(of: "дом")
        var state = MemoState()
        let words = (0..<10).map { Array("слово\($0)".utf8) }
        func hash(_ word: [UInt8]) -> UInt64 { word.withUnsafeBufferPointer { MemoState.hash($0, kind: 1) } }
        func find(_ word: [UInt8]) -> Int { word.withUnsafeBufferPointer { state.find($0, hash: hash(word)) } }
        for word in words {
            _ = word.withUnsafeBufferPointer { bytes in
                state.insert(bytes, hash: hash(word), candidates, governed: 0) { i in
                    MemoState.Core(emission: 0, features: CandidateFeatures(candidates[i].tag))
                }
            }
        }
        // Word k is seen again k times.
        for (k, word) in words.enumerated() { for _ in 0..<k { _ = find(word) } }
        #expect(state.keepThreshold(budget: 3 * candidates.count) == 7)
        state.keepMostSeen(budget: 3 * candidates.count)
        #expect(state.entries.count == 3)
        for (k, word) in words.enumerated() { #expect((find(word) >= 0) == (k >= 7), "word \(k)") }
        // Counts were halved (7 / 2, 8 / 2, 9 / 2), then count the two finds since.
        #expect((7..<10).map { state.entries[find(words[$0])].seen } == [5, 6, 6])
        // A word not seen again is never kept, whatever the budget.
        #expect(state.keepThreshold(budget: 1_000_000) >= 1)
    }

    @Test func aCopiedMemoIsIndependent() throws {
        let lexicon = try #require(testLexicon)
        let tagger = MorphologyTagger(lexicon: lexicon)
        var memo = MorphologyMemo()
        let expected = MemoTests.tag(MemoTests.text, tagger, memo: &memo)
        var copy = memo
        let count = memo.count
        _ = MemoTests.tag("Совсем другие слова появились здесь впервые.", tagger, memo: &copy)
        #expect(memo.count == count)
        #expect(copy.count > count)
        #expect(MemoTests.tag(MemoTests.text, tagger, memo: &memo) == expected)
        copy.removeAll()
        #expect(copy.count == 0 && memo.count == count)
    }
}
