/// Removes what is not the text of a scraped page: markup tags, `data:` URIs and other
/// encoded blobs, navigation and boilerplate lines ("Другие материалы", "Архив", share and
/// subscribe lines), teasers under a related-materials heading, and lines repeated from
/// earlier in the page.
///
/// The cleaner never edits the text. It returns the removed UTF-8 byte ranges, and a masked
/// copy of the text in which every removed byte is an ASCII space (line breaks kept), so
/// the masked copy has the same byte length and line structure as the original: anything
/// found in it (tokens, sentences, entities) has offsets that are valid in the original.
///
/// ```swift
/// let cleaned = PageCleaner().clean(page)
/// for range in cleaned.removed { print(range.byteRange, range.reason) }
/// let analysis = Analyzer().analyze(cleaned.maskedText)
/// ```
public struct PageCleaner: Sendable {
    /// What cleaning found.
    public struct Result: Sendable {
        /// The removed parts, sorted by offset, not overlapping.
        public var removed: [RemovedRange]
        /// The text with every removed byte replaced by an ASCII space, except line feeds and
        /// carriage returns; same UTF-8 length as the original.
        public var maskedText: String
    }

    /// Lines of prose longer than this end a block of teasers.
    public var maxTeaserCharacters = 200
    /// Lines at least this long are removed when they repeat an earlier line.
    public var minRepeatedCharacters = 20

    /// Creates a cleaner with the default rules.
    public init() {}

    /// Cleans `text`. O(n).
    public func clean(_ text: String) -> Result {
        var text = text
        return text.withUTF8 { clean($0) }
    }

    /// Cleans UTF-8 `bytes` (valid UTF-8). O(n).
    public func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var masked = Array(bytes)
        var removed = InlineBlobScanner.scan(bytes)
        for range in removed { Masking.blank(&masked, range.byteRange) }
        let lineRanges = masked.withUnsafeBufferPointer { lineLevelRanges($0) }
        for range in lineRanges { Masking.blank(&masked, range.byteRange) }
        removed = Masking.merged(Masking.interleaved(removed, lineRanges), in: bytes)
        // Merging joins neighbours across white space (a tab, a no-break space): blank that too,
        // so every removed byte but line breaks is a space in the masked copy.
        for range in removed { Masking.blank(&masked, range.byteRange) }
        return Result(removed: removed, maskedText: String(decoding: masked, as: UTF8.self))
    }

    /// Boilerplate, navigation, code, teaser and repeated lines, judged on the text with
    /// inline blobs already blanked.
    func lineLevelRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [RemovedRange] {
        var result: [RemovedRange] = []
        var seen = RepeatedLines()
        var inTeasers = false
        var normalized: [UInt8] = []
        normalized.reserveCapacity(256)
        for line in LineText.lines(bytes) {
            let characters = LineText.normalize(bytes, line, into: &normalized)
            let kind = normalized.withUnsafeBufferPointer { LineClassifier.classify($0, characters: characters) }
            let extent = LineText.trimmed(bytes, line)
            var reason: RemovalReason?
            switch kind {
            case .empty:
                continue
            case .relatedHeading:
                reason = .boilerplate
                inTeasers = true
            case .boilerplate:
                reason = .boilerplate
            case .navigation:
                reason = .navigation
            case .code:
                reason = .blob
            case .content:
                if characters > maxTeaserCharacters { inTeasers = false }
                if characters >= minRepeatedCharacters && !seen.insert(normalized) {
                    reason = .repeated
                } else if inTeasers {
                    reason = .relatedLinks
                }
            }
            if let reason { result.append(RemovedRange(extent, reason)) }
        }
        return result
    }
}

/// Remembers normalized lines by a 64-bit hash, comparing the bytes on a hash match.
struct RepeatedLines {
    var lines: [UInt64: [[UInt8]]] = [:]

    /// Adds `line`; false when it was there already.
    mutating func insert(_ line: [UInt8]) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in line { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        if let bucket = lines[hash], bucket.contains(line) { return false }
        lines[hash, default: []].append(line)
        return true
    }
}

/// Blanking removed bytes and tidying the list of removed ranges.
enum Masking {
    /// Replaces every byte of `range` except line feeds and carriage returns with a space.
    static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
        for i in range where bytes[i] != 0x0A && bytes[i] != 0x0D { bytes[i] = 0x20 }
    }

    /// Two lists sorted by start merged into one sorted list. O(a + b).
    static func interleaved(_ a: [RemovedRange], _ b: [RemovedRange]) -> [RemovedRange] {
        var result: [RemovedRange] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].byteRange.lowerBound <= b[j].byteRange.lowerBound) {
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        return result
    }

    /// Ranges sorted by start (as ``interleaved(_:_:)`` gives them), overlapping ones joined; neighbours joined when only white space lies
    /// between them and they have the same reason or are on the same line (the result takes
    /// the stronger reason, so `<image>data:...</image>` is one `data-uri` range).
    /// O(n).
    static func merged(_ ranges: [RemovedRange], in bytes: UnsafeBufferPointer<UInt8>) -> [RemovedRange] {
        var result: [RemovedRange] = []
        for range in ranges where !range.byteRange.isEmpty {
            guard var last = result.last else { result.append(range); continue }
            let gap = last.byteRange.upperBound..<max(last.byteRange.upperBound, range.byteRange.lowerBound)
            let overlapping = range.byteRange.lowerBound < last.byteRange.upperBound
            var join = overlapping
            if !join, isWhitespace(bytes, gap) {
                let crossesLine = bytes[gap].contains(0x0A)
                join = range.reason == last.reason || !crossesLine
            }
            guard join else { result.append(range); continue }
            last.byteRange = last.byteRange.lowerBound..<max(last.byteRange.upperBound, range.byteRange.upperBound)
            last.reason = max(last.reason, range.reason)
            result[result.count - 1] = last
        }
        return result
    }

    static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == 0x0A { i += 1; continue }
            let w = LineText.whitespaceLength(bytes, i)
            if w == 0 { return false }
            i += w
        }
        return true
    }
}
