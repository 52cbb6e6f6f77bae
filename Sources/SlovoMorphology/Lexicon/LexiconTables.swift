/// The sections of a loaded lexicon file, checked and ready for lookups. Immutable; shared by
/// every thread through ``Lexicon``.
final class LexiconTables: @unchecked Sendable {
    let file: MappedFile
    let path: String
    /// Tags by id, converted to Slovo's grammeme numbering at load.
    let tags: [MorphTag]
    /// The same tags, for reads without bounds checks or reference counting on the hot path.
    let tagBuffer: UnsafeMutableBufferPointer<MorphTag>
    let source: String
    let endings: CodeList
    let prefixes: CodeList
    let endingTable: HashTable
    let foldedEndings: CodeList
    let paradigmOffsets: UnsafeRawPointer
    let paradigmCount: Int
    let forms: UnsafeRawPointer
    let formIndex: UnsafeRawPointer
    let stems: KeyedBlob
    /// Bloom filter of the stems: most stems that are not in the lexicon are ruled out here,
    /// in a table small enough to stay in the processor's cache.
    let stemFilter: BloomFilter
    let wholeWords: KeyedBlob
    let tagProbabilities: KeyedBlob
    let predictions: KeyedBlob
    /// The longest folded ending, in codes.
    let maxEndingLength: Int
    /// Folded ending id of "".
    let emptyEnding: UInt16
    /// The readings of frequent words, stored whole (``FrequentForms``), when the file beside
    /// the lexicon matches it.
    let frequentForms: FrequentForms?
    /// The mapped file ``frequentForms`` points into.
    let frequentFormsFile: MappedFile?

    /// Maps and checks the file at `path`. O(size of the tables' indexes); no word data is copied.
    init(path: String) throws(LexiconError) {
        self.path = path
        file = try MappedFile(path: path)
        do throws(FormatProblem) {
            let sections = try LexiconTables.sections(file, magic: LexiconFormat.magic, version: LexiconFormat.version)
            func section(_ name: String) throws(FormatProblem) -> Section {
                guard let s = sections[name] else { throw FormatProblem("no \(name) section") }
                return s
            }
            let alphabet = try section("ALPH")
            guard String(decoding: UnsafeRawBufferPointer(start: alphabet.base, count: alphabet.count), as: UTF8.self)
                    == Alphabet.letters else { throw FormatProblem("different alphabet") }
            let sourceSection = try section("SRCE")
            source = String(decoding: UnsafeRawBufferPointer(start: sourceSection.base, count: sourceSection.count), as: UTF8.self)
            tags = try LexiconTables.readTags(try section("TAGS"), names: try section("GRAM"))
            tagBuffer = .allocate(capacity: tags.count)
            _ = tagBuffer.initialize(from: tags)
            endings = try CodeList(try section("ENDD"))
            prefixes = try CodeList(try section("PREF"))
            endingTable = try HashTable(try section("ENDK"))
            foldedEndings = try CodeList(try section("ENDF"))
            let offsets = try section("PARO")
            paradigmOffsets = offsets.base
            paradigmCount = offsets.count / 4 - 1
            guard paradigmCount > 0 else { throw FormatProblem("no paradigms") }
            let formSection = try section("FORM")
            let indexSection = try section("FIDX")
            let formCount = Int(offsets.base.u32(4 * paradigmCount))
            guard formSection.count >= 8 * formCount, indexSection.count >= 4 * formCount else {
                throw FormatProblem("forms truncated")
            }
            forms = formSection.base
            formIndex = indexSection.base
            stems = try KeyedBlob(table: try section("STEM"), blob: try section("GRPS"), recordSize: 7)
            stemFilter = try BloomFilter(try section("STBF"))
            wholeWords = try KeyedBlob(table: try section("WHOL"), blob: try section("WHLB"), recordSize: 5)
            tagProbabilities = try KeyedBlob(table: try section("PTWT"), blob: try section("PTWB"), recordSize: 4)
            predictions = try KeyedBlob(table: try section("PRED"), blob: try section("PRDB"), recordSize: 6)
            var longest = 0
            var empty: UInt16?
            for i in 0..<endings.count { longest = max(longest, endings.length(i)) }
            maxEndingLength = longest
            for f in 0..<formCount where endings.length(Int(forms.u16(8 * f + 2))) == 0 {
                empty = forms.u16(8 * f + 4)
                break
            }
            emptyEnding = empty ?? UInt16.max
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            let loaded = FrequentForms.load(path: folder + "/" + FrequentForms.fileName, lexicon: file)
            frequentForms = loaded?.forms
            frequentFormsFile = loaded?.file
            try checkForms(formCount: formCount)
        } catch {
            throw .malformed(path, error.reason)
        }
    }

    /// The section table of the header of a file that starts with `magic` and `version`
    /// (the lexicon, or ``FrequentForms``).
    static func sections(_ file: MappedFile, magic: [UInt8], version expected: UInt32) throws(FormatProblem) -> [String: Section] {
        guard file.count >= 16 else { throw FormatProblem("file too short") }
        for (i, b) in magic.enumerated() where file.base.u8(i) != b {
            throw FormatProblem("bad magic")
        }
        let version = file.base.u32(8)
        guard version == expected else { throw FormatProblem("file format \(version)") }
        let count = Int(file.base.u32(12))
        guard 16 + 12 * count <= file.count else { throw FormatProblem("header truncated") }
        var result: [String: Section] = [:]
        for i in 0..<count {
            let entry = 16 + 12 * i
            let name = String(decoding: UnsafeRawBufferPointer(start: file.base + entry, count: 4), as: UTF8.self)
            let offset = Int(file.base.u32(entry + 4))
            let length = Int(file.base.u32(entry + 8))
            guard offset <= file.count, length <= file.count - offset else {
                throw FormatProblem("section \(name) out of range")
            }
            result[name] = Section(base: file.base + offset, count: length)
        }
        return result
    }

