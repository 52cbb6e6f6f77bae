import SlovoMorphology
import SlovoText

/// How a word is written in a document where capital letters mean something: counts of
/// capitalized and lower-case occurrences not at a sentence start, per lemma key.
struct CapitalizationVotes {
    private var keys: [UInt64]
    private var capitalized: [Int32]
    private var lower: [Int32]
    private let mask: Int

    /// Counts, in `source`, the occurrences of the lemmas `wanted`. O(tokens).
    init(wanted: [UInt64], source: KeywordSource) {
        var size = 16
        while size < wanted.count * 4 { size <<= 1 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        capitalized = [Int32](repeating: 0, count: size)
        lower = [Int32](repeating: 0, count: size)
        for key in wanted where key != 0 {
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
        }
        for word in source.words where word.key != 0 && !word.traits.contains(.sentenceStart) {
            guard let i = slot(word.key) else { continue }
            if word.traits.contains(.capitalized) { capitalized[i] += 1 } else { lower[i] += 1 }
        }
    }

    private func slot(_ key: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 {
            if keys[i] == key { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Whether the lemma is written with a capital more often than not (false when it only
    /// occurs at sentence starts).
    func isCapitalized(_ key: UInt64) -> Bool {
        guard let i = slot(key) else { return false }
        return capitalized[i] > lower[i]
    }
}

/// Writes a candidate's normal form: the words of one occurrence through the
/// ``PhraseNormalizer`` (nominative, agreement), punctuation inside (quotes of a name) and
/// single spaces kept, and each word lower-cased unless it is a proper name: written in
/// capitals, in Latin letters, tagged as a name by the lexicon, or capitalized mid-sentence more
/// often than not — in this phrase's occurrences, or, when they all open a sentence, in the
/// whole document.
struct KeywordNormalForm {
    let normalizer: PhraseNormalizer

    /// The normal form of `tokens` (a range in `source`); `occurrences` are the phrase's
    /// occurrences in the text (token ranges of `text`), for its capitalization.
    /// O(words × analyses²) plus O(occurrences × words).
    func text(_ tokens: Range<Int>, in source: KeywordSource, occurrences: [Range<Int>], text: KeywordSource,
              votes: CapitalizationVotes) -> String {
        var words: [Substring] = []
        var indices: [Int] = []
        for k in tokens where source.tokens[k].kind == .word {
            words.append(Self.string(source.word(k)))
            indices.append(k)
        }
        // Words already in the nominative need no normalizer (it would re-analyse them out of
        // context and give them back unchanged).
        let normalized = Self.isNominative(indices, in: source) ? words.map { String($0) } : normalizer.normalize(words)
        var out = ""
        var w = 0
        for k in tokens {
            if k > tokens.lowerBound {
                let gap = Int(source.tokens[k - 1].end)..<Int(source.tokens[k].start)
                if !gap.isEmpty { out += " " }
            }
            if w < indices.count && indices[w] == k {
                let word = source.words[k]
                if word.traits.contains(.literal) {
                    out += words[w]
                } else {
                    let keep = word.traits.contains(.allCaps) || word.traits.contains(.properName)
                        || source.tokens[k].script != .cyrillic
                        || isCapitalized(wordAt: k - tokens.lowerBound, key: word.key, occurrences, text, votes)
                    out += keep ? normalized[w] : normalized[w].lowercased()
                }
                w += 1
            } else {
                out += Self.string(source.word(k))
            }
        }
        return out
    }

    /// Whether the word at `offset` in the phrase is written with a capital in the phrase's
    /// occurrences that do not open a sentence (more often than not), else in the document.
    func isCapitalized(wordAt offset: Int, key: UInt64, _ occurrences: [Range<Int>], _ text: KeywordSource,
                       _ votes: CapitalizationVotes) -> Bool {
        var tally = 0
        for range in occurrences where range.lowerBound + offset < range.upperBound {
            let word = text.words[range.lowerBound + offset]
            if !word.traits.contains(.capitalized) {
                tally -= 1
            } else if !word.traits.contains(.sentenceStart) {
                tally += 1
            }
        }
        return tally != 0 ? tally > 0 : votes.isCapitalized(key)
    }

    /// Whether every word at `indices` is a common noun or adjective from the lexicon whose
    /// analysis chosen in context is in the nominative singular (not a name part: the normalizer weighs
    /// a name's readings by gender). O(words).
    static func isNominative(_ indices: [Int], in source: KeywordSource) -> Bool {
        guard !indices.isEmpty else { return false }
        for k in indices {
            let a = source.morphology[k]
            let tag = a.tag
            // A plural is often a genitive singular too ("компании"): left to the normalizer.
            guard a.method == .dictionary, tag.case == .nominative, tag.number != .plural,
                  tag.partOfSpeech == .noun || tag.partOfSpeech == .adjective,
                  !source.words[k].traits.contains(.namePart) else { return false }
        }
        return true
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> Substring {
        Substring(String(decoding: bytes, as: UTF8.self))
    }
}
