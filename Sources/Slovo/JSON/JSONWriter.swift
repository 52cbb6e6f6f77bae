/// Appends JSON to a byte buffer: strings escaped so that the output is always valid JSON on
/// one line (control characters, U+2028 and U+2029 escaped; input must be valid UTF-8, which
/// Swift strings are).
public struct JSONWriter {
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {}

    /// Appends `s` as it is: JSON punctuation and keys the caller knows need no escaping
    /// (`writer.raw("{\"id\":")`).
    @inlinable public mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes a string value with quotes and escapes.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string($0) }
    }

    /// Writes a string value from a substring.
    public mutating func string(_ s: Substring) {
        var s = s
        s.withUTF8 { string($0) }
    }

    /// Writes valid UTF-8 bytes as a string value with quotes and escapes.
    public mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        var i = 0
        let hex = JSONWriter.hexDigits
        while i < utf8.count {
            let b = utf8[i]
            var escape: [UInt8]? = nil
            var skip = 1
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
                switch b {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                default:
                    escape = [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                }
            } else if b == 0xE2 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9) {
                escape = [0x5C, UInt8(ascii: "u"), 0x32, 0x30, 0x32, utf8[i + 2] == 0xA8 ? 0x38 : 0x39]
                skip = 3
            }
            if let escape {
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                bytes.append(contentsOf: escape)
                i += skip
                runStart = i
            } else {
                i += 1
            }
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        bytes.append(0x22)
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        if value == 0 { bytes.append(0x30); return }
        var v = value
        if v < 0 { bytes.append(UInt8(ascii: "-")); v = -v }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0 { buf[n] = UInt8(v % 10) + 0x30; v /= 10; n += 1 }
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[k]) }
        }
    }

    /// Writes a number with up to `decimals` digits after the point, trailing zeros trimmed.
    public mutating func double(_ value: Double, decimals: Int = 4) {
        guard value.isFinite else { raw("null"); return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        var integer = Int(scaled / scale)
        var fraction = Int(scaled - Double(integer) * scale)
        if fraction < 0 { fraction = 0 }
        if Double(fraction) >= scale { integer += 1; fraction = 0 }
        if value < 0 && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
        int(integer)
        if fraction > 0 {
            bytes.append(UInt8(ascii: "."))
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            while digits.hasSuffix("0") { digits.removeLast() }
            bytes.append(contentsOf: digits.utf8)
        }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// Writes a parsed JSON value back (used to echo ids and pass-through fields).
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let b): bool(b)
        case .number(let n): bytes.append(contentsOf: n.utf8)
        case .string(let s): string(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (k, element) in elements.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                self.value(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (k, member) in members.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                string(member.0)
                bytes.append(UInt8(ascii: ":"))
                self.value(member.1)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Writes `"key":`.
    public mutating func key(_ key: StaticString) {
        bytes.append(0x22)
        raw(key)
        bytes.append(0x22)
        bytes.append(UInt8(ascii: ":"))
    }
}
