import SlovoText

/// Converts UTF-8 byte offsets into Unicode code point offsets (the convention of the JSON
/// output), for offsets visited in increasing order: each conversion continues from the last,
/// so converting all of a document's offsets is O(n) in total.
public struct CodePointOffsets {
    let bytes: UnsafeBufferPointer<UInt8>
    var byteOffset = 0
    var codePoint = 0

    /// Starts at the beginning of `bytes`.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The code point offset of byte offset `offset`. Amortized O(1) when offsets grow;
    /// going backwards restarts from the beginning.
    public mutating func codePointOffset(of offset: Int) -> Int {
        if offset < byteOffset {
            byteOffset = 0
            codePoint = 0
        }
        while byteOffset < offset {
            if bytes[byteOffset] & 0xC0 != 0x80 { codePoint += 1 }
            byteOffset += 1
        }
        return codePoint
    }
}