    /// Converts the file's tags (bits numbered by its grammeme list) to ``MorphTag``s.
    static func readTags(_ tags: Section, names: Section) throws(FormatProblem) -> [MorphTag] {
        let list = String(decoding: UnsafeRawBufferPointer(start: names.base, count: names.count), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        guard list.count <= 128, tags.count >= 4 else { throw FormatProblem("bad grammeme list") }
        let count = Int(tags.base.u32(0))
        guard tags.count >= 4 + 16 * count else { throw FormatProblem("tags truncated") }
        // What each of the file's bits means, worked out once.
        var partOfSpeech = [PartOfSpeech?](repeating: nil, count: 128)
        var grammeme = [Grammeme?](repeating: nil, count: 128)
        for (bit, name) in list.enumerated() {
            partOfSpeech[bit] = PartOfSpeech(openCorporaName: name)
            grammeme[bit] = Grammeme(openCorporaName: name)
        }
        var result: [MorphTag] = []
        result.reserveCapacity(count)
        for t in 0..<count {
            var tag = MorphTag(.unknown)
            for (half, word) in [tags.base.u64(4 + 16 * t), tags.base.u64(12 + 16 * t)].enumerated() {
                var bits = word
                while bits != 0 {
                    let bit = 64 * half + bits.trailingZeroBitCount
                    bits &= bits - 1
                    if let pos = partOfSpeech[bit] { tag.partOfSpeech = pos } else if let g = grammeme[bit] { tag.grammemes.insert(g) }
                }
            }
            result.append(tag)
        }
        return result
    }

    /// Every form's ids are in range. The word tables are not walked at load (that would touch
    /// every page): their offsets are checked on lookup, and paradigm and form numbers read from
    /// them are checked where they are used (``isForm(_:_:)``).
    func checkForms(formCount: Int) throws(FormatProblem) {
        var previous = 0
        for p in 0...paradigmCount {
            let offset = Int(paradigmOffsets.u32(4 * p))
            guard offset >= previous, offset <= formCount else { throw FormatProblem("paradigm offsets") }
            previous = offset
        }
        for f in 0..<formCount {
            guard Int(forms.u8(8 * f)) < prefixes.count, Int(forms.u16(8 * f + 2)) < endings.count,
                  Int(forms.u16(8 * f + 4)) < foldedEndings.count,
                  Int(forms.u16(8 * f + 6)) < tags.count else { throw FormatProblem("form \(f) out of range") }
        }
        // The ending index lists each paradigm's own forms.
        for p in 0..<paradigmCount {
            let first = firstForm(p), size = paradigmSize(p)
            for i in first..<(first + size) where Int(formIndex.u16(4 * i + 2)) >= size {
                throw FormatProblem("ending index of paradigm \(p) out of range")
            }
        }
    }

    deinit { tagBuffer.deallocate() }

    /// The tag with id `id` (checked at load to be in range). O(1).
    @inline(__always) func tag(_ id: Int) -> MorphTag { tagBuffer[id] }

    // MARK: Paradigms

    /// Whether `paradigm` and `form` (read from a word table) name a form of the lexicon. O(1).
    @inline(__always) func isForm(_ paradigm: Int, _ form: Int) -> Bool {
        paradigm < paradigmCount && form < paradigmSize(paradigm)
    }

    /// The index in FORM of the first form of `paradigm`. O(1).
    @inline(__always) func firstForm(_ paradigm: Int) -> Int { Int(paradigmOffsets.u32(4 * paradigm)) }
    /// The number of forms of `paradigm`. O(1).
    @inline(__always) func paradigmSize(_ paradigm: Int) -> Int {
        Int(paradigmOffsets.u32(4 * paradigm + 4)) - Int(paradigmOffsets.u32(4 * paradigm))
    }
    /// Prefix id of form `form` of `paradigm`. O(1).
    @inline(__always) func prefix(_ paradigm: Int, _ form: Int) -> Int { Int(forms.u8(8 * (firstForm(paradigm) + form))) }
    /// Display ending id. O(1).
    @inline(__always) func ending(_ paradigm: Int, _ form: Int) -> Int { Int(forms.u16(8 * (firstForm(paradigm) + form) + 2)) }
    /// Tag id. O(1).
    @inline(__always) func tagID(_ paradigm: Int, _ form: Int) -> Int { Int(forms.u16(8 * (firstForm(paradigm) + form) + 6)) }
}

/// A list of code strings in the file (endings, prefixes).
struct CodeList {
    let offsets: UnsafeRawPointer
    let codes: UnsafeRawPointer
    let count: Int

    init(_ section: Section) throws(FormatProblem) {
        guard section.count >= 4 else { throw FormatProblem("list too short") }
        count = Int(section.base.u32(0))
        guard section.count >= 8 + 4 * count else { throw FormatProblem("list truncated") }
        offsets = section.base + 4
        codes = section.base + 8 + 4 * count
        let available = section.count - 8 - 4 * count
        var previous = 0
        for i in 0...count {
            let o = Int(offsets.u32(4 * i))
            guard o >= previous, o <= available else { throw FormatProblem("list offsets") }
            previous = o
        }
    }

    /// The codes of item `i`. O(1).
    @inline(__always) func start(_ i: Int) -> UnsafeRawPointer { codes + Int(offsets.u32(4 * i)) }
    /// The length of item `i`. O(1).
    @inline(__always) func length(_ i: Int) -> Int { Int(offsets.u32(4 * i + 4)) - Int(offsets.u32(4 * i)) }
}
