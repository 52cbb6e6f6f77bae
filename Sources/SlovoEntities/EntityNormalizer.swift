import SlovoMorphology
import SlovoText

/// The normal forms of mentions: the nominative with agreeing words ("областной Корпорации
/// развития" -> "областная Корпорация развития", "в Калуге" -> "Калуга"), people as "First
/// Middle Last" with their gender kept, quotes closed ("компании «Бизнес-софт" -> "компания
/// «Бизнес-софт»").
struct EntityNormalizer {
    let document: EntityDocument
    let analyses: [WordAnalysis]
    let lexicon: Lexicon
    let normalizer: PhraseNormalizer
    let people: PersonNameParser
    /// Every analysis of a word, by its text.
    let wordAnalyses: WordAnalysesMemo

    init(document: EntityDocument, analyses: [WordAnalysis], lexicon: Lexicon, wordAnalyses: WordAnalysesMemo) {
        self.document = document
        self.analyses = analyses
        self.lexicon = lexicon
        self.wordAnalyses = wordAnalyses
        normalizer = PhraseNormalizer(lexicon: lexicon)
        people = PersonNameParser(lexicon: lexicon)
    }

    /// Fills in the normal form (and the person's name for people).
    func normalize(_ mention: inout EntityMention) {
        if mention.isReference {
            if mention.place == nil { mention.normal = lemma(mention.tokens.lowerBound) }
            else { mention.normal = mention.place! }
            return
        }
        let words = mention.tokens.filter { document.tokens[$0].kind == .word }
        guard !words.isEmpty else { return }
        let texts = words.map { text($0) }
        let all = words.map { k in
            let token = document.tokens[k]
            return token.byteCount == 0 ? [] : wordAnalyses.analyses(of: UnsafeBufferPointer(rebasing: document.bytes[token.byteRange]), in: lexicon)
        }
        if mention.type == .person {
            let name = people.parse(words: texts, analyses: all,
                                    chosen: words.map { $0 < analyses.count ? analyses[$0] : nil },
                                    initials: words.map { document.tokens[$0].flags.contains(.initial) })
            mention.person = name
            if !name.fullName.isEmpty { mention.normal = name.fullName }
            return
        }
        let normalized = normalizer.normalize(texts, analyses: all)
        var replacement = [String?](repeating: nil, count: mention.tokens.count)
        for (k, index) in words.enumerated() { replacement[index - mention.tokens.lowerBound] = normalized[k] }
        mention.normal = rebuild(mention.tokens, replacement)
    }

    /// The tokens with replacements (`replacement[k - range.lowerBound]` for token `k`, nil to
    /// keep its text), the original text between them, and a closing quote for
    /// an opening one left open.
    func rebuild(_ range: Range<Int>, _ replacement: [String?]) -> String {
        var out = ""
        var open: [UInt32] = []
        for k in range {
            if k > range.lowerBound {
                out += String(decoding: UnsafeBufferPointer(rebasing: document.bytes[Int(document.tokens[k - 1].end)..<Int(document.tokens[k].start)]), as: UTF8.self)
            }
            let token = document.tokens[k]
            out += replacement[k - range.lowerBound] ?? text(k)
            if token.kind == .punctuation {
                let c = UTF8Scanning.decode(document.bytes, at: Int(token.start)).scalar
                switch c {
                case 0xAB, 0x201E: open.append(c)
                case 0xBB, 0x201C: if !open.isEmpty { open.removeLast() }
                case 0x22: if open.last == 0x22 { open.removeLast() } else { open.append(0x22) }
                default: break
                }
            }
        }
        for c in open.reversed() {
            switch c {
            case 0xAB: out += "»"
            case 0x201E: out += "“"
            default: out += "\""
            }
        }
        return out
    }

    func text(_ k: Int) -> String {
        let token = document.tokens[k]
        return String(decoding: UnsafeBufferPointer(rebasing: document.bytes[token.byteRange]), as: UTF8.self)
    }

    func lemma(_ k: Int) -> String {
        k < analyses.count ? lexicon.lemma(of: analyses[k]) : MatchKey.of(text(k))
    }
}
