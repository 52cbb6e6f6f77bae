import SlovoText

/// Adjectives and the nouns they are derived from: "калужский" -> Калуга, "российский" ->
/// Россия, "экономический" -> экономика. A text about Калуга says "калужский" as often as
/// "Калуга", and an editor tags it "Калуга": each such adjective counts as a (weaker) mention
/// of its noun (``KeywordWeights/derived``).
///
/// File format (`keyword-derivations.tsv`, UTF-8): `#` comment lines, then one pair a line,
/// the adjective's lemma, a tab, the noun as it is written (a place name capitalized). Made by
/// ``KeywordDerivationsBuilder`` from the background corpus.
///
/// Immutable and `Sendable`; a lookup is one or two probes of an open-addressing table.
public struct KeywordDerivations: Sendable {
    /// The file name inside the dictionaries folder.
    public static let fileName = "keyword-derivations.tsv"

    /// The nouns, as shown, and their lemma keys.
    let nouns: [String]
    let nounKeys: [UInt64]
    /// Whether each noun is a name (written with a capital), computed once.
    let nounIsName: [Bool]
    private let slots: [UInt64]
    private let targets: [Int32]
    private let mask: Int

    /// No derivations.
    public init() { self.init(pairs: []) }

    /// Derivations from (adjective lemma, noun as shown) pairs; the first pair of an adjective
    /// wins. O(n).
    public init(pairs: [(adjective: String, noun: String)]) {
        var size = 16
        while size < pairs.count * 3 { size <<= 1 }
        mask = size - 1
        var slots = [UInt64](repeating: 0, count: size)
        var targets = [Int32](repeating: -1, count: size)
        var nouns: [String] = []
        var nounKeys: [UInt64] = []
        var scratch: [UInt8] = []
        for (adjective, noun) in pairs {
            var a = adjective
            let key = a.withUTF8 { KeywordTokenizer.foldedKey($0, into: &scratch) }
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i] != 0 && slots[i] != key { i = (i + 1) & mask }
            guard slots[i] == 0 else { continue }
            slots[i] = key
            targets[i] = Int32(nouns.count)
            var n = noun
            nouns.append(noun)
            nounKeys.append(n.withUTF8 { KeywordTokenizer.foldedKey($0, into: &scratch) })
        }
        self.slots = slots
        self.targets = targets
        self.nouns = nouns
        self.nounKeys = nounKeys
        nounIsName = nouns.map { $0.first?.isUppercase ?? false }
    }

    /// Reads the file format described above; lines that are not two tab-separated fields are
    /// an error. O(n).
    public init(tsv: String) throws(KeywordDataError) {
        var pairs: [(adjective: String, noun: String)] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw KeywordDataError(message: "\(Self.fileName):\(number + 1): expected adjective<TAB>noun")
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        self.init(pairs: pairs)
    }

    /// Loads `keyword-derivations.tsv` from the dictionaries folder (see ``DictionaryLocator``).
    public static func load(folder: String? = nil) throws(KeywordDataError) -> KeywordDerivations {
        let found: String
        do throws(DictionaryLocator.NotFound) {
            found = try DictionaryLocator.locate(explicit: folder, requiredFile: fileName)
        } catch {
            throw KeywordDataError(message: error.description)
        }
        let path = found + "/" + fileName
        guard let bytes = KeywordBackground.readFile(path) else { throw KeywordDataError(message: "cannot read \(path)") }
        return try KeywordDerivations(tsv: String(decoding: bytes, as: UTF8.self))
    }

    /// The process-wide derivations from the default places, loaded on first use and then
    /// shared. Thread-safe; a failed load is retried on the next call.
    public static func shared() throws(KeywordDataError) -> KeywordDerivations {
        try sharedDerivations.get()
    }

    /// Number of adjectives known.
    public var count: Int { nouns.count }

    /// The index of the noun that the adjective with lemma key `key` is derived from, or nil.
    /// O(1) expected.
    @inline(__always)
    func noun(ofAdjective key: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let s = slots[i]
            if s == key { return Int(targets[i]) }
            if s == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The noun (as shown) that the adjective `lemma` is derived from, or nil.
    public func noun(ofAdjective lemma: String) -> String? {
        var scratch: [UInt8] = []
        var copy = lemma
        let key = copy.withUTF8 { KeywordTokenizer.foldedKey($0, into: &scratch) }
        return noun(ofAdjective: key).map { nouns[$0] }
    }
}
