/// Up to 63 alphabet codes stored inline (64 bytes, no allocation): a word, a stem, an ending.
public struct InlineCodes: Sendable, Hashable {
    @usableFromInline var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// The number of codes.
    public internal(set) var count: Int {
        @inline(__always) get { storedCount }
        @inline(__always) set { storedCount = newValue }
    }
    /// ``count`` as stored.
    @usableFromInline var storedCount: Int

    /// The most codes a value holds.
    public static let capacity = 63

    /// The empty sequence.
    public init() {
        storage = (0, 0, 0, 0, 0, 0, 0, 0)
        storedCount = 0
    }

    /// The `count` codes at `codes`. O(count).
    @inline(__always)
    init(copying codes: UnsafePointer<UInt8>, count: Int) {
        self.init()
        withMutableCodes { $0.update(from: codes, count: count) }
        self.count = count
    }

    /// The `count` codes at `codes`, reading 64 bytes there whatever `count` is (the bytes
    /// past `count` are dropped): the caller guarantees 64 readable bytes. O(1), no call.
    @inlinable @inline(__always)
    init(loading codes: UnsafeRawPointer, count: Int) {
        @inline(__always) func word(_ w: Int) -> UInt64 {
            codes.loadUnaligned(fromByteOffset: 8 &* w, as: UInt64.self) & InlineCodes.mask(count: count, word: w)
        }
        // Most bases have at most 16 codes: their words past the second are zero.
        if count <= 16 {
            storage = (word(0), word(1), 0, 0, 0, 0, 0, 0)
        } else {
            storage = (word(0), word(1), word(2), word(3), word(4), word(5), word(6), word(7))
        }
        self.storedCount = count
    }

    /// The codes in the first three words of the storage (zero past `count`, which is at most
    /// 24). O(1).
    @inlinable
    init(words: (UInt64, UInt64, UInt64), count: Int) {
        storage = (words.0, words.1, words.2, 0, 0, 0, 0, 0)
        self.storedCount = count
    }

    /// The code at `index`. O(1): one word of the storage is read and shifted (reading the
    /// storage through a byte pointer would copy all 64 bytes first).
    @inline(__always)
    subscript(index: Int) -> UInt8 {
        get { UInt8(truncatingIfNeeded: word(index &>> 3) &>> UInt64((index & 7) &* 8)) }
        set {
            withUnsafeMutableBytes(of: &storage) { $0[index] = newValue }
        }
    }

    /// Calls `body` with the codes (`count` bytes) in place. O(1) besides `body`.
    @inline(__always)
    mutating func withMutableCodes<R>(_ body: (UnsafeMutablePointer<UInt8>) -> R) -> R {
        withUnsafeMutableBytes(of: &storage) { body($0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Calls `body` with a copy of the codes (`count` bytes): one copy for any number of reads.
    @inline(__always)
    func withCodes<R>(_ body: (UnsafePointer<UInt8>) -> R) -> R {
        var copy = storage
        return withUnsafeBytes(of: &copy) { body($0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
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
        let start = count
        other.withCodes { source in
            withMutableCodes { target in
                for i in range { target[start + i - range.lowerBound] = source[i] }
            }
        }
        count += range.count
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
        let n = count
        let k = withMutableCodes { codes in
            var k = first.lowerBound
            for i in first.upperBound..<n where !second.contains(i) {
                codes[k] = codes[i]
                k += 1
            }
            return k
        }
        count = k
    }

    /// Drops the codes from `newCount` on. O(1).
    @inline(__always) mutating func truncate(to newCount: Int) { count = min(count, newCount) }

    /// Appends the lower-case UTF-8 of `range` to `out`. O(n), one append.
    func appendUTF8(_ range: Range<Int>, to out: inout [UInt8]) {
        guard !range.isEmpty else { return }
        withCodes { codes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * InlineCodes.capacity) { buffer in
                var n = 0
                for i in range { n = Alphabet.writeUTF8(codes[i], to: buffer.baseAddress!, at: n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
            }
        }
    }

    /// The codes as a lower-case string. O(n).
    var string: String {
        var out: [UInt8] = []
        appendUTF8(0..<count, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Equal codes (the bytes past ``count``, which shortening leaves, are not compared). O(1)
    /// (at most eight word compares).
    public static func == (a: InlineCodes, b: InlineCodes) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        var w = 0
        while 8 &* w < n {
            if (a.word(w) ^ b.word(w)) & mask(count: n, word: w) != 0 { return false }
            w &+= 1
        }
        return true
    }

    /// The bits of storage word `w` that hold codes when there are `count`: all, the low
    /// bytes, or none. O(1).
    @inlinable @inline(__always)
    static func mask(count: Int, word w: Int) -> UInt64 {
        let remaining = count &- 8 &* w
        if remaining >= 8 { return ~0 }
        if remaining <= 0 { return 0 }
        return (1 &<< UInt64(8 &* remaining)) &- 1
    }

    /// Word `w` (codes `8w ..< 8w + 8`) of the storage. O(1).
    @inline(__always)
    func word(_ w: Int) -> UInt64 {
        switch w {
        case 0: return storage.0
        case 1: return storage.1
        case 2: return storage.2
        case 3: return storage.3
        case 4: return storage.4
        case 5: return storage.5
        case 6: return storage.6
        default: return storage.7
        }
    }

    /// Hashes the count and the codes. O(1).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        withUnsafeBytes(of: codeWords) { hasher.combine(bytes: $0) }
    }

    /// The storage with the bytes past ``count`` zeroed. O(1).
    var codeWords: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) {
        @inline(__always) func masked(_ w: Int) -> UInt64 { word(w) & InlineCodes.mask(count: count, word: w) }
        return (masked(0), masked(1), masked(2), masked(3), masked(4), masked(5), masked(6), masked(7))
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
        var codes = InlineCodes()
        var yoMask: UInt64 = 0
        let n = bytes.count
        let count: Int? = codes.withMutableCodes { out in
            var i = 0
            var k = 0
            while i < n {
                let b0 = bytes[i]
                let code: UInt8
                if b0 & 0xFE == 0xD0, i + 1 < n {
                    // Cyrillic: the common case, decoded without the general switch.
                    let scalar = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                    guard let c = Alphabet.code(of: scalar) else { return nil }
                    code = c
                } else {
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
                    guard let c = Alphabet.code(of: scalar) else { return nil }
                    code = c
                }
                if code == Alphabet.ignorable { continue }
                guard k < InlineCodes.capacity else { return nil }
                if code == Alphabet.yo { yoMask |= 1 << UInt64(k) }
                out[k] = code
                k += 1
            }
            return k
        }
        guard let count else { return nil }
        codes.count = count
        self.codes = codes
        self.yoMask = yoMask
    }

    var count: Int { codes.count }
}
