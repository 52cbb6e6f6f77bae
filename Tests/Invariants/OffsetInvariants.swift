import Slovo

/// The offsets of the JSON output round-trip: for every token and sentence of an ``Analysis``
/// written by ``AnalysisJSON``, the Unicode code points `start..<end` of the text (Python
/// string indices) are exactly the token's text (byte for byte, so combining marks, non-BMP
/// characters, CR LF, byte order marks, joiners and bidi marks all count), and the output
/// itself is one safe line of JSON that Slovo's parser reads back.
public enum OffsetInvariants {
    public static func check(_ analysis: Analysis) -> Violations {
        var v = Violations()
        var writer = JSONWriter()
        writer.raw("{")
        AnalysisJSON.writeTokensAndSentences(analysis, into: &writer)
        writer.raw("}")
        v.merge(JSONInvariants.checkOutputLine(writer.bytes))
        let parsed: JSONValue
        switch JSONInvariants.parse(writer.bytes) {
        case .failure(let error):
            v.add("Slovo's parser rejects the analysis JSON: \(error)")
            return v
        case .success(let value):
            parsed = value
        }
        let byteOffset = OffsetInvariants.byteOffsets(of: analysis.text)
        let codePoints = byteOffset.count - 1
        let textBytes = Array(analysis.text.utf8)
        guard case .array(let tokens)? = parsed["tokens"], case .array(let sentences)? = parsed["sentences"] else {
            v.add("no tokens or sentences array in the JSON")
            return v
        }
        v.expect(tokens.count == analysis.tokens.count, "\(tokens.count) tokens in the JSON, \(analysis.tokens.count) in the analysis")
        v.expect(sentences.count == analysis.sentences.count,
                 "\(sentences.count) sentences in the JSON, \(analysis.sentences.count) in the analysis")
        for (k, (json, token)) in zip(tokens, analysis.tokens).enumerated() {
            guard let span = codePointSpan(json, codePoints) else {
                v.add("token \(k): bad start/end in the JSON")
                continue
            }
            let atOffsets = byteOffset[span.lowerBound]..<byteOffset[span.upperBound]
            v.expect(atOffsets == token.byteRange,
                     "token \(k): code points \(span) are bytes \(atOffsets), the token is bytes \(token.byteRange) \(Quoted.bytes(textBytes[token.byteRange]))")
            v.expect(json["text"]?.stringValue.map { $0.utf8.elementsEqual(textBytes[token.byteRange]) } == true,
                     "token \(k): the \"text\" field differs from the token's bytes")
            v.expect(json["kind"]?.stringValue == token.kind.description, "token \(k): kind differs")
        }
        for (k, (json, sentence)) in zip(sentences, analysis.sentences).enumerated() {
            guard let span = codePointSpan(json, codePoints) else {
                v.add("sentence \(k): bad start/end in the JSON")
                continue
            }
            v.expect(byteOffset[span.lowerBound]..<byteOffset[span.upperBound] == sentence.byteRange,
                     "sentence \(k): code points \(span) are not its bytes \(sentence.byteRange)")
        }
        return v
    }

    /// `result[i]`: where code point `i` of `text` starts in its UTF-8 bytes; the last element
    /// is the byte count. O(n).
    public static func byteOffsets(of text: String) -> [Int] {
        var byteOffset: [Int] = []
        byteOffset.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            byteOffset.append(offset)
            offset += UTF8.width(scalar)
        }
        byteOffset.append(offset)
        return byteOffset
    }

    static func codePointSpan(_ json: JSONValue, _ count: Int) -> Range<Int>? {
        guard case .number(let s)? = json["start"], case .number(let e)? = json["end"],
              let start = Int(s), let end = Int(e), 0 <= start, start <= end, end <= count else { return nil }
        return start..<end
    }
}
