import SlovoText

/// The rules every sentence split must keep:
///
/// 1. no tokens, no sentences; otherwise every sentence holds at least one token;
/// 2. the sentences' token ranges tile the token array: the first starts at token 0, each
///    starts where the previous one ended, the last ends at the last token;
/// 3. a sentence's byte span runs from its first token's start to its last token's end (so the
///    spans are in order, do not overlap, and together with the white space between them tile
///    the text).
public enum SentenceInvariants {
    public static func check(_ tokens: [Token], _ sentences: [Sentence]) -> Violations {
        var v = Violations()
        if tokens.isEmpty {
            v.expect(sentences.isEmpty, "\(sentences.count) sentences over no tokens")
            return v
        }
        guard !sentences.isEmpty else {
            v.add("no sentences over \(tokens.count) tokens")
            return v
        }
        var next = 0
        for (k, sentence) in sentences.enumerated() {
            let range = sentence.tokens
            guard range.lowerBound == next else {
                v.add("sentence \(k) starts at token \(range.lowerBound), expected \(next)")
                return v
            }
            guard !range.isEmpty, range.upperBound <= tokens.count else {
                v.add("sentence \(k) has the token range \(range) over \(tokens.count) tokens")
                return v
            }
            v.expect(sentence.start == tokens[range.lowerBound].start && sentence.end == tokens[range.upperBound - 1].end,
                     "sentence \(k) spans \(sentence.start)..<\(sentence.end), its tokens \(tokens[range.lowerBound].start)..<\(tokens[range.upperBound - 1].end)")
            next = range.upperBound
        }
        v.expect(next == tokens.count, "the sentences end at token \(next) of \(tokens.count)")
        return v
    }
}
