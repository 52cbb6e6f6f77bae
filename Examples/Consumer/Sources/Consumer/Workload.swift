import Foundation
import Slovo

/// Everything one round computes; rounds on any thread must give the reference exactly.
struct Outcome: Equatable, Sendable {
    var json: [UInt8]
    var tokens: [Token]
    var stems: [String]
    /// Results of Foundation calls that run Foundation's own ICU (case mapping, collation,
    /// date and number formatting, regular expressions, transliteration).
    var foundation: [String]
}

/// The work done by every thread: Slovo's pipeline, its JSON output, and Foundation calls that
/// go through Foundation's ICU.
enum Workload {
    /// The analysis as one JSON object: Slovo's token and sentence members (code point offsets),
    /// tokens with their text, and words with their lemma and tags.
    static func json(_ analysis: Analysis) -> [UInt8] {
        var writer = JSONWriter()
        writer.raw("{\"schemaVersion\":")
        writer.int(Slovo.schemaVersion)
        writer.raw(",")
        AnalysisJSON.writeTokensAndSentences(analysis, fields: [.text, .lemmas], into: &writer)
        writer.raw("}")
        return writer.bytes
    }

    /// Reads Slovo's JSON back with Foundation's parser and checks that every token's `text` is
    /// the text between its code point offsets, and that every word has a lemma. The number of
    /// tokens checked, or nil.
    static func checkJSON(_ bytes: [UInt8], against text: String) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let tokens = object["tokens"] as? [[String: Any]],
              object["sentences"] is [[String: Any]] else { return nil }
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            guard let start = token["start"] as? Int, let end = token["end"] as? Int,
                  let tokenText = token["text"] as? String,
                  0 <= start, start < end, end <= scalars.count,
                  token["kind"] as? String != "word" || token["lemma"] is String else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            guard String(view) == tokenText else { return nil }
        }
        return tokens.count
    }

    static let collationWords = ["ёлка", "Елена", "еж", "Ёж", "яблоко", "Апрель", "apple", "Zebra"]

    /// Index of the Turkish upper case of "istanbul" in ``foundation(_:)``'s results.
    static let turkishIndex = 3

    /// Foundation calls that use Foundation's ICU: locale case mapping (ICU's UCaseMap),
    /// collation, date and number formatting, regular expressions, transliteration.
    static func foundation(_ text: String) -> [String] {
        let ru = Locale(identifier: "ru_RU")
        var results: [String] = []
        results.append(text.uppercased(with: ru))
        results.append(text.lowercased(with: ru))
        results.append(text.capitalized(with: ru))
        results.append("istanbul".uppercased(with: Locale(identifier: "tr_TR")))
        results.append(text.localizedLowercase)
        results.append(collationWords.sorted { $0.compare($1, options: [], range: nil, locale: ru) == .orderedAscending }
            .joined(separator: " "))
        results.append(collationWords.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .joined(separator: " "))
        let dates = DateFormatter()
        dates.locale = ru
        dates.timeZone = TimeZone(identifier: "Europe/Moscow")
        dates.dateStyle = .full
        results.append(dates.string(from: Date(timeIntervalSince1970: 1_376_985_600)))
        let numbers = NumberFormatter()
        numbers.locale = ru
        numbers.numberStyle = .decimal
        results.append(numbers.string(from: 1_234_567.89) ?? "")
        if let regex = try? NSRegularExpression(pattern: "\\p{Lu}\\p{Ll}+") {
            results.append(String(regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))))
        }
        results.append(text.applyingTransform(.toLatin, reverse: false) ?? "")
        return results
    }

    /// One round: analyse (with page cleaning), tokenize, stem, write JSON, call Foundation.
    static func round(_ text: String, analyzer: Analyzer) -> Outcome {
        let analysis = analyzer.analyze(text, cleaning: PageCleaner())
        let stems = analysis.tokens.indices.compactMap { analysis.stem(of: $0) }
        return Outcome(json: json(analysis), tokens: Tokenizer().tokenize(text), stems: stems,
                       foundation: foundation(text))
    }
}

/// Counts rounds and mismatches across threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private let reference: Outcome
    private var rounds = 0
    private var mismatches: [String] = []

    init(reference: Outcome) { self.reference = reference }

    /// Compares `outcome` with the reference and records the result.
    func record(thread: Int, round: Int, _ outcome: Outcome) {
        var differs: [String] = []
        if outcome.json != reference.json { differs.append("json") }
        if outcome.tokens != reference.tokens { differs.append("tokens") }
        if outcome.stems != reference.stems { differs.append("stems") }
        for (k, value) in outcome.foundation.enumerated() where value != reference.foundation[k] {
            differs.append("foundation[\(k)] \(value.prefix(40)) != \(reference.foundation[k].prefix(40))")
        }
        lock.lock()
        defer { lock.unlock() }
        rounds += 1
        if !differs.isEmpty { mismatches.append("thread \(thread) round \(round): \(differs.joined(separator: "; "))") }
    }

    /// Rounds recorded and the mismatches found.
    var result: (rounds: Int, mismatches: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (rounds, mismatches)
    }
}
