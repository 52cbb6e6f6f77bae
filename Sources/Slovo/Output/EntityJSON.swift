import SlovoEntities
import SlovoText

/// Writes the entities of an ``Analysis`` as JSON members (offsets in Unicode code points):
///
/// - `"entities"`: every mention, `{"type", "subtype", "start", "end", "text", "normal"}`
///   (place adjectives are not mentions: they are the `references` of their place);
/// - `"people"`: `{"normal", "first", "middle", "last", "gender", "count", "mentions"}`;
/// - `"organizations"`: `{"normal", "count", "mentions"}`;
/// - `"places"`: `{"normal", "subtype", "count", "mentions", "references"}`;
/// - `"cities"`: the places whose subtype is `city`, in the same shape.
///
/// `mentions` and `references` are lists of `{"start", "end"}`. Groups are in order of first
/// appearance.
public enum EntityJSON {
    /// Writes the five members, separated by commas, without surrounding braces. O(mentions).
    public static func write(_ analysis: Analysis, into json: inout JSONWriter) {
        var text = analysis.text
        text.withUTF8 { bytes in
            // Code point offsets of every mention, converted in one forward pass.
            var order = Array(analysis.entities.indices)
            order.sort { analysis.entities[$0].start < analysis.entities[$1].start }
            var starts = [Int](repeating: 0, count: analysis.entities.count)
            var ends = [Int](repeating: 0, count: analysis.entities.count)
            var offsets = CodePointOffsets(bytes)
            for i in order { starts[i] = offsets.codePointOffset(of: Int(analysis.entities[i].start)) }
            order.sort { analysis.entities[$0].end < analysis.entities[$1].end }
            var endOffsets = CodePointOffsets(bytes)
            for i in order { ends[i] = endOffsets.codePointOffset(of: Int(analysis.entities[i].end)) }

            json.key("entities")
            json.bytes.append(UInt8(ascii: "["))
            var first = true
            for (i, m) in analysis.entities.enumerated() where !m.isReference {
                if !first { json.bytes.append(UInt8(ascii: ",")) }
                first = false
                json.raw("{\"type\":")
                json.string(m.type.description)
                json.raw(",\"subtype\":")
                if let subtype = m.subtype { json.string(subtype.description) } else { json.raw("null") }
                json.raw(",\"start\":")
                json.int(starts[i])
                json.raw(",\"end\":")
                json.int(ends[i])
                json.raw(",\"text\":")
                json.string(UnsafeBufferPointer(rebasing: bytes[m.byteRange]))
                json.raw(",\"normal\":")
                json.string(m.normal)
                json.bytes.append(UInt8(ascii: "}"))
            }
            json.raw("],")
            func spans(_ indices: [Int]) {
                json.bytes.append(UInt8(ascii: "["))
                for (k, i) in indices.enumerated() {
                    if k > 0 { json.bytes.append(UInt8(ascii: ",")) }
                    json.raw("{\"start\":")
                    json.int(starts[i])
                    json.raw(",\"end\":")
                    json.int(ends[i])
                    json.bytes.append(UInt8(ascii: "}"))
                }
                json.bytes.append(UInt8(ascii: "]"))
            }
            func optional(_ value: String?) {
                if let value { json.string(value) } else { json.raw("null") }
            }
            func groups(_ key: StaticString, _ wanted: (EntityGroup) -> Bool, person: Bool = false, place: Bool = false) {
                json.key(key)
                json.bytes.append(UInt8(ascii: "["))
                var first = true
                for g in analysis.entityGroups where wanted(g) {
                    if !first { json.bytes.append(UInt8(ascii: ",")) }
                    first = false
                    json.raw("{\"normal\":")
                    json.string(g.normal)
                    if person {
                        json.raw(",\"first\":")
                        optional(g.person?.first)
                        json.raw(",\"middle\":")
                        optional(g.person?.middle)
                        json.raw(",\"last\":")
                        optional(g.person?.last)
                        json.raw(",\"gender\":")
                        optional(g.person?.gender?.rawValue)
                    }
                    if place {
                        json.raw(",\"subtype\":")
                        optional(g.subtype?.description)
                    }
                    json.raw(",\"count\":")
                    json.int(g.count)
                    json.raw(",\"mentions\":")
                    spans(g.mentions)
                    if place {
                        json.raw(",\"references\":")
                        spans(g.references)
                    }
                    json.bytes.append(UInt8(ascii: "}"))
                }
                json.bytes.append(UInt8(ascii: "]"))
            }
            groups("people", { $0.type == .person }, person: true)
            json.bytes.append(UInt8(ascii: ","))
            groups("organizations", { $0.type == .organization })
            json.bytes.append(UInt8(ascii: ","))
            groups("places", { $0.type == .location }, place: true)
            json.bytes.append(UInt8(ascii: ","))
            groups("cities", { $0.type == .location && $0.subtype == .city }, place: true)
        }
    }
}
