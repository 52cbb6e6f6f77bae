import SlovoMorphology
import SlovoText

/// Hashes of the Snowball stems of tokens' matching keys: "Калуге", "Калуга" and "КАЛУГОЙ" get
/// one key, so gazetteers match every case form without a dictionary. Non-word tokens hash
/// their matching key whole.
enum StemKeys {
    /// One key per token. O(total token length); one scratch buffer, no per-token allocation.
    static func compute(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> [UInt64] {
        let stemmer = RussianStemmer()
        var keys = [UInt64](repeating: 0, count: tokens.count)
        var scratch = [UInt8](repeating: 0, count: MatchKey.capacity(for: 256))
        scratch.withUnsafeMutableBufferPointer { out in
            for (i, token) in tokens.enumerated() {
                keys[i] = key(bytes, token, stemmer: stemmer, scratch: out)
            }
        }
        return keys
    }

    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, stemmer: RussianStemmer,
                    scratch: UnsafeMutableBufferPointer<UInt8>) -> UInt64 {
        let length = min(token.byteCount, 256)
        let n = MatchKey.write(bytes, Int(token.start)..<(Int(token.start) + length), into: scratch.baseAddress!)
        var stem = n
        if token.kind == .word {
            stem = stemmer.stemLength(utf8: UnsafeBufferPointer(rebasing: scratch[0..<n]))
        }
        return hash(scratch.baseAddress!, stem)
    }

    /// The key of a stem (or of a non-word's whole matching key) already written out.
    @inline(__always)
    static func hash(_ stem: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        FeatureHash.bytes(stem, count, seed: 0x7B1D_4E2A_9C3F_0001)
    }

    /// The key of a whole phrase of token keys.
    static func phrase(_ keys: ArraySlice<UInt64>) -> UInt64 {
        var h: UInt64 = 0x1234_5678_9ABC_DEF1
        for k in keys { h = FeatureHash.mix(h ^ k, 0xC2B2_AE3D_27D4_EB4F) }
        return h
    }
}
