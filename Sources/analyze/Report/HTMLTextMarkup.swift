/// A highlighted part of the document text in the HTML report: removed boilerplate now;
/// entities (class `entity per|org|loc`, their normal form as `title`) when they land.
struct HTMLHighlight {
    /// UTF-8 byte range in the original text.
    var byteRange: Range<Int>
    /// CSS classes (ours, never from the input).
    var classes: String
    /// Hover text (escaped when written).
    var title: String
    /// `data-*` attributes (names ours, values escaped when written).
    var data: [(String, String)] = []
}

/// Writes the document text as HTML with highlights wrapped in `<span>`s.
enum HTMLTextMarkup {
    /// `text` escaped, with each of `highlights` (sorted, not overlapping, on character
    /// boundaries) wrapped in a span. O(n).
    static func render(_ text: String, highlights: [HTMLHighlight]) -> String {
        var out = ""
        let utf8 = text.utf8
        var position = 0
        func slice(_ range: Range<Int>) -> Substring {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(lower, offsetBy: range.count)
            return text[lower..<upper]
        }
        for highlight in highlights where highlight.byteRange.lowerBound >= position {
            out += HTMLEscaping.escaped(slice(position..<highlight.byteRange.lowerBound))
            out += "<span class=\"\(highlight.classes)\" title=\"\(HTMLEscaping.escaped(highlight.title))\""
            for (name, value) in highlight.data { out += " data-\(name)=\"\(HTMLEscaping.escaped(value))\"" }
            out += ">" + HTMLEscaping.escaped(slice(highlight.byteRange)) + "</span>"
            position = highlight.byteRange.upperBound
        }
        out += HTMLEscaping.escaped(slice(position..<utf8.count))
        return out
    }
}

/// A horizontal bar chart in plain HTML and CSS (no script, no image): token kinds now,
/// keyword scores later.
enum HTMLBarChart {
    static func render(caption: String, items: [(label: String, value: Double, display: String)]) -> String {
        guard let top = items.map(\.value).max(), top > 0 else { return "" }
        var out = "<figure class=\"chart\"><figcaption>\(HTMLEscaping.escaped(caption))</figcaption>\n"
        for item in items {
            let percent = max(0, min(100, item.value / top * 100))
            let width = String(Double(Int(percent * 10)) / 10)
            out += "<div class=\"bar\"><span class=\"bar-label\">\(HTMLEscaping.escaped(item.label))</span>"
            out += "<span class=\"bar-track\"><span class=\"bar-fill\" style=\"width: \(width)%\"></span></span>"
            out += "<span class=\"bar-value\">\(HTMLEscaping.escaped(item.display))</span></div>\n"
        }
        return out + "</figure>\n"
    }
}
