import Slovo

extension TextReport {
    /// The keywords, best first: score, occurrences, normal form (neutralized for the terminal).
    static func keywords(_ report: DocumentReport) -> ReportSection {
        let keywords = report.analysis.keywords
        var section = ReportSection(title: "keywords")
        guard !keywords.isEmpty else { return section }
        let countWidth = keywords.map { String($0.count).count }.max() ?? 1
        for keyword in keywords {
            let count = String(keyword.count)
            section.lines.append(KeywordFormatting.score(keyword.score) + "  "
                                 + String(repeating: " ", count: countWidth - count.count) + count + "  "
                                 + TerminalText.neutralized(Substring(keyword.text)))
        }
        return section
    }
}

extension HTMLReport {
    /// The keywords as a bar chart of their scores, with their occurrence counts.
    static func keywords(_ report: DocumentReport) -> String {
        let keywords = report.analysis.keywords
        guard !keywords.isEmpty else { return "" }
        var out = "<section class=\"keywords\">\n<h2>keywords</h2>\n"
        out += HTMLBarChart.render(caption: "score (occurrences)", items: keywords.map {
            ($0.text, $0.score, KeywordFormatting.score($0.score) + " (\($0.count))")
        })
        return out + "</section>\n"
    }
}

/// How keyword scores are shown to people.
enum KeywordFormatting {
    /// A score in 0...1 with two decimals ("0.93", "1.00").
    static func score(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
