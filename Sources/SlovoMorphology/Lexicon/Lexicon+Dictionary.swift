#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dictionary lookup: split the word into paradigm prefix + stem + ending, and find lexemes
/// whose stem and paradigm give that ending.
extension Lexicon {
    /// Appends the dictionary analyses of `word[range]`; codes before and after `range` are kept
    /// as a fixed prefix and suffix. Scores are left at 1. O(n + ending candidates) hash lookups,
    /// no allocation beyond `out`'s growth.
    func lookupDictionary(_ word: WordCodes, _ range: Range<Int>, method: WordAnalysis.Method,
                          into out: inout [WordAnalysis]) {
        var sink = AnalysisSink(lexicon: self, word: word, range: range, method: method)
        swap(&sink.out, &out)
        findDictionaryHits(word, range, into: &sink)
        swap(&sink.out, &out)
    }

    /// Reports each dictionary reading of `word[range]` to `sink`, in the order
    /// ``lookupDictionary(_:_:method:into:)`` appends them. O(n + ending candidates) lookups.
    func findDictionaryHits<Sink: DictionaryHitSink>(_ word: WordCodes, _ range: Range<Int>, into sink: inout Sink) {
        guard !range.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { folded in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 65) { prefixHash in
                let n = word.count
                for i in 0..<n { folded[i] = Alphabet.fold(word.codes[i]) }
                let key = UnsafePointer(folded.baseAddress!)
                lookup(word, key, range, prefixHash.baseAddress!, &sink)
            }
        }
    }

    /// The lookup over the folded codes `key` of the whole word.
    @inline(__always)
    private func lookup<Sink: DictionaryHitSink>(_ word: WordCodes, _ key: UnsafePointer<UInt8>, _ range: Range<Int>,
                                                 _ prefixHash: UnsafeMutablePointer<UInt64>, _ sink: inout Sink) {
        let t = tables
        let s = range.lowerBound
        let n = range.count

        // Hashes of every prefix of the word, for the stems.
        var h = CodeHash.basis
        prefixHash[0] = h
        for i in 0..<n {
            h = CodeHash.step(h, key[s + i])
            prefixHash[i + 1] = h
        }

        // Lexemes without a stem ("я", "меня", "люди"...) are listed whole.
        if let (offset, count) = t.wholeWords.records(hash: h, key: key + s, count: n) {
            let blob = t.wholeWords.blob.base
            for k in 0..<count {
                let at = offset + 5 * k
                let paradigm = Int(blob.u16(at)), form = Int(blob.u16(at + 2))
                guard t.isForm(paradigm, form), yoMatches(word, from: s, paradigm: paradigm, form: form, stemLength: 0) else { continue }
                sink.hit(DictionaryHit(paradigm: UInt16(paradigm), form: UInt16(form), prior: blob.u8(at + 4),
                                       stemStart: UInt8(s), stemEnd: UInt8(s), stemMask: 0))
            }
        }

        // Endings, read from the end of the word; each known one splits off a stem to look up.
        var reverseHash = CodeHash.basis
        let end = s + n
        let longest = min(n - 1, t.maxEndingLength)
        var k = 0
        while k <= longest {
            if k > 0 { reverseHash = CodeHash.step(reverseHash, key[end - k]) }
            guard let value = t.endingTable.find(reverseHash, accept: { v in
                // A continuation (0) needs no check; an ending is compared with its codes.
                v == 0 || t.foldedEndings.length(Int(v) - 1) == k
                    && memcmp(t.foldedEndings.start(Int(v) - 1), key + end - k, k) == 0
            }) else { break }
            if value > 0 {
                findStems(word, key, range, stemEnd: end - k, ending: UInt16(value - 1), prefixHash: prefixHash,
                          into: &sink)
            }
            k += 1
        }
    }

    /// Looks up the stem ending at `stemEnd` after each paradigm prefix, and keeps the forms
    /// of its lexemes that have `ending`.
    @inline(__always)
    private func findStems<Sink: DictionaryHitSink>(_ word: WordCodes, _ key: UnsafePointer<UInt8>, _ range: Range<Int>,
                                                    stemEnd: Int, ending: UInt16, prefixHash: UnsafeMutablePointer<UInt64>,
                                                    into sink: inout Sink) {
        let t = tables
        let s = range.lowerBound
        for prefix in 0..<t.prefixes.count {
            let prefixLength = t.prefixes.length(prefix)
            let stemStart = s + prefixLength
            let stemLength = stemEnd - stemStart
            guard stemLength >= 1 else { continue }
            var hash: UInt64
            if prefixLength == 0 {
                hash = prefixHash[stemEnd - s]
            } else {
                let p = t.prefixes.start(prefix)
                var same = true
                for i in 0..<prefixLength where p.u8(i) != key[s + i] { same = false; break }
                guard same else { continue }
                hash = CodeHash.basis
                for i in stemStart..<stemEnd { hash = CodeHash.step(hash, key[i]) }
            }
            guard t.stemFilter.mayContain(hash),
                  let (offset, count) = t.stems.records(hash: hash, key: key + stemStart, count: stemLength) else { continue }
            let blob = t.stems.blob.base
            let wordStemYo = word.yoMask == 0 ? 0 : (word.yoMask >> UInt64(stemStart)) & ((1 << UInt64(stemLength)) - 1)
            for g in 0..<count {
                let at = offset + 7 * g
                let paradigm = Int(blob.u16(at))
                let stemMask = UInt64(blob.u32(at + 2))
                guard wordStemYo & ~stemMask == 0, paradigm < t.paradigmCount else { continue }
                // Forms of the paradigm with this ending: binary search in its ending index.
                let first = t.firstForm(paradigm)
                let last = first + t.paradigmSize(paradigm)
                var lo = first, hi = last
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if t.formIndex.u16(4 * mid) < ending { lo = mid + 1 } else { hi = mid }
                }
                while lo < last && t.formIndex.u16(4 * lo) == ending {
                    let form = Int(t.formIndex.u16(4 * lo + 2))
                    lo += 1
                    guard t.prefix(paradigm, form) == prefix,
                          yoMatches(word, from: s, paradigm: paradigm, form: form, stemLength: stemLength)
                    else { continue }
                    sink.hit(DictionaryHit(paradigm: UInt16(paradigm), form: UInt16(form), prior: blob.u8(at + 6),
                                           stemStart: UInt8(stemStart), stemEnd: UInt8(stemEnd), stemMask: UInt32(stemMask)))
                }
            }
        }
    }

    /// Whether an ё in the word's ending is an ё in the form's ending too (an ё typed by the
    /// user must match; an е may stand for ё).
    @inline(__always)
    func yoMatches(_ word: WordCodes, from s: Int, paradigm: Int, form: Int, stemLength: Int) -> Bool {
        guard word.yoMask != 0 else { return true }
        let t = tables
        let prefixLength = t.prefixes.length(t.prefix(paradigm, form))
        let endingID = t.ending(paradigm, form)
        let endingStart = s + prefixLength + stemLength
        let p = t.endings.start(endingID)
        for i in 0..<t.endings.length(endingID) where word.codes[endingStart + i] == Alphabet.yo {
            if p.u8(i) != Alphabet.yo { return false }
        }
        return true
    }

    /// Appends the analysis of form `form` of `paradigm` with the stem `word[stemStart..<stemEnd]`.
    /// The base is the word itself without the paradigm prefix and the ending (ё restored in
    /// the stem where the lexicon has it).
    @inline(__always)
    func emit(_ word: WordCodes, _ range: Range<Int>, paradigm: Int, form: Int, prior: UInt8, stemStart: Int,
              stemEnd: Int, stemMask: UInt64, method: WordAnalysis.Method, into out: inout [WordAnalysis]) {
        var base = word.codes
        base.remove(range.lowerBound..<stemStart, stemEnd..<range.upperBound)
        if stemMask != 0 {
            let fixed = range.lowerBound
            for i in 0..<(stemEnd - stemStart) where stemMask & (1 << UInt64(i)) != 0 && base[fixed + i] == Alphabet.ye {
                base[fixed + i] = Alphabet.yo
            }
        }
        out.append(WordAnalysis(
            tag: tables.tag(tables.tagID(paradigm, form)), score: 1, method: method,
            paradigm: UInt16(paradigm), form: UInt16(form), prior: prior,
            fixedPrefix: range.lowerBound, stemLength: stemEnd - stemStart, base: base))
    }
}

