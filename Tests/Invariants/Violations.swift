#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an invariant check found wrong: one message per broken rule (at most ``limit``, so a
/// badly broken result does not flood the log).
public struct Violations: CustomStringConvertible, Sendable {
    /// The messages, in the order found.
    public private(set) var messages: [String] = []
    /// How many were found in all (may exceed `messages.count`).
    public private(set) var count = 0
    /// Messages kept.
    public static let limit = 20

    public init() {}

    /// True when every rule held.
    public var isEmpty: Bool { count == 0 }

    /// Records a broken rule.
    public mutating func add(_ message: String) {
        count += 1
        if messages.count < Self.limit { messages.append(message) }
    }

    /// Records a broken rule when `condition` is false.
    public mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { add(message()) }
    }

    /// Adds the messages of another check, each with a prefix.
    public mutating func merge(_ other: Violations, prefix: String = "") {
        for message in other.messages { add(prefix + message) }
        count += other.count - other.messages.count
    }

    public var description: String {
        if isEmpty { return "no violations" }
        var lines = messages
        if count > messages.count { lines.append("... and \(count - messages.count) more") }
        return lines.joined(separator: "\n")
    }

    /// For fuzz targets and check programs: prints the violations with the input that caused
    /// them to standard error and aborts, so that libFuzzer records the input as a crash.
    public func trapIfAny(input: @autoclosure () -> String) {
        guard !isEmpty else { return }
        standardError("INVARIANT VIOLATED\n\(description)\ninput: \(Quoted.swiftLiteral(input()))\n")
        abort()
    }
}

/// Writes `text` to standard error (file descriptor 2), unbuffered.
public func standardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let n = write(2, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }
}

/// Short, unambiguous renderings of text for messages.
public enum Quoted {
    /// A Swift string literal for `text`: printable ASCII and letters as they are, everything
    /// else as \u{...}, cut after `limit` scalars.
    public static func swiftLiteral(_ text: some StringProtocol, limit: Int = 400) -> String {
        var out = "\""
        var n = 0
        for scalar in text.unicodeScalars {
            n += 1
            if n > limit { out += "\u{2026}(\(text.unicodeScalars.count) scalars)"; break }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = scalar.value
                let visible = (v >= 0x20 && v < 0x7F)
                    || (scalar.properties.isAlphabetic && v >= 0xA0 && v < 0x2000 && !scalar.properties.isWhitespace)
                out += visible ? String(scalar) : "\\u{\(String(v, radix: 16, uppercase: true))}"
            }
        }
        return out + "\""
    }

    /// Bytes as a Swift array literal (hex), cut after `limit` bytes.
    public static func bytes(_ bytes: some Collection<UInt8>, limit: Int = 200) -> String {
        let shown = bytes.prefix(limit).map { "0x" + String($0, radix: 16, uppercase: true) }
        return "[" + shown.joined(separator: ", ") + (bytes.count > limit ? ", ...(\(bytes.count) bytes)" : "") + "]"
    }
}
