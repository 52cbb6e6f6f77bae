/// Writes ``FrequentForms`` (`ru-frequent-forms.bin`): counts the word forms of a corpus, keeps
/// the most frequent ones, and stores for each the readings the lexicon's dictionary lookup
/// finds now, in its order. Deterministic: the same corpus and lexicon give the same bytes.
///
/// ```swift
/// var builder = FrequentFormsBuilder(lexicon: lexicon)
/// for word in corpusWords { builder.add(utf8: word) }
/// let bytes = builder.fileBytes(limit: 100_000, minimumCount: 2)
/// ```
package struct FrequentFormsBuilder {
    let lexicon: Lexicon
    private var counts: [InlineCodes: Int] = [:]

    package init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The number of distinct word forms counted.
    package var distinctForms: Int { counts.count }

    /// Counts one word as written (UTF-8): its codes (lower case, ё kept), as the lexicon looks
    /// words up. Words the alphabet cannot spell are not counted. O(length).
    package mutating func add(utf8 word: UnsafeBufferPointer<UInt8>) {
        guard let codes = WordCodes(utf8: word), codes.count > 0 else { return }
        counts[codes.codes, default: 0] += 1
    }

    /// The `limit` most frequent forms seen at least `minimumCount` times (ties in code order),
    /// as a ``FrequentForms`` file for this lexicon. O(forms × lookup).
    package func fileBytes(limit: Int, minimumCount: Int) -> [UInt8] {
        let chosen = counts.filter { $0.value >= minimumCount }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key) }
            .prefix(limit)
            .map(\.key)
            .sorted { $0.lexicographicallyPrecedes($1) }
        // Blob: per word, u8 length, codes, u8 n, n records.
        var blob: [UInt8] = []
        var entries: [(hash: UInt64, offset: UInt32)] = []
        for codes in chosen {
            let word = WordCodes(codes: codes)
            let (hits, scores) = FrequentFormsBuilder.readings(of: word, lexicon: lexicon)
            guard hits.count < 256 else { continue }
            entries.append((FrequentForms.hash(word), UInt32(blob.count)))
            blob.append(UInt8(codes.count))
            for i in 0..<codes.count { blob.append(codes[i]) }
            blob.append(UInt8(hits.count))
            for (h, score) in zip(hits, scores) {
                blob.appendLittleEndian(h.paradigm)
                blob.appendLittleEndian(h.form)
                blob.append(h.prior)
                blob.append(h.stemStart)
                blob.append(h.stemEnd)
                blob.appendLittleEndian(h.stemMask)
                blob.appendLittleEndian(score.bitPattern)
            }
        }
        // Hash table: at most half full, linear probing from the hash's low bits.
        var size = 16
        while size < 2 * entries.count { size *= 2 }
        var slots = [(check: UInt32, value: UInt32)](repeating: (0, HashTable.empty), count: size)
        for e in entries {
            var slot = Int(e.hash & UInt64(size - 1))
            while slots[slot].value != HashTable.empty { slot = (slot + 1) & (size - 1) }
            slots[slot] = (UInt32(truncatingIfNeeded: e.hash >> 32), e.offset)
        }
        var table: [UInt8] = []
        table.appendLittleEndian(UInt32(size))
        table.appendLittleEndian(UInt32(entries.count))
        for s in slots {
            table.appendLittleEndian(s.check)
            table.appendLittleEndian(s.value)
        }
        var id: [UInt8] = []
        id.appendLittleEndian(UInt64(lexicon.tables.file.count))
        id.appendLittleEndian(FrequentForms.fingerprint(of: lexicon.tables.file))
        return FrequentFormsBuilder.file([("LXID", id), ("FRMT", table), ("FRMB", blob)])
    }

    /// The dictionary readings of the whole `word` as the lookup finds them, in its order, and
    /// the score the ranking gives each. O(lookup).
    static func readings(of word: WordCodes, lexicon: Lexicon) -> (hits: [DictionaryHit], scores: [Float]) {
        var recorder = HitRecorder()
        lexicon.findDictionaryHits(word, 0..<word.count, into: &recorder)
        var analyses: [WordAnalysis] = []
        for hit in recorder.hits { lexicon.emit(word, 0..<word.count, hit, method: .dictionary, into: &analyses) }
        if !analyses.isEmpty { lexicon.scoreDictionary(word, 0..<word.count, &analyses) }
        return (recorder.hits, analyses.map(\.score))
    }

    /// The file: magic, version, section table, then the sections (each at a multiple of 8).
    static func file(_ sections: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out = FrequentForms.magic
        out.appendLittleEndian(FrequentForms.version)
        out.appendLittleEndian(UInt32(sections.count))
        var offset = out.count + 12 * sections.count
        var placed: [Int] = []
        for s in sections {
            offset = (offset + 7) & ~7
            placed.append(offset)
            offset += s.bytes.count
        }
        for (s, at) in zip(sections, placed) {
            out += Array(s.name.utf8)
            out.appendLittleEndian(UInt32(at))
            out.appendLittleEndian(UInt32(s.bytes.count))
        }
        for (s, at) in zip(sections, placed) {
            out += [UInt8](repeating: 0, count: at - out.count)
            out += s.bytes
        }
        return out
    }
}

/// Collects the hits of a dictionary lookup.
struct HitRecorder: DictionaryHitSink {
    var hits: [DictionaryHit] = []
    mutating func hit(_ hit: DictionaryHit) { hits.append(hit) }
}

extension WordCodes {
    /// The word of `codes` (its ё positions found again). O(count).
    init(codes: InlineCodes) {
        self.codes = codes
        for i in 0..<codes.count where codes[i] == Alphabet.yo { yoMask |= 1 << UInt64(i) }
    }
}

extension InlineCodes {
    /// Code order, then length (a prefix first). O(count).
    func lexicographicallyPrecedes(_ other: InlineCodes) -> Bool {
        for i in 0..<Swift.min(count, other.count) where self[i] != other[i] { return self[i] < other[i] }
        return count < other.count
    }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
