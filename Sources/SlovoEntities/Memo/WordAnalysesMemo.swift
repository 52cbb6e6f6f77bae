import SlovoMorphology

/// Every analysis of the words of mentions (`Lexicon.analyses(of:)`, most likely first), by
/// their UTF-8 bytes: a mention's normal form needs all the readings of its words, and names
/// recur in other mentions ("Путин", "Владимира Путина", "Путину"). A hit gives exactly what
/// the lexicon gives. Keys are byte hashes, compared in full on a hit (no `String` hashing,
/// which normalizes Unicode).
///
/// Bounded: when it holds ``capacity`` words it starts again; it forgets everything when asked
/// about another lexicon. Not thread-safe; each thread has its own (``EntityThreadCache``).
final class WordAnalysesMemo {
    /// Words held before the memo starts again: each keeps every reading (100 bytes apiece),
    /// several for most names, so a full memo takes a few MB. 16,384 words held 10-13 MB per
    /// worker, which `.ci/steps/35-cli-batch-bench` saw as memory growing with the input.
    static let capacity = 4_096

    private let entries = ByteKeyedMemo<[WordAnalysis]>(capacity: WordAnalysesMemo.capacity)
    private var owner: ObjectIdentifier?

    /// The analyses of the UTF-8 word `bytes` in `lexicon`. O(length of the word) on a hit; a
    /// lexicon lookup otherwise.
    func analyses(of bytes: UnsafeBufferPointer<UInt8>, in lexicon: Lexicon) -> [WordAnalysis] {
        let hash = bytes.isEmpty ? 0 : FeatureHash.bytes(bytes.baseAddress!, bytes.count)
        if owner != lexicon.identity {
            entries.removeAll()
            owner = lexicon.identity
        } else if let known = entries.value(hash: hash, key: bytes) {
            return known
        }
        var found: [WordAnalysis] = []
        lexicon.analyze(utf8: bytes, into: &found)
        entries.store(found, hash: hash, key: bytes)
        return found
    }

    func removeAll() {
        entries.removeAll()
        owner = nil
    }
}
