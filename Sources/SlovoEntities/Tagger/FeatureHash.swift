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

    /// Combines a template id with a value hash.
    @inline(__always)
    public static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix(template &* 0x8EBC_6AF0_9C88_C6E3 ^ value, 0x5899_65CC_7537_4CC3)
    }
}
