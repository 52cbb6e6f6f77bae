/// Builds the JSON summary by hand, keys in a fixed order, numbers rounded for reading.
struct JSONObject {
    private var members: [String] = []

    mutating func add(_ key: String, _ value: Double, decimals: Int = 3) {
        members.append("\(quoted(key)):\(Self.number(value, decimals: decimals))")
    }
    mutating func add(_ key: String, _ value: Int) { members.append("\(quoted(key)):\(value)") }
    mutating func add(_ key: String, _ value: Bool) { members.append("\(quoted(key)):\(value)") }
    mutating func add(_ key: String, _ value: String) { members.append("\(quoted(key)):\(quoted(value))") }
    mutating func add(_ key: String, _ object: JSONObject?) {
        members.append("\(quoted(key)):\(object.map { $0.text } ?? "null")")
    }
    mutating func add(_ key: String, strings: [String]) {
        members.append("\(quoted(key)):[\(strings.map(quoted).joined(separator: ","))]")
    }
    mutating func add(_ key: String, objects: [JSONObject]) {
        members.append("\(quoted(key)):[\(objects.map(\.text).joined(separator: ","))]")
    }

    var text: String { "{" + members.joined(separator: ",") + "}" }

    static func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    private func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
