import SlovoText

/// UTF-8 facts computed with the standard library's decoder, independently of Slovo's code.
public enum UTF8Oracle {
    /// Is every byte part of valid UTF-8?
    public static func isValid(_ bytes: [UInt8]) -> Bool { firstInvalidOffset(bytes) == nil }

    /// The offset of the first byte that starts an invalid sequence, or nil.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// How many U+FFFD `String(decoding:as:)` puts in for invalid sequences (one per maximal
    /// invalid subpart, as Unicode recommends).
    public static func replacementCount(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var count = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: count += 1
            case .emptyInput: return count
            }
        }
    }
}

/// Rules for ``TextDecoding/decode(_:options:)``:
///
/// - valid UTF-8 without NUL bytes (and without an explicit encoding) decodes to exactly its
///   bytes (after a UTF-8 byte order mark, which is dropped), as UTF-8;
/// - `lossy` never fails with invalid UTF-8, and `replacements` counts the U+FFFD put in;
/// - `invalidUTF8(offset:)` names the first invalid byte of the file, counted from the file's
///   first byte (a byte order mark included); `binary(offset:)` names its first NUL byte; other
///   offsets lie inside the input; `unknownEncoding` only for an encoding that was given;
/// - decoding the same bytes twice gives the same result.
public enum DecodingInvariants {
    public static func check(_ bytes: [UInt8], options: TextDecoding.Options) -> Violations {
        var v = Violations()
        let first = decode(bytes, options)
        let second = decode(bytes, options)
        switch (first, second) {
        case (.success(let a), .success(let b)):
            v.expect(Array(a.text.utf8) == Array(b.text.utf8) && a.encoding == b.encoding && a.replacements == b.replacements,
                     "two decodings of the same bytes differ")
        case (.failure(let a), .failure(let b)):
            v.expect(a == b, "two decodings of the same bytes fail differently: \(a) / \(b)")
        default:
            v.add("one decoding of the bytes succeeds, the other fails")
        }
        let hasUTF8BOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasUTF8BOM ? Array(bytes[3...]) : bytes
        let isUTF16BOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let explicitUTF8 = options.encoding.map { ["UTF-8", "UTF8"].contains($0.uppercased()) } ?? false
        let plainUTF8 = (options.encoding == nil || explicitUTF8) && !isUTF16BOM && UTF8Oracle.isValid(body)
            && (hasUTF8BOM || explicitUTF8 || !body.contains(0))
        switch first {
        case .success(let decoded):
            if plainUTF8 {
                v.expect(Array(decoded.text.utf8) == body, "valid UTF-8 did not decode to its own bytes (read as \(decoded.encoding))")
                v.expect(decoded.encoding == "UTF-8" && decoded.replacements == 0, "valid UTF-8 read as \(decoded.encoding)")
            }
            if decoded.encoding == "UTF-8" && (options.lossy || decoded.replacements > 0) {
                v.expect(decoded.replacements == UTF8Oracle.replacementCount(body),
                         "\(decoded.replacements) replacements reported, \(UTF8Oracle.replacementCount(body)) U+FFFD put in")
            }
        case .failure(let failure):
            switch failure {
            case .invalidUTF8(let offset):
                v.expect(!options.lossy, "lossy decoding failed with \(failure)")
                let expected = UTF8Oracle.firstInvalidOffset(body).map { $0 + (hasUTF8BOM ? 3 : 0) }
                v.expect(offset == expected, "\(failure), but the first invalid byte is at \(expected.map(String.init) ?? "none")")
            case .binary(let offset):
                v.expect(offset >= 0 && offset < bytes.count && bytes[offset] == 0 && !bytes[..<offset].contains(0),
                         "\(failure), but the first NUL byte is at \(bytes.firstIndex(of: 0).map(String.init) ?? "none")")
            case .invalidInEncoding(_, let offset):
                v.expect(offset >= 0 && offset < bytes.count, "\(failure): offset outside the \(bytes.count) bytes")
            case .unknownEncoding:
                v.expect(options.encoding != nil, "\(failure) without an encoding given")
            case .tooLarge:
                v.expect(bytes.count >= Int(Int32.max), "\(failure) for \(bytes.count) bytes")
            }
            v.expect(!plainUTF8, "valid UTF-8 failed to decode: \(failure)")
        }
        return v
    }

    public static func decode(_ bytes: [UInt8], _ options: TextDecoding.Options) -> Result<TextDecoding.Decoded, TextDecoding.Failure> {
        bytes.withUnsafeBufferPointer { buffer in
            do throws(TextDecoding.Failure) {
                return .success(try TextDecoding.decode(buffer, options: options))
            } catch {
                return .failure(error)
            }
        }
    }
}
