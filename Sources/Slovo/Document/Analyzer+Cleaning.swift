extension Analyzer {
    /// Analyses `text` after page cleaning: the removed parts (``PageCleaner``) are blanked,
    /// so no token, sentence or later layer comes from them, and every offset in the result is
    /// valid in `text`. The result's ``Analysis/text`` is `text` as given and
    /// ``Analysis/removed`` lists what was removed. O(n).
    public func analyze(_ text: String, cleaning cleaner: PageCleaner) -> Analysis {
        analyze(text, cleaned: cleaner.clean(text))
    }

    /// Analyses `text` given what ``PageCleaner/clean(_:)-(String)`` found in it.
    public func analyze(_ text: String, cleaned: PageCleaner.Result) -> Analysis {
        guard !cleaned.removed.isEmpty else { return analyze(text) }
        var analysis = analyze(cleaned.maskedText)
        analysis.text = text
        analysis.removed = cleaned.removed
        return analysis
    }
}
