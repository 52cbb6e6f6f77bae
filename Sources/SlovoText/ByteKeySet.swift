/// A set of short lower-case keys looked up straight from UTF-8 bytes, lower-casing ASCII and
/// the Cyrillic letters U+0400–U+042F on the fly: no `String`, no allocation, no hashing with
/// Unicode normalization.
///
/// It answers only for text made of ASCII and the Cyrillic letters U+0400–U+045F: such text
/// is already in NFC, so byte equality is the same as `String` equality there. For anything
/// else ``contains(_:_:)`` returns nil, and the caller asks the `Set<String>` it was built from
/// (which compares canonically equivalent strings as equal).
struct ByteKeySet: Sendable {
    private let keyBytes: [UInt8]
    /// Open addressing: per slot the key's offset in `keyBytes` and its length (0: empty).
    private let slotOffsets: [Int32]
    private let slotLengths: [UInt8]
    private let mask: Int
    /// The longest key, in bytes.
    let maxLength: Int
    /// A Bloom filter over (length, first two lower-case bytes) of the keys: most words are
    /// turned away by one bit test, before any hashing.
    private let prefilter: [UInt64]

    /// Builds the table from lower-case keys. O(total key length).
    init<S: Sequence>(_ keys: S) where S.Element == String {
        let keys = Array(Set(keys)).sorted()
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        var bytes: [UInt8] = []
        var offsets = [Int32](repeating: 0, count: size)
        var lengths = [UInt8](repeating: 0, count: size)
        var longest = 0
        var filter = [UInt64](repeating: 0, count: 64)
        for key in keys {
            let utf8 = Array(key.utf8)
            precondition(!utf8.isEmpty && utf8.count < 256, "keys are 1 to 255 bytes")
            longest = max(longest, utf8.count)
            var slot = Int(Self.hash(utf8.withUnsafeBufferPointer { $0 }, 0..<utf8.count)) & (size - 1)
            while lengths[slot] != 0 { slot = (slot + 1) & (size - 1) }
            let bit = Self.prefilterBit(length: utf8.count, utf8[0], utf8.count > 1 ? utf8[1] : 0)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            offsets[slot] = Int32(bytes.count)
            lengths[slot] = UInt8(utf8.count)
            bytes += utf8
        }
        keyBytes = bytes
        slotOffsets = offsets
        slotLengths = lengths
        mask = size - 1
        maxLength = longest
        prefilter = filter
    }

    /// The filter bit of a key or candidate of `length` bytes whose first two lower-case bytes
    /// are `b0`, `b1` (0 when there is one byte).
    @inline(__always)
    private static func prefilterBit(length: Int, _ b0: UInt8, _ b1: UInt8) -> Int {
        (length &* 151 &+ Int(b0) &* 31 &+ Int(b1)) & 4095
    }

    /// Is `bytes[range]`, lower-cased, one of the keys? Nil when the range holds a character
    /// other than ASCII or U+0400–U+045F (the caller decides then). O(range length).
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool? {
        // The filter first, on the first character lower-cased (a key never starts with
        // another character, so a miss is an answer when the text is ASCII and Cyrillic).
        if !range.isEmpty && range.count <= maxLength {
            let b0 = bytes[range.lowerBound]
            let l0: UInt8, l1: UInt8
            if b0 < 0x80 {
                l0 = Self.lower(b0)
                l1 = range.count > 1 ? Self.lower(bytes[range.lowerBound + 1]) : 0
            } else if (b0 == 0xD0 || b0 == 0xD1) && range.count > 1 {
                (l0, l1) = Self.lower(b0, bytes[range.lowerBound + 1])
            } else {
                l0 = 0
                l1 = 0
            }
            if l0 != 0 {
                let bit = Self.prefilterBit(length: range.count, l0, l1)
                if prefilter[bit >> 6] & 1 << UInt64(bit & 63) == 0 && isASCIIOrCyrillic(bytes, range) { return false }
            }
        }
        // One pass checks the characters and hashes the lower-cased bytes.
        var h: UInt32 = 2_166_136_261
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                h = (h ^ UInt32(Self.lower(b))) &* 16_777_619
                i += 1
                continue
            }
            guard b == 0xD0 || b == 0xD1, i + 1 < range.upperBound else { return nil }
            let b1 = bytes[i + 1]
            guard b1 & 0xC0 == 0x80, b == 0xD0 || b1 < 0xA0 else { return nil }
            let (l0, l1) = Self.lower(b, b1)
            h = (h ^ UInt32(l0)) &* 16_777_619
            h = (h ^ UInt32(l1)) &* 16_777_619
            i += 2
        }
        guard range.count <= maxLength else { return false }
        var slot = Int(h) & mask
        while true {
            let length = Int(slotLengths[slot])
            if length == 0 { return false }
            if length == range.count && equalsLowercased(bytes, range, at: Int(slotOffsets[slot])) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Is the text made of ASCII and the Cyrillic letters U+0400–U+045F only?
    private func isASCIIOrCyrillic(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Most words are Cyrillic letters only: one run settles it.
        if let base = bytes.baseAddress, WordScan.cyrillicRun(base, from: range.lowerBound, to: range.upperBound).end
            == range.upperBound {
            return true
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            guard b == 0xD0 || b == 0xD1, i + 1 < range.upperBound else { return false }
            let b1 = bytes[i + 1]
            guard b1 & 0xC0 == 0x80, b == 0xD0 || b1 < 0xA0 else { return false }
            i += 2
        }
        return true
    }

    private func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at offset: Int) -> Bool {
        var i = range.lowerBound
        var k = offset
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                guard keyBytes[k] == Self.lower(b) else { return false }
                i += 1
                k += 1
            } else {
                let (l0, l1) = Self.lower(b, bytes[i + 1])
                guard keyBytes[k] == l0 && keyBytes[k + 1] == l1 else { return false }
                i += 2
                k += 2
            }
        }
        return true
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }

    /// Lower-cases a two-byte Cyrillic letter (as ``LowercaseKey`` does).
    @inline(__always)
    private static func lower(_ b0: UInt8, _ b1: UInt8) -> (UInt8, UInt8) {
        guard b0 == 0xD0 else { return (b0, b1) }
        if b1 >= 0x90 && b1 <= 0x9F { return (0xD0, b1 + 0x20) }  // А..П -> а..п
        if b1 >= 0xA0 && b1 <= 0xAF { return (0xD1, b1 - 0x20) }  // Р..Я -> р..я
        if b1 >= 0x80 && b1 <= 0x8F { return (0xD1, b1 + 0x10) }  // Ѐ..Џ -> ѐ..џ
        return (b0, b1)
    }

    /// FNV-1a of already lower-case key bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for i in range { h = (h ^ UInt32(bytes[i])) &* 16_777_619 }
        return h
    }
}
