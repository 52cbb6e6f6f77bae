/// Escaping of input-derived text for HTML. The same escaping serves element text and
/// double- or single-quoted attribute values: `& < > " '` become character references, and
/// control characters (C0 but tab and line breaks, DEL, C1), which HTML forbids, are shown
/// as visible `\u001b`-style escapes. The result can never open a tag, an attribute, a
/// comment or a character reference.
enum HTMLEscaping {
    static func escaped<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) {
                    let hex = String(v, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