/// One dictionary reading of a word: the form `form` of `paradigm`, its stem the word's codes
/// `stemStart ..< stemEnd` (with ё where bit i of `stemMask` says so), and the lexeme's prior.
/// What ``Lexicon/emit(_:_:paradigm:form:prior:stemStart:stemEnd:stemMask:method:into:)`` turns
/// into a ``WordAnalysis``; 11 bytes in ``FrequentForms`` (with a score after them).
struct DictionaryHit: Equatable {
    var paradigm: UInt16
    var form: UInt16
    var prior: UInt8
    var stemStart: UInt8
    var stemEnd: UInt8
    var stemMask: UInt32
}

/// Receives the readings the dictionary lookup finds, in order.
protocol DictionaryHitSink {
    mutating func hit(_ hit: DictionaryHit)
}

/// Turns hits into analyses of `word[range]` (the lookup's usual sink).
struct AnalysisSink: DictionaryHitSink {
    let lexicon: Lexicon
    let word: WordCodes
    let range: Range<Int>
    let method: WordAnalysis.Method
    var out: [WordAnalysis] = []

    @inline(__always)
    mutating func hit(_ hit: DictionaryHit) {
        lexicon.emit(word, range, hit, method: method, into: &out)
    }
}

extension Lexicon {
    /// ``emit(_:_:paradigm:form:prior:stemStart:stemEnd:stemMask:method:into:)`` for a hit.
    @inline(__always)
    func emit(_ word: WordCodes, _ range: Range<Int>, _ hit: DictionaryHit, method: WordAnalysis.Method,
              into out: inout [WordAnalysis]) {
        emit(word, range, paradigm: Int(hit.paradigm), form: Int(hit.form), prior: hit.prior, stemStart: Int(hit.stemStart),
             stemEnd: Int(hit.stemEnd), stemMask: UInt64(hit.stemMask), method: method, into: &out)
    }
}
