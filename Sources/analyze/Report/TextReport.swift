import Slovo

/// A titled block of the text report: label-value rows or plain lines. A section without
/// content is not printed, so the report never shows empty placeholders.
///
/// To add a section (people, organizations, places, keywords), add a function that builds one
/// from a ``DocumentReport`` and list it in ``TextReport/sections(for:)``.
struct ReportSection {
    var title: String
    var rows: [(label: String, value: String)] = []
    var lines: [String] = []

    var isEmpty: Bool { rows.isEmpty && lines.isEmpty }
}

/// The human-readable report: a header (input, encoding, title, author, date), then sections.
/// Every piece of text that comes from the input is neutralized for the terminal.
struct TextReport {
    let style: TerminalStyle

    /// The sections after the header, in order.
    static func sections(for report: DocumentReport) -> [ReportSection] {
        [people(report), organizations(report), places(report, cities: true), places(report, cities: false),
         keywords(report), statistics(report), removed(report)]
    }

    func render(_ report: DocumentReport) -> String {
        var out = style.heading("== " + TerminalText.neutralized(report.document.origin)) + "\n"
        out += rows(Self.header(report))
        for section in Self.sections(for: report) where !section.isEmpty {
            out += "\n" + style.heading(section.title) + "\n"
            out += rows(section.rows)
            for line in section.lines { out += "  " + line + "\n" }
        }
        return out + "\n"
    }

    /// Label-value rows, labels padded to one width.
    func rows(_ rows: [(label: String, value: String)]) -> String {
        let width = rows.map(\.label.count).max() ?? 0
        return rows.map { row in
            "  " + style.label(row.label + String(repeating: " ", count: width - row.label.count)) + "  " + row.value + "\n"
        }.joined()
    }

    static func header(_ report: DocumentReport) -> [(label: String, value: String)] {
        var rows: [(label: String, value: String)] = []
        if case .string(let path) = report.document.id, path == report.document.origin {
            // A file: the origin line says it.
        } else {
            rows.append(("id", TerminalText.neutralized(compactJSON(report.document.id))))
        }
        var encoding = report.document.encoding
        if report.document.replacements > 0 {
            encoding += ", \(report.document.replacements) invalid sequence\(report.document.replacements == 1 ? "" : "s") replaced"
        }
        rows.append(("encoding", encoding))
        if let title = report.metadata.title { rows.append(("title", TerminalText.neutralized(title))) }
        if let author = report.metadata.author { rows.append(("author", TerminalText.neutralized(author))) }
        if let date = report.metadata.date { rows.append(("date", date.description)) }
        return rows
    }

    /// People: "Алексей Петрович Логанцов (male, 2)".
    static func people(_ report: DocumentReport) -> ReportSection {
        var section = ReportSection(title: "people")
        for g in report.analysis.entityGroups where g.type == .person {
            var details: [String] = []
            if let gender = g.person?.gender { details.append(gender.rawValue) }
            if g.count > 1 { details.append("\(g.count)×") }
            section.lines.append(TerminalText.neutralized(g.normal) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"))
        }
        return section
    }

    static func organizations(_ report: DocumentReport) -> ReportSection {
        var section = ReportSection(title: "organizations")
        for g in report.analysis.entityGroups where g.type == .organization {
            section.lines.append(TerminalText.neutralized(g.normal) + (g.count > 1 ? " (\(g.count)×)" : ""))
        }
        return section
    }

    /// Cities, or the other places with their kind.
    static func places(_ report: DocumentReport, cities: Bool) -> ReportSection {
        var section = ReportSection(title: cities ? "cities" : "other places")
        for g in report.analysis.entityGroups where g.type == .location && (g.subtype == .city) == cities {
            var details: [String] = []
            if !cities, let subtype = g.subtype { details.append(subtype.description) }
            if g.count > 1 { details.append("\(g.count)×") }
            if !g.references.isEmpty { details.append("+\(g.references.count) as adjective") }
            section.lines.append(TerminalText.neutralized(g.normal) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"))
        }
        return section
    }

    static func statistics(_ report: DocumentReport) -> ReportSection {
        let s = report.statistics
        var section = ReportSection(title: "statistics")
        section.rows.append(("text", "\(grouped(s.characters)) characters, \(grouped(s.sentences)) sentences, \(grouped(s.tokens)) tokens"))
        if !s.tokenKinds.isEmpty {
            section.rows.append(("tokens", s.tokenKinds.map { "\($0.0) \(grouped($0.1))" }.joined(separator: ", ")))
        }
        return section
    }

    /// The removed parts with their reasons and a preview; at most 12 listed.
    static func removed(_ report: DocumentReport) -> ReportSection {
        guard !report.removed.isEmpty else { return ReportSection(title: "removed") }
        let s = report.statistics
        var section = ReportSection(title: "removed by page cleaning (\(report.removed.count) part\(report.removed.count == 1 ? "" : "s"), \(grouped(s.removedCharacters)) characters; --raw keeps them)")
        let shown = report.removed.prefix(12)
        let spanWidth = shown.map { "\($0.start)-\($0.end)".count }.max() ?? 0
        let reasonWidth = shown.map(\.reason.rawValue.count).max() ?? 0
        for span in shown {
            let where_ = "\(span.start)-\(span.end)"
            section.lines.append(where_ + String(repeating: " ", count: spanWidth - where_.count) + "  "
                                 + span.reason.rawValue + String(repeating: " ", count: reasonWidth - span.reason.rawValue.count)
                                 + "  " + preview(span.text))
        }
        if report.removed.count > shown.count { section.lines.append("… and \(report.removed.count - shown.count) more") }
        return section
    }

    /// The first 60 characters of removed text on one line, neutralized.
    static func preview(_ text: Substring) -> String {
        var flat = ""
        var count = 0
        var pendingSpace: String?
        for character in text {
            if character.isWhitespace {
                if character.isNewline { pendingSpace = " ↵ " } else if pendingSpace == nil { pendingSpace = " " }
                continue
            }
            if let space = pendingSpace, !flat.isEmpty {
                flat += space
                count += space.count
            }
            pendingSpace = nil
            if count >= 60 {
                flat += "…"
                break
            }
            flat.append(character)
            count += 1
        }
        return TerminalText.neutralized(flat)
    }

    /// 12345 as "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (k, character) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 && character != "-" { out += "," }
            out.append(character)
        }
        return out
    }

    static func compactJSON(_ value: JSONValue) -> String {
        var json = JSONWriter()
        json.value(value)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}

/// ANSI styling, used only when standard output is a terminal (or `--color always`).
struct TerminalStyle {
    let enabled: Bool

    func heading(_ text: String) -> String { enabled ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
    func label(_ text: String) -> String { enabled ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
}
