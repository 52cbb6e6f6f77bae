/// The text cut into documents where the corpus separates them (a blank line), as `String`s
/// made once beforehand: the input of the analyzer stages, which take a document at a time as
/// a caller of `Analyzer.analyze(_:)` does.
public struct DocumentList: Sendable {
    /// The documents, in text order (blank separator lines dropped).
    public let documents: [String]
    /// UTF-8 bytes of all documents.
    public let byteCount: Int

    /// Cuts `text` at every blank line (two line feeds in a row). A generated text gets
    /// documents of a few kilobytes; the shared corpus ones of about 15,000 characters. O(n).
    public init(text: BenchText) {
        var documents: [String] = []
        var total = 0
        text.bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            var i = 0
            func cut(_ end: Int) {
                if end > start {
                    documents.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                    total += end - start
                }
            }
            while i + 1 < bytes.count {
                if bytes[i] == 0x0A && bytes[i + 1] == 0x0A {
                    cut(i + 1)
                    i += 2
                    while i < bytes.count && bytes[i] == 0x0A { i += 1 }
                    start = i
                } else {
                    i += 1
                }
            }
            cut(bytes.count)
        }
        self.documents = documents
        byteCount = total
    }
}
