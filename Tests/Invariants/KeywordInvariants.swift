import Slovo

/// Rules for keywords (an ``Analyzer`` with keyword data):
///
/// - every keyword has a non-empty text, a score in [0, 1] and at least one occurrence;
///   keywords are ordered by score, best first, and no two have the same text;
/// - every occurrence covers a non-empty run of tokens and lies on token boundaries: its byte
///   span runs from its first token's start to its last token's end, so its text is the input
///   at those offsets;
/// - the JSON output is one safe line, and each occurrence's code-point offsets give back
///   exactly its bytes.
public enum KeywordInvariants {
    public static func check(_ analysis: Analysis) -> Violations {
        var v = Violations()
        let tokens = analysis.tokens
        var texts = Set<String>()
        var previousScore = Double.infinity
        for (k, keyword) in analysis.keywords.enumerated() {
            v.expect(!keyword.text.isEmpty, "keyword \(k) has an empty text")
            v.expect(keyword.score >= 0 && keyword.score <= 1, "keyword \(k) has the score \(keyword.score)")
            v.expect(keyword.score <= previousScore, "keyword \(k) scores above the one before it")
            previousScore = keyword.score
            v.expect(texts.insert(keyword.text).inserted, "keyword \(k) repeats the text \(keyword.text)")
            v.expect(!keyword.occurrences.isEmpty, "keyword \(k) has no occurrence")
            for (o, occurrence) in keyword.occurrences.enumerated() {
                guard !occurrence.tokens.isEmpty, occurrence.tokens.lowerBound >= 0,
                      occurrence.tokens.upperBound <= tokens.count else {
                    v.add("keyword \(k) occurrence \(o) has the token range \(occurrence.tokens) over \(tokens.count) tokens")
                    continue
                }
                v.expect(occurrence.start == tokens[occurrence.tokens.lowerBound].start
                         && occurrence.end == tokens[occurrence.tokens.upperBound - 1].end,
                         "keyword \(k) occurrence \(o) spans bytes \(occurrence.start)..<\(occurrence.end), not its tokens'")
            }
        }
        guard v.isEmpty else { return v }
        var writer = JSONWriter()
        writer.raw("{")
        AnalysisJSON.writeKeywords(analysis, into: &writer)
        writer.raw("}")
        v.merge(JSONInvariants.checkOutputLine(writer.bytes), prefix: "keyword JSON: ")
        guard case .success(let json) = JSONInvariants.parse(writer.bytes), case .array(let written)? = json["keywords"] else {
            v.add("Slovo's parser cannot read the keyword JSON back")
            return v
        }
        v.expect(written.count == analysis.keywords.count, "\(written.count) keywords written, \(analysis.keywords.count) found")
        let byteOffset = OffsetInvariants.byteOffsets(of: analysis.text)
        for (k, (entry, keyword)) in zip(written, analysis.keywords).enumerated() {
            guard case .array(let occurrences)? = entry["occurrences"] else {
                v.add("keyword \(k): no occurrences in the JSON")
                continue
            }
            v.expect(occurrences.count == keyword.occurrences.count, "keyword \(k): \(occurrences.count) occurrences written")
            for (o, (written, occurrence)) in zip(occurrences, keyword.occurrences).enumerated() {
                guard case .number(let s)? = written["start"], case .number(let e)? = written["end"],
                      let start = Int(s), let end = Int(e), 0 <= start, start <= end, end < byteOffset.count else {
                    v.add("keyword \(k) occurrence \(o): bad offsets in the JSON")
                    continue
                }
                v.expect(byteOffset[start]..<byteOffset[end] == occurrence.byteRange,
                         "keyword \(k) occurrence \(o): code points \(start)..<\(end) are not its bytes \(occurrence.byteRange)")
            }
        }
        return v
    }
}
