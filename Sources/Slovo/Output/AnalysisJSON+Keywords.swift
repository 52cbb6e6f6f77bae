import SlovoKeywords
import SlovoText

extension AnalysisJSON {
    /// Writes `"keywords":[{"text","score","count","occurrences":[{"start","end"}]}]` (no
    /// surrounding braces): the analysis's keywords, best first, offsets in Unicode code points
    /// of ``Analysis/text``, end exclusive. With `occurrences` false, the spans are left out.
    /// O(n) for the offsets plus O(k log k) for the k spans.
    public static func writeKeywords(_ analysis: Analysis, occurrences: Bool = true, into json: inout JSONWriter) {
        json.key("keywords")
        json.bytes.append(UInt8(ascii: "["))
        let offsets = occurrences ? codePointTable(analysis) : [:]
        for (k, keyword) in analysis.keywords.enumerated() {
            if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
            json.raw("{\"text\":")
            json.string(keyword.text)
            json.raw(",\"score\":")
            json.double(keyword.score)
            json.raw(",\"count\":")
            json.int(keyword.count)
            if occurrences {
                json.raw(",\"occurrences\":[")
                for (j, o) in keyword.occurrences.enumerated() {
                    if j > 0 { json.bytes.append(UInt8(ascii: ",")) }
                    json.raw("{\"start\":")
                    json.int(offsets[Int(o.start)] ?? 0)
                    json.raw(",\"end\":")
                    json.int(offsets[Int(o.end)] ?? 0)
                    json.bytes.append(UInt8(ascii: "}"))
                }
                json.bytes.append(UInt8(ascii: "]"))
            }
            json.bytes.append(UInt8(ascii: "}"))
        }
        json.bytes.append(UInt8(ascii: "]"))
    }

    /// Code point offsets of every byte offset that a keyword occurrence starts or ends at,
    /// converted in one forward pass.
    static func codePointTable(_ analysis: Analysis) -> [Int: Int] {
        var byteOffsets: [Int] = []
        for keyword in analysis.keywords {
            for o in keyword.occurrences {
                byteOffsets.append(Int(o.start))
                byteOffsets.append(Int(o.end))
            }
        }
        guard !byteOffsets.isEmpty else { return [:] }
        byteOffsets.sort()
        var table: [Int: Int] = [:]
        var text = analysis.text
        text.withUTF8 { bytes in
            var converter = CodePointOffsets(bytes)
            for offset in byteOffsets where table[offset] == nil {
                table[offset] = converter.codePointOffset(of: offset)
            }
        }
        return table
    }
}
