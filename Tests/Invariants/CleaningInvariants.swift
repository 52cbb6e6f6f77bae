import Slovo

/// Rules for the page cleaner and for analysis with cleaning:
///
/// - removed ranges are non-empty, inside the text, on scalar boundaries, sorted and apart
///   (merged when they touch);
/// - the masked text has the original's UTF-8 length; inside removed ranges every byte is a
///   space except line feeds and carriage returns, which stay; outside them it is the original;
/// - `Analyzer.analyze(_:cleaning:)` keeps the original text, reports the same removed ranges,
///   and its tokens touch no removed range and keep the token rules over the masked text (so
///   every character outside the removed ranges that carries text is in a token), with
///   sentences and JSON offsets that hold in the original.
public enum CleaningInvariants {
    public static func check(_ text: String, _ result: PageCleaner.Result) -> Violations {
        var v = Violations()
        let original = Array(text.utf8)
        let masked = Array(result.maskedText.utf8)
        guard masked.count == original.count else {
            v.add("the masked text has \(masked.count) bytes, the original \(original.count)")
            return v
        }
        var inside = [Bool](repeating: false, count: original.count)
        var previousEnd = -1
        for (k, removed) in result.removed.enumerated() {
            let range = removed.byteRange
            guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= original.count else {
                v.add("removed range \(k) \(range) is empty or outside \(original.count) bytes")
                continue
            }
            v.expect(range.lowerBound > previousEnd, "removed range \(k) \(range) is not after the previous one (ending \(previousEnd))")
            v.expect(TokenInvariants.isScalarBoundary(original, range.lowerBound) && TokenInvariants.isScalarBoundary(original, range.upperBound),
                     "removed range \(k) \(range) is not on scalar boundaries")
            previousEnd = range.upperBound
            for i in range { inside[i] = true }
        }
        for i in original.indices {
            let expected: UInt8 = inside[i] && original[i] != 0x0A && original[i] != 0x0D ? 0x20 : original[i]
            if masked[i] != expected {
                v.add("masked byte \(i) is 0x\(String(masked[i], radix: 16)), expected 0x\(String(expected, radix: 16))")
                break
            }
        }
        return v
    }

    /// Checks cleaning, then the analysis with cleaning.
    public static func check(_ text: String, cleaner: PageCleaner = PageCleaner(), analyzer: Analyzer = Analyzer()) -> Violations {
        let cleaned = cleaner.clean(text)
        var v = check(text, cleaned)
        guard v.isEmpty else { return v }
        let analysis = analyzer.analyze(text, cleaning: cleaner)
        v.expect(analysis.text.utf8.elementsEqual(text.utf8), "the analysis does not keep the original text")
        v.expect(analysis.removed == cleaned.removed, "the analysis reports other removed ranges than the cleaner")
        var r = 0
        for (k, token) in analysis.tokens.enumerated() {
            while r < cleaned.removed.count && cleaned.removed[r].byteRange.upperBound <= Int(token.start) { r += 1 }
            if r < cleaned.removed.count && cleaned.removed[r].byteRange.overlaps(token.byteRange) {
                v.add("token \(k) \(token.byteRange) overlaps removed range \(cleaned.removed[r].byteRange)")
            }
        }
        v.merge(TokenInvariants.check(cleaned.maskedText, analysis.tokens), prefix: "masked text: ")
        v.merge(SentenceInvariants.check(analysis.tokens, analysis.sentences))
        if v.isEmpty { v.merge(OffsetInvariants.check(analysis)) }
        return v
    }
}
