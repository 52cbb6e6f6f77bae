/// 64-bit hashing of feature templates and their values, with no allocation: bytes are mixed
/// eight at a time (a multiply-xorshift in the style of wyhash/murmur finalizers).
public enum FeatureHash {
    /// Mixes two 64-bit values into one (a 128-bit multiply folded).
    @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b ^ 0x9E37_79B9_7F4A_7C15)
        return product.high ^ product.low
    }

    /// Hash of bytes `[start, start + count)`.
    public static func bytes(_ pointer: UnsafePointer<UInt8>, _ count: Int, seed: UInt64 = 0x2D35_8DCC_AA6C_78A5) -> UInt64 {
        var h = seed ^ UInt64(count)
        var i = 0
        while i + 8 <= count {
            let word = UnsafeRawPointer(pointer + i).loadUnaligned(as: UInt64.self)
            h = mix(h ^ word, 0xA076_1D64_78BD_642F)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < count {
            tail |= UInt64(pointer[i]) << shift
            shift += 8
            i += 1
        }
        return mix(h ^ tail, 0xE703_7ED1_A0B4_28DB)
    }

    /// ``bytes(_:_:seed:)`` (the same hash) for bytes followed by at least 7 more readable
    /// bytes: the last, partial word is one load, masked, rather than a loop over its bytes.
    @inline(__always)
    static func bytes(padded pointer: UnsafePointer<UInt8>, _ count: Int, seed: UInt64 = 0x2D35_8DCC_AA6C_78A5) -> UInt64 {
        let raw = UnsafeRawPointer(pointer)
        var h = seed ^ UInt64(count)
        var i = 0
        while i + 8 <= count {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), 0xA076_1D64_78BD_642F)
            i += 8
        }
        let rest = count - i
        var tail: UInt64 = 0
        if rest > 0 {
            tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & (~0 >> UInt64(64 - 8 * rest))
        }
        return mix(h ^ tail, 0xE703_7ED1_A0B4_28DB)
    }

    /// Combines a template id with a value hash.
    @inline(__always)
    public static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        feature(seed: template &* templateFactor, value)
    }

    /// ``feature(_:_:)`` of the template whose seed (its id times ``templateFactor``) is `seed`.
    @inline(__always)
    static func feature(seed: UInt64, _ value: UInt64) -> UInt64 {
        mix(seed ^ value, 0x5899_65CC_7537_4CC3)
    }

    /// What a template id is multiplied by before its value is mixed in.
    static let templateFactor: UInt64 = 0x8EBC_6AF0_9C88_C6E3
}
