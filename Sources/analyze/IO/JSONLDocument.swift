import Slovo

/// Turns one JSONL line into a document or a failure naming the line.
enum JSONLDocument {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, location: String, decoding: TextDecoding.Options) -> DocumentOutcome {
        var line = bytes
        // A UTF-8 BOM at the start of the first line is not part of the JSON.
        if line.count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF {
            line = UnsafeBufferPointer(rebasing: line[3...])
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return .failure(id: nil, origin: location, message: "\(location): empty line, expected a JSON object")
        }
        var repaired: [UInt8]? = nil
        var replacements = 0
        if decoding.lossy, UTF8Validation.firstInvalidOffset(line) != nil {
            let text = String(decoding: line, as: UTF8.self)
            repaired = Array(text.utf8)
            replacements = replacementCharacters(repaired!) - replacementCharacters(Array(line))
        }
        let parsed: Result<JSONValue, JSONParser.Error>
        if let repaired {
            parsed = repaired.withUnsafeBufferPointer { b in
                do throws(JSONParser.Error) { return .success(try JSONParser.parse(b)) } catch { return .failure(error) }
            }
        } else {
            do throws(JSONParser.Error) { parsed = .success(try JSONParser.parse(line)) } catch { parsed = .failure(error) }
        }
        let value: JSONValue
        switch parsed {
        case .failure(let error):
            return .failure(id: nil, origin: location, message: "\(location): malformed JSON: \(error)")
        case .success(let v):
            value = v
        }
        guard case .object(let members) = value else {
            return .failure(id: nil, origin: location, message: "\(location): expected a JSON object with \"text\"")
        }
        let id = value["id"]
        guard let textValue = value["text"] else {
            return .failure(id: id, origin: location, message: "\(location): no \"text\" field")
        }
        guard case .string(let text) = textValue else {
            return .failure(id: id, origin: location, message: "\(location): \"text\" is not a string")
        }
        let extra = members.filter { $0.0 != "id" && $0.0 != "text" }
        return .document(InputDocument(id: id ?? .null, text: text, extra: extra, origin: location, encoding: "UTF-8",
                                       replacements: replacements))
    }

    /// How many U+FFFD (EF BF BD) are in `bytes`.
    static func replacementCharacters(_ bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }
}
