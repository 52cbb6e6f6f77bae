import Slovo

/// Everything the output formats show about one document, computed once: the analysis, the
/// metadata, statistics, and the removed ranges in code points.
struct DocumentReport {
    let document: InputDocument
    let analysis: Analysis
    let metadata: DocumentMetadata
    let statistics: ReportStatistics
    /// What page cleaning removed, in Unicode code points of the original text.
    let removed: [RemovedSpan]

    /// A removed range in code points, with its text (for previews).
    struct RemovedSpan {
        var start: Int
        var end: Int
        var reason: RemovalReason
        var text: Substring
    }

    /// Analyses `document`, with page cleaning unless `raw`. O(n).
    init(_ document: InputDocument, analyzer: Analyzer, raw: Bool) {
        self.document = document
        // A JSONL document's "title" field is its title for the keyword ranking.
        let title = document.extra.first { $0.0 == "title" }?.1.stringValue
        if raw {
            analysis = analyzer.analyze(document.text, title: title)
            metadata = DocumentMetadata.extract(from: document.text)
        } else {
            let cleaned = PageCleaner().clean(document.text)
            analysis = analyzer.analyze(document.text, cleaned: cleaned, title: title)
            metadata = DocumentMetadata.extract(from: cleaned.maskedText)
        }
        let analysis = self.analysis
        var text = document.text
        var spans: [RemovedSpan] = []
        var removedCharacters = 0
        let characters: Int = text.withUTF8 { bytes in
            var offsets = CodePointOffsets(bytes)
            for range in analysis.removed {
                let start = offsets.codePointOffset(of: range.byteRange.lowerBound)
                let end = offsets.codePointOffset(of: range.byteRange.upperBound)
                removedCharacters += end - start
                spans.append(RemovedSpan(start: start, end: end, reason: range.reason, text: Substring()))
            }
            return offsets.codePointOffset(of: bytes.count)
        }
        let utf8 = document.text.utf8
        for (k, range) in analysis.removed.enumerated() {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.byteRange.lowerBound)
            let upper = utf8.index(lower, offsetBy: range.byteRange.count)
            spans[k].text = document.text[lower..<upper]
        }
        removed = spans
        statistics = ReportStatistics(analysis: analysis, characters: characters, removedCharacters: removedCharacters)
    }
}

/// Counts shown in every report format.
struct ReportStatistics {
    var characters: Int
    var bytes: Int
    var sentences: Int
    var tokens: Int
    /// Token counts by kind, in ``TokenKind`` order, kinds that occur only.
    var tokenKinds: [(TokenKind, Int)]
    var removedCharacters: Int

    init(analysis: Analysis, characters: Int, removedCharacters: Int) {
        var counts = [Int](repeating: 0, count: TokenKind.allCases.count)
        for token in analysis.tokens { counts[Int(token.kind.rawValue)] += 1 }
        self.characters = characters
        bytes = analysis.text.utf8.count
        sentences = analysis.sentences.count
        tokens = analysis.tokens.count
        tokenKinds = TokenKind.allCases.compactMap { kind in
            counts[Int(kind.rawValue)] > 0 ? (kind, counts[Int(kind.rawValue)]) : nil
        }
        self.removedCharacters = removedCharacters
    }

    /// Count of tokens of `kind`.
    func count(_ kind: TokenKind) -> Int { tokenKinds.first { $0.0 == kind }?.1 ?? 0 }
}
