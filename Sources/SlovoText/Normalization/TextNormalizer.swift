import CSlovoICU

/// Text normalized for matching, with a map back to the original: NFC, case folding, ё -> е,
/// soft hyphens and stress marks removed. The original is never lost: every byte of
/// ``normalized`` knows the byte of the original it came from.
public struct NormalizedText: Sendable {
    /// The original text.
    public let original: String
    /// The normalized text.
    public let normalized: String
    /// `originalOffsets[i]` is the byte offset in ``original`` of the character that produced
    /// byte `i` of ``normalized``; one extra entry maps the end.
    public let originalOffsets: [Int32]

    /// The original byte range that produced `normalized[range]` (byte offsets).
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = Int(originalOffsets[range.lowerBound])
        guard range.upperBound > range.lowerBound else { return start..<start }
        // The end is just past the original character of the last normalized byte.
        var end = Int(originalOffsets[range.upperBound])
        if end <= start { end = start }
        return start..<end
    }
}

/// Normalizes text for matching (see ``NormalizedText``). O(n).
public enum TextNormalizer {
    /// Normalizes `text`: NFC first (with ICU, only when the text is not NFC already), then the
    /// per-character folding of ``MatchKey``.
    public static func normalize(_ text: String) -> NormalizedText {
        var source = text
        // Offsets of the NFC form are mapped back through a second table when NFC changed it.
        let (nfc, nfcOffsets) = source.withUTF8 { bytes -> (String, [Int32]?) in
            guard !bytes.isEmpty, slovo_is_nfc(bytes.baseAddress, Int32(bytes.count)) == 0 else { return (text, nil) }
            return nfcWithOffsets(bytes)
        }
        var folded: [UInt8] = []
        var offsets: [Int32] = []
        var nfcText = nfc
        nfcText.withUTF8 { bytes in
            folded.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
            defer { scratch.deallocate() }
            var i = 0
            while i < bytes.count {
                // Fold one character (a scalar plus the combining marks MatchKey may absorb).
                var length = UTF8Scanning.scalarLength(lead: bytes[i])
                if i + length + 1 < bytes.count && bytes[i + length] == 0xCC
                    && (bytes[i + length + 1] == 0x86 || bytes[i + length + 1] == 0x88) {
                    length += 2
                }
                length = min(length, bytes.count - i)
                let n = MatchKey.write(bytes, i..<(i + length), into: scratch)
                let origin = Int32(nfcOffsets?[i] ?? Int32(i))
                for k in 0..<n {
                    folded.append(scratch[k])
                    offsets.append(origin)
                }
                i += length
            }
        }
        offsets.append(Int32(text.utf8.count))
        return NormalizedText(original: text, normalized: String(decoding: folded, as: UTF8.self), originalOffsets: offsets)
    }

    /// NFC of `bytes`, with the original byte offset of every output byte. Characters are
    /// normalized one combining sequence at a time, so each output byte maps to the start of
    /// its sequence in the original.
    static func nfcWithOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, [Int32]) {
        var out: [UInt8] = []
        var offsets: [Int32] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var buffer = [UInt8](repeating: 0, count: 256)
        while i < bytes.count {
            // A base scalar and the combining marks after it.
            var end = i + UTF8Scanning.scalarLength(lead: bytes[i])
            while end < bytes.count {
                let (c, len) = UTF8Scanning.decode(bytes, at: end)
                guard CharClass.isCombining(c), end + len - i < 64 else { break }
                end += len
            }
            end = min(end, bytes.count)
            let n = buffer.withUnsafeMutableBufferPointer { b in
                slovo_nfc(bytes.baseAddress! + i, Int32(end - i), b.baseAddress, Int32(b.count))
            }
            if n > 0 && Int(n) <= buffer.count {
                out.append(contentsOf: buffer[0..<Int(n)])
                for _ in 0..<Int(n) { offsets.append(Int32(i)) }
            } else {
                for k in i..<end { out.append(bytes[k]); offsets.append(Int32(i)) }
            }
            i = end
        }
        return (String(decoding: out, as: UTF8.self), offsets)
    }
}

extension TextNormalizer {
    /// The UTF-8 of `text` in NFC, so that canonically equivalent strings (the ones `String`'s
    /// `==` calls equal) give the same bytes. Text already in NFC is returned as it is.
    package static func nfcUTF8(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes -> [UInt8] in
            guard !bytes.isEmpty, slovo_is_nfc(bytes.baseAddress, Int32(bytes.count)) == 0 else { return Array(bytes) }
            var capacity = bytes.count * 3 + 16
            while true {
                var out = [UInt8](repeating: 0, count: capacity)
                let n = out.withUnsafeMutableBufferPointer { b in
                    slovo_nfc(bytes.baseAddress, Int32(bytes.count), b.baseAddress, Int32(b.count))
                }
                if n < 0 { return Array(bytes) }
                if Int(n) <= capacity { out.removeLast(capacity - Int(n)); return out }
                capacity = Int(n)
            }
        }
    }
}
