/// Lines of UTF-8 text and their normalized form.
enum LineText {
    /// The byte ranges of the lines of `bytes` (the first `limit` of them), without the line
    /// feed and a carriage return before it. O(n).
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> LineSequence {
        LineSequence(bytes: bytes, limit: limit)
    }

    /// Whether `bytes[i]` starts white space; returns its length (ASCII space, tab, CR, form
    /// feed, vertical tab, and U+00A0 NO-BREAK SPACE), or 0.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { return 1 }
        if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Writes `range` of `bytes` into `out` trimmed, with every run of white space made one
    /// space; returns the number of code points written. O(range).
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) -> Int {
        out.removeAll(keepingCapacity: true)
        var characters = 0
        var pendingSpace = false
        var i = range.lowerBound
        while i < range.upperBound {
            let w = whitespaceLength(bytes, i)
            if w > 0 {
                pendingSpace = !out.isEmpty
                i += w
                continue
            }
            if pendingSpace {
                out.append(0x20)
                characters += 1
                pendingSpace = false
            }
            let b = bytes[i]
            out.append(b)
            if b & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        return characters
    }

    /// The range of `range` without leading and trailing white space.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let w = whitespaceLength(bytes, lower)
            if w == 0 { break }
            lower += w
        }
        while upper > lower {
            let b = bytes[upper - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B {
                upper -= 1
            } else if b == 0xA0 && upper - 2 >= lower && bytes[upper - 2] == 0xC2 {
                upper -= 2
            } else {
                break
            }
        }
        return lower..<upper
    }
}

/// The lines of a text as byte ranges (without the line feed and a carriage return before it),
/// found as they are read: no array of all lines, so memory stays flat on a text of millions of
/// lines. At most `limit` lines.
struct LineSequence: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int
    private var start = 0
    private var count = 0

    init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    mutating func next() -> Range<Int>? {
        let n = bytes.count
        guard count < limit, start < n else { return nil }
        var i = start
        while i < n && bytes[i] != 0x0A { i += 1 }
        var end = i
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        let line = start..<end
        start = i + 1
        count += 1
        return line
    }
}
