import SlovoText

/// Writes the parts of an ``Analysis`` as JSON members, offsets in Unicode code points.
///
/// ```swift
/// var json = JSONWriter()
/// json.raw("{\"schemaVersion\":")
/// json.int(schemaVersion)
/// json.raw(",")
/// AnalysisJSON.writeTokensAndSentences(analysis, into: &json)
/// json.raw("}")
/// // {"schemaVersion":1,"tokens":[{"start":0,"end":9,"kind":"word","text":"Делегация"},...],
/// // "sentences":[{"start":0,"end":26},...]}
/// ```
public enum AnalysisJSON {
    /// What to include per token.
    public struct TokenFields: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The token's text.
        public static let text = TokenFields(rawValue: 1)
        /// The Snowball stem of words (`"stem"`).
        public static let stems = TokenFields(rawValue: 2)
        /// Lemma and grammatical tags of words (`"lemma"`, `"pos"`, `"tag"`), when the analysis
        /// has morphology.
        public static let lemmas = TokenFields(rawValue: 4)
    }

    /// Writes `"tokens":[...],"sentences":[...]` (no surrounding braces).
    public static func writeTokensAndSentences(_ analysis: Analysis, fields: TokenFields = [.text],
                                               extra: ((Int, inout JSONWriter) -> Void)? = nil,
                                               into json: inout JSONWriter) {
        var text = analysis.text
        text.withUTF8 { bytes in
            json.bytes.reserveCapacity(json.bytes.count + estimatedBytes(analysis, textBytes: bytes.count, fields: fields))
            var offsets = CodePointOffsets(bytes)
            var scratch: [UInt8] = []  // (a lemma, then a tag: reused from token to token)
            json.key("tokens")
            json.bytes.append(UInt8(ascii: "["))
            for (k, token) in analysis.tokens.enumerated() {
                if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
                json.raw("{\"start\":")
                json.int(offsets.codePointOffset(of: Int(token.start)))
                json.raw(",\"end\":")
                json.int(offsets.codePointOffset(of: Int(token.end)))
                json.raw(",\"kind\":\"")
                json.bytes.append(contentsOf: token.kind.description.utf8)
                json.bytes.append(UInt8(ascii: "\""))
                if fields.contains(.text) {
                    json.raw(",\"text\":")
                    json.string(UnsafeBufferPointer(rebasing: bytes[token.byteRange]))
                }
                if fields.contains(.lemmas), let tag = analysis.tag(of: k) {
                    scratch.removeAll(keepingCapacity: true)
                    if analysis.appendLemma(of: k, to: &scratch) {
                        json.raw(",\"lemma\":")
                        scratch.withUnsafeBufferPointer { json.string($0) }
                        json.raw(",\"pos\":")
                        json.string(tag.partOfSpeech.openCorporaName)
                        json.raw(",\"tag\":")
                        scratch.removeAll(keepingCapacity: true)
                        tag.appendDescription(to: &scratch)
                        scratch.withUnsafeBufferPointer { json.string($0) }
                    }
                }
                if fields.contains(.stems), let stem = analysis.stem(of: k) {
                    json.raw(",\"stem\":")
                    json.string(stem)
                }
                extra?(k, &json)
                json.bytes.append(UInt8(ascii: "}"))
            }
            json.raw("],")
            var sentenceOffsets = CodePointOffsets(bytes)
            json.key("sentences")
            json.bytes.append(UInt8(ascii: "["))
            for (k, sentence) in analysis.sentences.enumerated() {
                if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
                json.raw("{\"start\":")
                json.int(sentenceOffsets.codePointOffset(of: Int(sentence.start)))
                json.raw(",\"end\":")
                json.int(sentenceOffsets.codePointOffset(of: Int(sentence.end)))
                json.bytes.append(UInt8(ascii: "}"))
            }
            json.bytes.append(UInt8(ascii: "]"))
        }
    }

    /// About the size of what ``writeTokensAndSentences(_:fields:extra:into:)`` writes, rather
    /// over than under: reserving it up front means the buffer of a large document is filled
    /// once instead of being copied on each doubling (each copy touching fresh pages).
    static func estimatedBytes(_ analysis: Analysis, textBytes: Int, fields: TokenFields) -> Int {
        // Offsets, kind and punctuation ~56 bytes; lemma, part of speech and tag ~90; stem ~24.
        var perToken = 56
        if fields.contains(.lemmas) && !analysis.morphology.isEmpty { perToken += 90 }
        if fields.contains(.stems) { perToken += 24 }
        let textCopies = fields.contains(.text) ? 2 : 0
        return 64 + analysis.tokens.count * perToken + textBytes * textCopies + analysis.sentences.count * 32
    }
}
