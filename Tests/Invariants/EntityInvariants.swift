import Slovo

/// Rules for entities (an ``Analyzer`` with entity data):
///
/// - every mention covers a non-empty run of tokens and lies on token boundaries: its byte span
///   runs from its first token's start to its last token's end, so its text is the input at
///   those offsets; its name tokens lie inside its tokens; its normal form is not empty;
///   mentions are in text order;
/// - every group lists valid mentions (and place references), and every mention that is not a
///   reference belongs to exactly one group;
/// - the JSON output (``EntityJSON``) is one safe line, and each entity's code-point offsets give
///   back exactly its "text", which is the mention's bytes.
public enum EntityInvariants {
    public static func check(_ analysis: Analysis) -> Violations {
        var v = Violations()
        let tokens = analysis.tokens
        var previousStart: Int32 = -1
        for (i, m) in analysis.entities.enumerated() {
            guard !m.tokens.isEmpty, m.tokens.lowerBound >= 0, m.tokens.upperBound <= tokens.count else {
                v.add("mention \(i) has the token range \(m.tokens) over \(tokens.count) tokens")
                continue
            }
            v.expect(m.start == tokens[m.tokens.lowerBound].start && m.end == tokens[m.tokens.upperBound - 1].end,
                     "mention \(i) spans bytes \(m.start)..<\(m.end), its tokens \(tokens[m.tokens.lowerBound].start)..<\(tokens[m.tokens.upperBound - 1].end)")
            v.expect(m.nameTokens.clamped(to: m.tokens) == m.nameTokens && !m.nameTokens.isEmpty,
                     "mention \(i): name tokens \(m.nameTokens) outside its tokens \(m.tokens)")
            v.expect(!m.normal.isEmpty, "mention \(i) has an empty normal form")
            v.expect(m.start >= previousStart, "mention \(i) starts before the one before it")
            previousStart = m.start
        }
        var groupOf = [Int](repeating: 0, count: analysis.entities.count)
        for (g, group) in analysis.entityGroups.enumerated() {
            v.expect(!group.normal.isEmpty, "group \(g) has an empty normal form")
            for i in group.mentions + group.references {
                guard analysis.entities.indices.contains(i) else {
                    v.add("group \(g) lists mention \(i) of \(analysis.entities.count)")
                    continue
                }
                if group.mentions.contains(i) { groupOf[i] += 1 }
            }
        }
        for (i, m) in analysis.entities.enumerated() where !m.isReference {
            v.expect(groupOf[i] == 1, "mention \(i) is in \(groupOf[i]) groups")
        }
        guard v.isEmpty else { return v }
        var writer = JSONWriter()
        writer.raw("{")
        EntityJSON.write(analysis, into: &writer)
        writer.raw("}")
        v.merge(JSONInvariants.checkOutputLine(writer.bytes), prefix: "entity JSON: ")
        guard case .success(let json) = JSONInvariants.parse(writer.bytes), case .array(let written)? = json["entities"] else {
            v.add("Slovo's parser cannot read the entity JSON back")
            return v
        }
        let mentions = analysis.entities.filter { !$0.isReference }
        v.expect(written.count == mentions.count, "\(written.count) entities written, \(mentions.count) mentions")
        let byteOffset = OffsetInvariants.byteOffsets(of: analysis.text)
        let text = Array(analysis.text.utf8)
        for (k, (entity, m)) in zip(written, mentions).enumerated() {
            guard case .number(let s)? = entity["start"], case .number(let e)? = entity["end"], let start = Int(s), let end = Int(e),
                  0 <= start, start <= end, end < byteOffset.count else {
                v.add("entity \(k): bad offsets in the JSON")
                continue
            }
            v.expect(byteOffset[start]..<byteOffset[end] == m.byteRange, "entity \(k): code points \(start)..<\(end) are not its bytes \(m.byteRange)")
            v.expect(entity["text"]?.stringValue.map { $0.utf8.elementsEqual(text[m.byteRange]) } == true,
                     "entity \(k): \"text\" is not the input at its offsets")
        }
        return v
    }
}
