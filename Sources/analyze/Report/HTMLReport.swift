import Slovo

/// The HTML report: one self-contained page for the whole run, an `<article>` per document.
///
/// The page loads nothing and runs no script: its Content-Security-Policy is
/// `default-src 'none'` (only inline styles are allowed), and every character that comes from
/// the input (text, metadata, file names, ids) is escaped (``HTMLEscaping``).
enum HTMLReport {
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

    /// The page up to the first document.
    static var header: [UInt8] {
        Array("""
            <!DOCTYPE html>
            <html lang="ru">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Slovo \(Slovo.version)">
            <title>Slovo report</title>
            <style>
            \(stylesheet)</style>
            </head>
            <body>
            <main>

            """.utf8)
    }

    /// The end of the page.
    static let footer: [UInt8] = Array("</main>\n</body>\n</html>\n".utf8)

    static let stylesheet = """
        body { font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #fafafa; margin: 0; }
        main { max-width: 56rem; margin: 0 auto; padding: 1rem; }
        article { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 1rem 1.5rem; margin: 1rem 0; }
        h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; color: #444; }
        dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.metadata dt { color: #666; }
        dl.metadata dd { margin: 0; overflow-wrap: anywhere; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        .removed { color: #999; background: #f1f1f1; text-decoration: line-through; }
        .entity { border-radius: 3px; padding: 0 .1em; }
        .entity.per { background: #dbeafe; } .entity.org { background: #dcfce7; } .entity.loc { background: #fef3c7; }
        .entity.reference { background: none; border-bottom: 2px dotted #d97706; }
        .chart { margin: .5rem 0; } .chart figcaption { color: #666; font-size: .9rem; }
        .bar { display: grid; grid-template-columns: 8rem 1fr 4rem; gap: .5rem; align-items: center; }
        .bar-track { background: #eee; height: .8rem; border-radius: 3px; }
        .bar-fill { display: block; background: #4f7cff; height: 100%; border-radius: 3px; }
        .bar-value { text-align: right; font-variant-numeric: tabular-nums; }
        .error { color: #b00020; }
        table.removed-parts { border-collapse: collapse; font-size: .9rem; }
        table.removed-parts td { padding: .1rem .5rem; border-top: 1px solid #eee; vertical-align: top; }

        """

    /// One document's article.
    static func render(_ report: DocumentReport) -> [UInt8] {
        let e: (String) -> String = { HTMLEscaping.escaped($0) }
        var out = "<article class=\"document\">\n<header>\n"
        out += "<h1>\(e(report.metadata.title ?? report.document.origin))</h1>\n<dl class=\"metadata\">\n"
        out += "<dt>source</dt><dd><code>\(e(report.document.origin))</code></dd>\n"
        if case .string(let path) = report.document.id, path == report.document.origin {
        } else {
            out += "<dt>id</dt><dd><code>\(e(TextReport.compactJSON(report.document.id)))</code></dd>\n"
        }
        out += "<dt>encoding</dt><dd>\(e(report.document.encoding))</dd>\n"
        if let author = report.metadata.author { out += "<dt>author</dt><dd class=\"author\">\(e(author))</dd>\n" }
        if let date = report.metadata.date {
            out += "<dt>date</dt><dd><time datetime=\"\(date)\">\(date)</time></dd>\n"
        }
        out += "</dl>\n</header>\n"
        out += statistics(report)
        out += keywords(report)
        out += removed(report)
        out += "<section class=\"document-text\">\n<h2>text</h2>\n<div class=\"text\">"
        out += HTMLTextMarkup.render(report.analysis.text, highlights: highlights(report))
        out += "</div>\n</section>\n</article>\n"
        return Array(out.utf8)
    }

    /// The spans marked in the text: removed parts now, entities later.
    static func highlights(_ report: DocumentReport) -> [HTMLHighlight] {
        var all = report.analysis.removed.map {
            HTMLHighlight(byteRange: $0.byteRange, classes: "removed", title: "removed: \($0.reason.rawValue)",
                          data: [("reason", $0.reason.rawValue)])
        }
        for m in report.analysis.entities {
            let kind = m.type.description.lowercased()
            var title = m.normal
            if let subtype = m.subtype { title += " (\(subtype))" }
            if m.isReference { title = "→ " + title }
            all.append(HTMLHighlight(byteRange: m.byteRange, classes: m.isReference ? "entity \(kind) reference" : "entity \(kind)",
                                     title: title, data: [("type", m.type.description), ("normal", m.normal)]))
        }
        // Sorted and not overlapping (the markup writer skips a highlight inside an earlier one).
        all.sort { ($0.byteRange.lowerBound, -$0.byteRange.count) < ($1.byteRange.lowerBound, -$1.byteRange.count) }
        return all
    }

    static func statistics(_ report: DocumentReport) -> String {
        let s = report.statistics
        var out = "<section class=\"statistics\">\n<h2>statistics</h2>\n"
        out += "<p>\(TextReport.grouped(s.characters)) characters, \(TextReport.grouped(s.sentences)) sentences, "
        out += "\(TextReport.grouped(s.tokens)) tokens</p>\n"
        out += HTMLBarChart.render(caption: "tokens by kind",
                                   items: s.tokenKinds.map { ("\($0.0)", Double($0.1), TextReport.grouped($0.1)) })
        return out + "</section>\n"
    }

    static func removed(_ report: DocumentReport) -> String {
        guard !report.removed.isEmpty else { return "" }
        var out = "<section class=\"removed-summary\">\n<h2>removed by page cleaning</h2>\n<table class=\"removed-parts\">\n"
        for span in report.removed {
            out += "<tr><td>\(span.start)–\(span.end)</td><td>\(span.reason.rawValue)</td>"
            out += "<td>\(HTMLEscaping.escaped(TextReport.preview(span.text)))</td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    /// The article for a document that could not be read.
    static func failure(id: JSONValue?, message: String) -> [UInt8] {
        let label = id.map(TextReport.compactJSON) ?? "document"
        return Array("""
            <article class="document failed">
            <h1>\(HTMLEscaping.escaped(label))</h1>
            <p class="error">\(HTMLEscaping.escaped(message))</p>
            </article>

            """.utf8)
    }
}
