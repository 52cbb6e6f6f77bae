import SlovoText

/// How a word is usually written in running text: how often it is capitalized when it is not
/// the first word of a sentence, and how common it is. "Калуга" is nearly always capitalized,
/// "открытие" almost never; an unseen capitalized word is likely a name.
///
/// Built from a corpus by `slovo-train case-profile`; stored as an open-addressing hash table of
/// 32-bit fingerprints of the words' matching keys with one byte each (see ``bin(ofKeyHash:)``).
/// Lookups are one or two probes.
public struct CaseProfile: Sendable {
    let fingerprints: [UInt32]
    let bins: [UInt8]
    let mask: Int

    static let magic: [UInt8] = Array("SLCASE".utf8) + [1, 0]

    /// The bin of a word: 0 unseen; otherwise `1 + capitalizationClass * 3 + frequencyClass`
    /// with capitalization classes 0..4 (share of capitalized mid-sentence occurrences: <5%,
    /// <30%, <70%, <95%, ≥95%) and frequency classes 0..2 (<5, <50, ≥50 occurrences).
    public func bin(ofKeyHash hash: UInt64) -> UInt8 {
        guard !fingerprints.isEmpty else { return 0 }
        let fingerprint = UInt32(truncatingIfNeeded: hash >> 32) | 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let f = fingerprints[slot]
            if f == 0 { return 0 }
            if f == fingerprint { return bins[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// Reads the home slot of a word's key hash, to bring it into cache before
    /// ``bin(ofKeyHash:)`` (independent loads the processor overlaps); the result means nothing
    /// (add it to a sink so the loads are kept). O(1).
    @inline(__always)
    func touch(ofKeyHash hash: UInt64) -> UInt64 {
        guard !fingerprints.isEmpty else { return 0 }
        let slot = Int(truncatingIfNeeded: hash) & mask
        return UInt64(fingerprints[slot]) &+ UInt64(bins[slot])
    }

    /// The bin for a capitalized share and a count.
    public static func bin(capitalized: Int, total: Int) -> UInt8 {
        guard total > 0 else { return 0 }
        let share = Double(capitalized) / Double(total)
        let capitalization: Int = share < 0.05 ? 0 : share < 0.3 ? 1 : share < 0.7 ? 2 : share < 0.95 ? 3 : 4
        let frequency: Int = total < 5 ? 0 : total < 50 ? 1 : 2
        return UInt8(1 + capitalization * 3 + frequency)
    }

    /// An empty profile: every word unseen.
    public init() {
        fingerprints = []
        bins = []
        mask = 0
    }

    /// Builds the table from (key hash, bin) pairs.
    public init(entries: [(UInt64, UInt8)]) {
        var size = 1024
        while size < entries.count * 2 { size *= 2 }
        var fingerprints = [UInt32](repeating: 0, count: size)
        var bins = [UInt8](repeating: 0, count: size)
        for (hash, bin) in entries {
            let fingerprint = UInt32(truncatingIfNeeded: hash >> 32) | 1
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while fingerprints[slot] != 0 && fingerprints[slot] != fingerprint { slot = (slot + 1) & (size - 1) }
            fingerprints[slot] = fingerprint
            bins[slot] = bin
        }
        self.fingerprints = fingerprints
        self.bins = bins
        mask = size - 1
    }

    /// The file form: magic, UInt32 slot count, fingerprints, bins.
    public func serialized() -> [UInt8] {
        var out = CaseProfile.magic
        withUnsafeBytes(of: UInt32(fingerprints.count).littleEndian) { out.append(contentsOf: $0) }
        fingerprints.withUnsafeBytes { out.append(contentsOf: $0) }
        out.append(contentsOf: bins)
        return out
    }

    /// Reads the file form.
    public init(bytes: UnsafeRawBufferPointer) throws(EntityDataError) {
        guard bytes.count >= 12, Array(bytes[0..<8]) == CaseProfile.magic else {
            throw EntityDataError(message: "not a Slovo case profile")
        }
        let size = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard size > 0, size & (size - 1) == 0, bytes.count == 12 + size * 5 else {
            throw EntityDataError(message: "truncated case profile")
        }
        fingerprints = (0..<size).map { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 12 + $0 * 4, as: UInt32.self)) }
        bins = Array(bytes[(12 + size * 4)..<(12 + size * 5)])
        mask = size - 1
    }
}

/// Counts how words are written in a corpus, for ``CaseProfile``.
public struct CaseProfileBuilder {
    var counts: [UInt64: (capitalized: Int32, total: Int32)] = [:]
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()

    /// An empty builder.
    public init() {}

    /// Adds a text: every word that does not start a sentence counts once.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes)
            var scratch = [UInt8](repeating: 0, count: MatchKey.capacity(for: 128))
            for sentence in splitter.split(bytes, tokens: tokens) {
                for k in sentence.tokens.dropFirst() where tokens[k].kind == .word && tokens[k].byteCount <= 128 {
                    // Words after an opening quote or a dash start a quotation: skip them too.
                    let previous = tokens[k - 1]
                    if previous.kind == .punctuation && k - 1 > sentence.tokens.lowerBound {
                        let (c, _) = UTF8Scanning.decode(bytes, at: Int(previous.start))
                        if c == 0xAB || c == 0x22 || c == 0x201E || c == 0x2014 || c == 0x2013 || c == 0x3A { continue }
                    }
                    let hash = scratch.withUnsafeMutableBufferPointer { out in
                        let n = MatchKey.write(bytes, tokens[k].byteRange, into: out.baseAddress!)
                        return FeatureHash.bytes(out.baseAddress!, n)
                    }
                    var entry = counts[hash] ?? (0, 0)
                    entry.total += 1
                    if tokens[k].flags.contains(.capitalized) { entry.capitalized += 1 }
                    counts[hash] = entry
                }
            }
        }
    }

    /// The profile of words seen at least `minimumCount` times, deterministic for one corpus.
    public func build(minimumCount: Int = 2) -> CaseProfile {
        let entries = counts.filter { Int($0.value.total) >= minimumCount }
            .map { ($0.key, CaseProfile.bin(capitalized: Int($0.value.capitalized), total: Int($0.value.total))) }
            .sorted { $0.0 < $1.0 }
        return CaseProfile(entries: entries)
    }
}
