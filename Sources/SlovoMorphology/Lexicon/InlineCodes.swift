/// Up to 63 alphabet codes stored inline (64 bytes, no allocation): a word, a stem, an ending.
public struct InlineCodes: Sendable, Hashable {
    @usableFromInline var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// The number of codes.
    public private(set) var count: Int

    /// The most codes a value holds.
    public static let capacity = 63

    /// The empty sequence.
    public init() {
        storage = (0, 0, 0, 0, 0, 0, 0, 0)
        count = 0
    }

    /// The code at `index`. O(1).
    @inline(__always)
    subscript(index: Int) -> UInt8 {
        get {
            withUnsafeBytes(of: storage) { $0[index] }
        }
        set {
            withUnsafeMutableBytes(of: &storage) { $0[index] = newValue }
        }
    }

    /// Appends a code; false when full. O(1).
    @inline(__always) @discardableResult
    mutating func append(_ code: UInt8) -> Bool {
        guard count < InlineCodes.capacity else { return false }
        self[count] = code
        count += 1
        return true
    }

    /// Appends `other[range]`; false when it does not fit. O(n).
    @inline(__always) @discardableResult
    mutating func append(_ other: InlineCodes, _ range: Range<Int>) -> Bool {
        guard count + range.count <= InlineCodes.capacity else { return false }
        for i in range { self[count] = other[i]; count += 1 }
        return true
    }

    /// Removes the codes of `first` and then of `second` (both in the original numbering,
    /// `first` before `second`). O(n).
    @inline(__always)
    mutating func remove(_ first: Range<Int>, _ second: Range<Int>) {
        if first.isEmpty && second.upperBound == count {
            count = second.lowerBound
            return
        }
        var k = first.lowerBound
        for i in first.upperBound..<count where !second.contains(i) {
            self[k] = self[i]
            k += 1
        }
        count = k
    }

    /// Drops the codes from `newCount` on. O(1).
    @inline(__always) mutating func truncate(to newCount: Int) { count = min(count, newCount) }

    /// Appends the lower-case UTF-8 of `range` to `out`. O(n).
    func appendUTF8(_ range: Range<Int>, to out: inout [UInt8]) {
        for i in range { Alphabet.appendUTF8(self[i], to: &out) }
    }

    /// The codes as a lower-case string. O(n).
    var string: String {
        var out: [UInt8] = []
        appendUTF8(0..<count, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Equal codes. O(1) (eight word compares).
    public static func == (a: InlineCodes, b: InlineCodes) -> Bool {
        a.count == b.count && a.storage.0 == b.storage.0 && a.storage.1 == b.storage.1
            && a.storage.2 == b.storage.2 && a.storage.3 == b.storage.3 && a.storage.4 == b.storage.4
            && a.storage.5 == b.storage.5 && a.storage.6 == b.storage.6 && a.storage.7 == b.storage.7
    }

    /// Hashes the count and the codes. O(1).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        withUnsafeBytes(of: storage) { hasher.combine(bytes: $0) }
    }
}

/// A word to look up: its codes (lower-case, ё kept) and where it had ё.
struct WordCodes {
    /// Codes as written, lower-cased (ё kept).
    var codes = InlineCodes()
    /// Bit i set when code i is ё.
    var yoMask: UInt64 = 0

    /// Encodes UTF-8 text: lower-cases, drops stress marks and soft hyphens; nil when a
    /// character is outside the alphabet or the word is longer than 63 letters. O(n).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            let scalar: UInt32
            if b0 < 0x80 {
                scalar = UInt32(b0); i += 1
            } else if b0 < 0xE0, i + 1 < n {
                scalar = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0, i + 2 < n {
                scalar = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return nil
            }
            guard let code = Alphabet.code(of: scalar) else { return nil }
            if code == Alphabet.ignorable { continue }
            if code == Alphabet.yo { yoMask |= 1 << UInt64(codes.count) }
            guard codes.append(code) else { return nil }
        }
    }

    var count: Int { codes.count }
}
