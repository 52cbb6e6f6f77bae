#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlovoText

/// Slovo's Russian lexicon: every analysis of a word form (lemma, part of speech, grammemes,
/// proper-name tags), ranked by likelihood; lemmas; inflection. Built from OpenCorpora's
/// dictionary (see `Dictionaries/README.md`); words that are not in it are predicted from their
/// endings, hyphenated parts and prefixes.
///
/// The file is memory-mapped, not parsed: loading takes a few milliseconds and the pages are
/// shared. A `Lexicon` is immutable and `Sendable`: load it once (``shared()``) and use it from
/// any number of threads.
///
/// ```swift
/// let lexicon = try Lexicon.shared()
/// lexicon.lemma("Калуге")                       // "калуга"
/// let best = lexicon.analyses(of: "рублевым")[0]
/// best.tag.description                          // "ADJF,Qual,plur,datv" (or similar)
/// lexicon.inflect(best, to: [.nominative])      // the analysis of "рублевые"
/// ```
public struct Lexicon: Sendable {
    let tables: LexiconTables

    /// Loads `path` (a `ru-lexicon.bin`). Throws when the file is missing, unreadable or not
    /// of this version's format. O(index sizes), a few milliseconds.
    public init(path: String) throws(LexiconError) {
        tables = try LexiconTables(path: path)
    }

    /// Loads the lexicon from `folder`, or from the first of the places ``DictionaryLocator``
    /// searches (`$SLOVO_DICTIONARIES`, next to the executable, the source tree). The error
    /// lists every place searched.
    public static func load(folder: String? = nil) throws(LexiconError) -> Lexicon {
        let found: String
        do {
            found = try DictionaryLocator.locate(explicit: folder, requiredFile: LexiconFormat.fileName)
        } catch {
            throw .notFound(LexiconFormat.fileName, searched: error.searched)
        }
        return try Lexicon(path: found + "/" + LexiconFormat.fileName)
    }

    /// The process-wide lexicon from the default places, loaded on first use and then shared.
    /// Thread-safe; a failed load is retried on the next call.
    public static func shared() throws(LexiconError) -> Lexicon {
        try SharedLexicon.instance.get()
    }

    /// The file the lexicon was loaded from.
    public var path: String { tables.path }

    /// Tells loaded lexicons apart (copies of one `Lexicon` share it), for memos of analyses,
    /// which are only valid for the lexicon that made them. O(1).
    package var identity: ObjectIdentifier { ObjectIdentifier(tables) }

    /// The source of the data ("OpenCorpora 0.92 rev 417150 via pymorphy3-dicts-ru").
    public var source: String { tables.source }

    // MARK: Analyses

    /// Every analysis of `word`, most likely first. Case-insensitive; ё and е match each other
    /// (an ё in `word` must be ё in the lexicon); stress marks are ignored. Unknown words are
    /// predicted. O(length of the word) lookups; allocates the result.
    ///
    /// ```swift
    /// lexicon.analyses(of: "стали").map { lexicon.lemma(of: $0) }   // ["стать", "сталь", ...]
    /// ```
    public func analyses(of word: some StringProtocol) -> [WordAnalysis] {
        var result: [WordAnalysis] = []
        var text = String(word)
        text.withUTF8 { analyze(utf8: $0, into: &result) }
        return result
    }

    /// Replaces the contents of `result` with every analysis of the UTF-8 word `bytes`, most
    /// likely first. The hot path: no allocation once `result` has capacity (keep one array
    /// per thread and pass it again). O(length of the word) hash lookups.
    public func analyze(utf8 bytes: UnsafeBufferPointer<UInt8>, into result: inout [WordAnalysis]) {
        analyzeUnsorted(utf8: bytes, into: &result)
        Lexicon.sortByScore(&result)
    }

    /// The analyses of ``analyze(utf8:into:)``, scored but in no particular order.
    /// With `lemmaOnly`, analyses that all give the same lemma are left unscored (the caller
    /// takes any of them).
    func analyzeUnsorted(utf8 bytes: UnsafeBufferPointer<UInt8>, into result: inout [WordAnalysis],
                         lemmaOnly: Bool = false) {
        result.removeAll(keepingCapacity: true)
        guard let word = WordCodes(utf8: bytes), word.count > 0 else {
            result.append(nonWord(bytes))
            return
        }
        let capitalized = Lexicon.startsUpperCase(bytes)
        if word.codes[word.count - 1] == Alphabet.dot && word.count > 1 {
            analyzeDotted(word, capitalized: capitalized, into: &result)
            return
        }
        let scored = lookupWholeWord(word, into: &result)
        if result.isEmpty, word.count <= 4, analyzeAbbreviation(word, into: &result, dotless: true) {
            return
        }
        if result.isEmpty {
            analyzeUnknown(word, capitalized: capitalized, into: &result)
        } else if !(lemmaOnly && Lexicon.sameLemma(result)) {
            if !scored { scoreDictionary(word, 0..<word.count, &result) }
        } else if scored {
            for i in result.indices { result[i].score = 1 }
        }
    }

    /// Whether every analysis has the same lexeme and the plain lemma convention (so the same
    /// lemma). O(k).
    static func sameLemma(_ analyses: [WordAnalysis]) -> Bool {
        guard let first = analyses.first else { return true }
        for a in analyses {
            guard a.paradigm == first.paradigm, a.base == first.base else { return false }
            switch a.tag.partOfSpeech {
            case .preposition, .shortAdjective: return false
            case .noun where a.tag.isSurname || a.tag.isPatronymic: return false
            default: continue
            }
        }
        return true
    }

    /// The best context-free lemma of `word`, lower-case ("Калуге" -> "калуга"; "2013" -> "2013").
    /// O(length of the word).
    public func lemma(_ word: some StringProtocol) -> String {
        let all = analyses(of: word)
        guard let best = all.first, best.isInflectable || best.base.count > 0 else { return word.lowercased() }
        return lemma(of: best)
    }

    /// Appends the best context-free lemma of the UTF-8 word `bytes` to `out` (lower-case UTF-8).
    /// No allocation once `out` and `scratch` have capacity. O(length of the word).
    public func appendLemma(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8],
                            scratch: inout [WordAnalysis]) {
        analyzeUnsorted(utf8: bytes, into: &scratch, lemmaOnly: true)
        var best = 0
        for i in scratch.indices.dropFirst() where Lexicon.precedes(scratch[i], scratch[best]) { best = i }
        if best < scratch.count, scratch[best].method != .nonWord || scratch[best].base.count > 0 {
            appendLemma(of: scratch[best], to: &out)
        } else {
            out.append(contentsOf: String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        }
    }

    static func startsUpperCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        let (c, _) = UTF8Scanning.decode(bytes, at: 0)
        return CharClass.isUppercase(c)
    }
}

/// The lazily loaded process-wide lexicon.
final class SharedLexicon: @unchecked Sendable {
    static let instance = SharedLexicon()
    private var mutex = pthread_mutex_t()
    private var lexicon: Lexicon?

    init() { pthread_mutex_init(&mutex, nil) }

    func get() throws(LexiconError) -> Lexicon {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let lexicon { return lexicon }
        let loaded = try Lexicon.load()
        lexicon = loaded
        return loaded
    }
}
