import CSlovoICU

/// Turns the bytes of a file into text: byte order marks, UTF-8 validation with the offset of
/// the first bad byte, optional repair with U+FFFD, and detection of binary data.
/// (Legacy encodings are detected in ``TextDecoding/decode(_:options:)`` when allowed.)
public enum TextDecoding {
    /// How to decode.
    public struct Options: Sendable {
        /// Replace invalid UTF-8 with U+FFFD instead of failing.
        public var lossy = false
        /// Use this encoding (an ICU converter name such as "windows-1251", "KOI8-R", "UTF-16LE")
        /// instead of detecting one.
        public var encoding: String? = nil
        /// Detect legacy Cyrillic encodings (Windows-1251, KOI8-R) and UTF-16 without BOM.
        public var detectLegacyEncodings = true
        /// Creates options.
        public init(lossy: Bool = false, encoding: String? = nil, detectLegacyEncodings: Bool = true) {
            self.lossy = lossy
            self.encoding = encoding
            self.detectLegacyEncodings = detectLegacyEncodings
        }
    }

    /// Decoded text and how it was decoded.
    public struct Decoded: Sendable {
        /// The text (without a byte order mark).
        public var text: String
        /// The encoding the bytes were read as ("UTF-8", "UTF-16LE", "windows-1251", ...).
        public var encoding: String
        /// Number of invalid byte sequences replaced with U+FFFD (only with `lossy`).
        public var replacements: Int
    }

    /// Why bytes could not be decoded.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Invalid UTF-8 at a byte offset.
        case invalidUTF8(offset: Int)
        /// Looks like binary data (a NUL byte at an offset).
        case binary(offset: Int)
        /// Bytes invalid in the given or detected encoding.
        case invalidInEncoding(String, offset: Int)
        /// An encoding name ICU does not know.
        case unknownEncoding(String)
        /// Larger than 2 GiB.
        case tooLarge(Int)

        public var description: String {
            switch self {
            case .invalidUTF8(let offset):
                return "invalid UTF-8 at byte \(offset) (use --lossy to replace bad bytes with U+FFFD, or --encoding NAME)"
            case .binary(let offset): return "binary data (NUL byte at byte \(offset)), not text"
            case .invalidInEncoding(let name, let offset): return "invalid \(name) at byte \(offset)"
            case .unknownEncoding(let name): return "unknown encoding \"\(name)\""
            case .tooLarge(let size): return "input of \(size) bytes is larger than the 2 GiB limit"
            }
        }

