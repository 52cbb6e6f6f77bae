import SlovoText

/// Precision, recall and F1 of a set of predictions against gold items.
public struct PRF: Sendable, Equatable {
    /// Predictions that match a gold item.
    public var truePositives = 0
    /// Predictions that match no gold item.
    public var falsePositives = 0
    /// Gold items that no prediction matches.
    public var falseNegatives = 0

    /// Counts to start from (all zero by default).
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// The share of predictions that are right, in 0...1 (0 without predictions).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// The share of gold items found, in 0...1 (0 without gold items).
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// The harmonic mean of precision and recall, in 0...1.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Adds the counts of comparing `predicted` with `gold`.
    public mutating func add<T: Hashable>(gold: Set<T>, predicted: Set<T>) {
        let hits = gold.intersection(predicted).count
        truePositives += hits
        falsePositives += predicted.count - hits
        falseNegatives += gold.count - hits
    }
}

/// A gold sentence of the UD JSONL files: its text and its tokens' code point spans.
public struct GoldSentence: Sendable {
    /// The sentence's text.
    public var text: String
    /// Each gold token's span in ``text``, in Unicode code points, end exclusive.
    public var tokens: [Range<Int>]
    /// Each gold token's word form (empty when the file has none).
    public var forms: [String]
    /// Each gold token's lemma (empty when the file has none).
    public var lemmas: [String]
    /// Each gold token's universal part of speech (empty when the file has none).
    public var upos: [String]

    /// A gold sentence from its parts; `forms`, `lemmas` and `upos` parallel `tokens` when given.
    public init(text: String, tokens: [Range<Int>], forms: [String] = [], lemmas: [String] = [], upos: [String] = []) {
        self.text = text
        self.tokens = tokens
        self.forms = forms
        self.lemmas = lemmas
        self.upos = upos
    }
}

/// Token and sentence scores on UD sentences, with the conventions of the shared data's
/// README: sentences joined ten at a time by one space; token span F1; sentence boundary F1
/// where a boundary is the position just after a sentence's last non-space character, the end
/// of the chunk not counted.
public enum SegmentationEvaluation {
    /// Scores of one run.
    public struct Result: Sendable {
        /// Token span scores: a token is right when its start and end both match a gold token.
        public var tokens = PRF()
        /// Sentence boundary scores (a boundary: just after a sentence's last non-space
        /// character; the end of a chunk is not counted).
        public var sentences = PRF()
        /// Chunks of up to ten gold sentences, joined by one space, that were analysed.
        public var chunks = 0
    }

    /// Scores `tokenizer` and `splitter` on `gold`. O(total text).
    public static func evaluate(_ gold: [GoldSentence], tokenizer: Tokenizer = Tokenizer(),
                                splitter: SentenceSplitter = SentenceSplitter()) -> Result {
        var result = Result()
        var i = 0
        while i < gold.count {
            let chunk = gold[i..<min(i + 10, gold.count)]
            i += 10
            var text = ""
            var goldTokens = Set<Range<Int>>()
            var goldEnds = Set<Int>()
            var length = 0  // in code points
            for sentence in chunk {
                if !text.isEmpty { text += " "; length += 1 }
                let base = length
                text += sentence.text
                length += sentence.text.unicodeScalars.count
                for t in sentence.tokens { goldTokens.insert((base + t.lowerBound)..<(base + t.upperBound)) }
                goldEnds.insert(base + trimmedLength(sentence.text))
            }
            let chunkEnd = trimmedLength(text)
            goldEnds.remove(chunkEnd)
            var predictedTokens = Set<Range<Int>>()
            var predictedEnds = Set<Int>()
            text.withUTF8 { bytes in
                let tokens = tokenizer.tokenize(bytes)
                var offsets = CodePointOffsets(bytes)
                for t in tokens {
                    let s = offsets.codePointOffset(of: Int(t.start))
                    let e = offsets.codePointOffset(of: Int(t.end))
                    predictedTokens.insert(s..<e)
                }
                var sentenceOffsets = CodePointOffsets(bytes)
                for s in splitter.split(bytes, tokens: tokens) {
                    predictedEnds.insert(sentenceOffsets.codePointOffset(of: Int(s.end)))
                }
            }
            predictedEnds.remove(chunkEnd)
            result.tokens.add(gold: goldTokens, predicted: predictedTokens)
            result.sentences.add(gold: goldEnds, predicted: predictedEnds)
            result.chunks += 1
        }
        return result
    }

    /// Code point length of `text` without trailing white space (Python's `rstrip`).
    static func trimmedLength(_ text: String) -> Int {
        var count = text.unicodeScalars.count
        for scalar in text.unicodeScalars.reversed() {
            guard scalar.properties.isWhitespace || scalar == "\u{1C}" || scalar == "\u{1D}" || scalar == "\u{1E}" || scalar == "\u{1F}" else { break }
            count -= 1
        }
        return count
    }

    /// Reads the UD JSONL format: `{"text", "tokens": [{"start","end","form","lemma","upos"}]}`.
    public static func parseGold(line: String) throws(JSONParser.Error) -> GoldSentence {
        let value = try JSONParser.parse(line)
        guard let text = value["text"]?.stringValue, case .array(let tokens)? = value["tokens"] else {
            throw JSONParser.Error(message: "expected \"text\" and \"tokens\"", offset: 0)
        }
        var sentence = GoldSentence(text: text, tokens: [])
        for token in tokens {
            guard case .number(let s)? = token["start"], case .number(let e)? = token["end"],
                  let start = Int(s), let end = Int(e), start <= end else {
                throw JSONParser.Error(message: "token without integer \"start\" and \"end\"", offset: 0)
            }
            sentence.tokens.append(start..<end)
            sentence.forms.append(token["form"]?.stringValue ?? "")
            sentence.lemmas.append(token["lemma"]?.stringValue ?? "")
            sentence.upos.append(token["upos"]?.stringValue ?? "")
        }
        return sentence
    }
}
