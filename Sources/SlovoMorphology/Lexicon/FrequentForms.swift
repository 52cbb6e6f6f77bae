/// The dictionary readings of the most frequent word forms, stored whole: `ru-frequent-forms.bin`
/// beside `ru-lexicon.bin`, written by `slovo-train frequent-forms` from the lexicon itself.
///
/// The lexicon finds a word's readings by splitting off every ending it may have and looking
/// up each stem: a chain of a dozen or so lookups in a 15 MB file, most of them cache misses
/// for a word not seen lately (about 2 µs; a third of the morphology stage once the per-thread
/// memo holds the words seen often). A word in this table costs one hash of its codes, one
/// slot and one entry. The records are what the lookup found when the table was written, in
/// its order, so a word gives the same analyses either way (a test compares every entry with
/// the lookup).
///
/// ```
/// header  "SLOVOFRM" u32 version u32 sectionCount, then per section: 4-byte name, u32 offset, u32 length
/// LXID    the lexicon it was made from: u64 file size, u64 FNV-1a of its header and section table
/// FRMT/FRMB  word codes as written (lower case, ё kept) -> n × (u16 paradigm, u16 form, u8 prior,
///            u8 stem start, u8 stem end, u32 ё positions of the stem, f32 score): a hash table
///            over a blob, as in the lexicon (``LexiconFormat``); n may be 0 (a frequent word the
///            dictionary does not have). The score is the one the lexicon's ranking gives the
///            reading among the word's readings (its P(tag | word) and lexeme prior).
/// ```
/// A table made for another lexicon file (its size or section table differ) is not used. Every
/// offset is checked against the blob as it is read, and every record's form and stem against
/// the lexicon and the word before it is used (else the word is looked up): a damaged file
/// cannot make the lexicon read outside its files.
struct FrequentForms {
    static let fileName = "ru-frequent-forms.bin"
    static let magic: [UInt8] = Array("SLOVOFRM".utf8)
    static let version: UInt32 = 2
    static let recordSize = 15

    /// Pointers into the mapped file, which ``LexiconTables`` keeps alive (no reference here,
    /// so reading the optional costs no reference counting).
    let words: KeyedBlob
    /// The number of words stored.
    var count: Int { words.table.entryCount }

    /// Maps and checks `path`; nil when the file is missing, malformed, or made for another
    /// lexicon than `lexicon` (the lexicon works without it, only slower). Keep `file` alive
    /// while `forms` is used. O(header).
    static func load(path: String, lexicon: MappedFile) -> (file: MappedFile, forms: FrequentForms)? {
        guard let file = try? MappedFile(path: path),
              let sections = try? LexiconTables.sections(file, magic: magic, version: version),
              let id = sections["LXID"], id.count == 16,
              id.base.u64(0) == UInt64(lexicon.count), id.base.u64(8) == fingerprint(of: lexicon),
              let table = sections["FRMT"], let blob = sections["FRMB"],
              let words = try? KeyedBlob(table: table, blob: blob, recordSize: recordSize)
        else { return nil }
        return (file, FrequentForms(words: words))
    }

    /// FNV-1a of a lexicon file's header and section table: it changes when any section's size
    /// or place changes, which a new dictionary or generator all but always does. O(sections).
    static func fingerprint(of lexicon: MappedFile) -> UInt64 {
        guard lexicon.count >= 16 else { return 0 }
        let length = min(lexicon.count, 16 + 12 * Int(lexicon.base.u32(12)))
        var h = CodeHash.basis
        for i in 0..<length { h = CodeHash.step(h, lexicon.base.u8(i)) }
        return h
    }

    /// The hash of a word's codes, as the table is keyed. O(n).
    @inline(__always)
    static func hash(_ word: WordCodes) -> UInt64 {
        var h = CodeHash.basis
        for i in 0..<word.count { h = CodeHash.step(h, word.codes[i]) }
        return h
    }

    /// Where the records of `word` (all its codes) start and how many there are; nil when the
    /// word is not stored. O(n), one probe.
    @inline(__always)
    func records(of word: WordCodes) -> (offset: Int, count: Int)? {
        word.codes.withCodes { codes in
            words.records(hash: FrequentForms.hash(word), key: codes, count: word.count)
        }
    }

    /// Calls `body` with every stored word, its records and their scores, in slot order (for
    /// checks). O(size).
    func forEachWord(_ body: (WordCodes, [DictionaryHit], [Float]) -> Void) {
        let blob = words.blob
        try? words.table.forEachValue { value throws(FormatProblem) in
            let at = Int(value)
            guard at < blob.count else { return }
            let n = Int(blob.base.u8(at))
            guard at + 1 + n < blob.count, let (offset, count) = words.entry(at + 1 + n) else { return }
            let codes = InlineCodes(copying: (blob.base + at + 1).assumingMemoryBound(to: UInt8.self), count: min(n, InlineCodes.capacity))
            body(WordCodes(codes: codes), (0..<count).map { hit(offset, $0) }, (0..<count).map { score(offset, $0) })
        }
    }

    /// The score of record `index` of the records at `offset`. O(1).
    @inline(__always)
    func score(_ offset: Int, _ index: Int) -> Float {
        Float(bitPattern: words.blob.base.u32(offset + FrequentForms.recordSize * index + 11))
    }

    /// Record `index` of the records at `offset`. O(1).
    @inline(__always)
    func hit(_ offset: Int, _ index: Int) -> DictionaryHit {
        let b = words.blob.base, at = offset + FrequentForms.recordSize * index
        return DictionaryHit(paradigm: b.u16(at), form: b.u16(at + 2), prior: b.u8(at + 4), stemStart: b.u8(at + 5),
                             stemEnd: b.u8(at + 6), stemMask: b.u32(at + 7))
    }
}

extension Lexicon {
    /// The dictionary analyses of the whole word, from ``FrequentForms`` when the word is there
    /// (then scored, and the result is true), else looked up (scores left at 1). O(n) for a
    /// stored word.
    @inline(__always)
    func lookupWholeWord(_ word: WordCodes, into out: inout [WordAnalysis]) -> Bool {
        if let forms = tables.frequentForms, let (offset, count) = forms.records(of: word),
           (0..<count).allSatisfy({ isValid(forms.hit(offset, $0), in: word) }) {
            for i in 0..<count {
                emit(word, 0..<word.count, forms.hit(offset, i), method: .dictionary, into: &out)
                out[out.count - 1].score = forms.score(offset, i)
            }
            return true
        }
        lookupDictionary(word, 0..<word.count, method: .dictionary, into: &out)
        return false
    }

    /// Whether `hit` names a form of this lexicon and a stem inside `word`. O(1).
    @inline(__always)
    func isValid(_ hit: DictionaryHit, in word: WordCodes) -> Bool {
        tables.isForm(Int(hit.paradigm), Int(hit.form)) && hit.stemStart <= hit.stemEnd && Int(hit.stemEnd) <= word.count
    }

    /// Whether the frequent-forms table was found beside the lexicon and matches it.
    package var hasFrequentForms: Bool { tables.frequentForms != nil }
}