        /// The same failure with its byte offset moved by `delta` (for a part of the input).
        func shifted(by delta: Int) -> Failure {
            switch self {
            case .invalidUTF8(let offset): return .invalidUTF8(offset: offset + delta)
            case .binary(let offset): return .binary(offset: offset + delta)
            case .invalidInEncoding(let name, let offset): return .invalidInEncoding(name, offset: offset + delta)
            case .unknownEncoding, .tooLarge: return self
            }
        }
    }

    /// Decodes `bytes`. O(n).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, options: Options = Options()) throws(Failure) -> Decoded {
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes.count) }
        if let name = options.encoding {
            let upper = name.uppercased()
            if upper == "UTF-8" || upper == "UTF8" {
                let text = skippingBOM(bytes)
                do throws(Failure) {
                    return try decodeUTF8(text, lossy: options.lossy)
                } catch { throw error.shifted(by: bytes.count - text.count) }
            }
            return try convert(bytes, from: name)
        }
        // Byte order marks (error offsets count from the start of the input, BOM included).
        do throws(Failure) {
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                return try decodeUTF8(UnsafeBufferPointer(rebasing: bytes[3...]), lossy: options.lossy)
            }
        } catch { throw error.shifted(by: 3) }
        do throws(Failure) {
            if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
                return try convert(UnsafeBufferPointer(rebasing: bytes[2...]), from: "UTF-16LE")
            }
            if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
                return try convert(UnsafeBufferPointer(rebasing: bytes[2...]), from: "UTF-16BE")
            }
        } catch { throw error.shifted(by: 2) }
        guard let bad = UTF8Validation.firstInvalidOffset(bytes) else {
            if let nul = firstNUL(bytes) {
                if options.detectLegacyEncodings, let utf16 = utf16WithoutBOM(bytes) {
                    return try convert(bytes, from: utf16)
                }
                throw .binary(offset: nul)
            }
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", replacements: 0)
        }
        if options.lossy { return try decodeUTF8(bytes, lossy: true) }
        if options.detectLegacyEncodings {
            if let utf16 = utf16WithoutBOM(bytes) { return try convert(bytes, from: utf16) }
            if let nul = firstNUL(bytes) { throw .binary(offset: nul) }
            if !mostlyUTF8(bytes), let legacy = LegacyEncodingGuess.guess(bytes) {
                return try convert(bytes, from: legacy)
            }
        } else if let nul = firstNUL(bytes) {
            throw .binary(offset: nul)
        }
        throw .invalidUTF8(offset: bad)
    }

    static func skippingBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return UnsafeBufferPointer(rebasing: bytes[3...])
        }
        return bytes
    }

    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool) throws(Failure) -> Decoded {
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            guard lossy else { throw .invalidUTF8(offset: bad) }
            // Count as String(decoding:) replaces: one U+FFFD per maximal invalid subsequence.
            var replacements = 0
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = UnsafeBufferPointer(rebasing: bytes[bad...]).makeIterator()
            scan: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid: continue
                case .error: replacements += 1
                case .emptyInput: break scan
                }
            }
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", replacements: replacements)
        }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", replacements: 0)
    }

    /// Valid multi-byte UTF-8 sequences outnumber invalid bytes: corrupt UTF-8, not a legacy
    /// encoding (whose text almost never forms valid UTF-8 sequences).
    static func mostlyUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var valid = 0, invalid = 0
        var offset = 0
        while offset < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
            let bad = UTF8Validation.firstInvalidOffset(rest) ?? rest.count
            for k in 0..<bad where rest[k] >= 0xC0 { valid += 1 }
            if bad < rest.count { invalid += 1 }
            offset += bad + 1
        }
        return valid >= 2 * invalid
    }

    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.firstIndex(of: 0)
    }

    /// UTF-16 without a BOM: many NUL bytes on one parity (Cyrillic and Latin text).
    static func utf16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let sample = min(bytes.count, 4096) & ~1
        guard sample >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: sample, by: 2) {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = sample / 2
        // Latin text in UTF-16 has a NUL in every pair; Cyrillic has 0x04 instead, so look at
        // the high byte pattern as well.
        var evenSmall = 0, oddSmall = 0
        for i in stride(from: 0, to: sample, by: 2) {
            if bytes[i] <= 0x04 { evenSmall += 1 }
            if bytes[i + 1] <= 0x04 { oddSmall += 1 }
        }
        if (oddZero * 3 > pairs || oddSmall * 10 > pairs * 9) && evenZero * 10 < pairs { return "UTF-16LE" }
        if (evenZero * 3 > pairs || evenSmall * 10 > pairs * 9) && oddZero * 10 < pairs { return "UTF-16BE" }
        return nil
    }

    /// Converts bytes in `encoding` to text with ICU.
    public static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from encoding: String) throws(Failure) -> Decoded {
        guard !bytes.isEmpty else { return Decoded(text: "", encoding: encoding, replacements: 0) }
        var errorOffset: Int32 = 0
        let needed = slovo_convert_to_utf8(encoding, bytes.baseAddress, Int32(bytes.count), nil, 0, &errorOffset)
        if needed == -2 { throw .invalidInEncoding(encoding, offset: Int(errorOffset)) }
        guard needed >= 0 else { throw .unknownEncoding(encoding) }
        let text = String(unsafeUninitializedCapacity: Int(needed) + 1) { out in
            let written = slovo_convert_to_utf8(encoding, bytes.baseAddress, Int32(bytes.count), out.baseAddress,
                                                Int32(out.count), &errorOffset)
            return written < 0 ? 0 : Int(written)
        }
        return Decoded(text: text, encoding: encoding, replacements: 0)
    }
}

/// Detects a legacy Cyrillic encoding: ICU's charset detector first; when it names no Cyrillic
/// charset, the letter case balance decides (Russian text has far more lower-case letters: in
/// Windows-1251 а-я are 0xE0-0xFF, in KOI8-R 0xC0-0xDF). Gives up on anything else.
enum LegacyEncodingGuess {
    static let cyrillicCharsets: Set<String> = ["windows-1251", "KOI8-R", "IBM866", "ISO-8859-5"]

    static func guess(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let detected: String? = name.withUnsafeMutableBufferPointer { buffer in
            guard slovo_detect_charset(bytes.baseAddress, Int32(min(bytes.count, 1 << 20)), buffer.baseAddress,
                                       Int32(buffer.count), &confidence) == 0 else { return nil }
            return String(cString: buffer.baseAddress!)
        }
        if let detected, cyrillicCharsets.contains(detected), confidence >= 10 { return detected }
        return byLetterCase(bytes)
    }

    static func byLetterCase(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var high = 0, c0 = 0, e0 = 0
        for b in bytes where b >= 0x80 {
            high += 1
            if b >= 0xE0 { e0 += 1 } else if b >= 0xC0 { c0 += 1 }
        }
        guard high >= 4, (c0 + e0) * 10 >= high * 7 else { return nil }
        if e0 >= 2 * c0 { return "windows-1251" }
        if c0 >= 2 * e0 { return "KOI8-R" }
        return nil
    }
}
