// A program that imports Foundation (which carries its own ICU, lib_FoundationICU) and calls
// Slovo's system-ICU code, both from many threads at once: Slovo's tokenizer (ICU word break),
// sentence splitter, legacy-encoding detection and conversion (ICU charset detector and
// converters) interleaved with Foundation calls that use its ICU (locale-aware case mapping,
// which constructs UCaseMap, one of the C++ classes both ICU copies export; collation; date,
// number and list formatting; regular expressions). Every result is compared with the one
// computed on one thread first. Built with AddressSanitizer by Tests/Sanitizers/run.sh.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Slovo

@main
struct FoundationICUMix {
    struct Results: Equatable {
        var tokens: [Token]
        var sentences: [Sentence]
        var decoded: String
        var encoding: String
        var turkishLower: String
        var turkishUpper: String
        var russianTitle: String
        var comparison: ComparisonResult
        var date: String
        var number: String
        var regexMatches: Int
    }

    static let text = """
        Вологодские представители посетили IT-центр в г. Калуге. «Идём!» — сказал А. П. Логанцов, \
        т. е. 1 000 000 руб. за 2023 г. 😀 👨‍👩‍👧 ﬁ İSTANBUL ıi ß https://example.ru/a?b=1 user@mail.ru.
        """
    // "Привет, Калуга! Вологодская область." in Windows-1251.
    static let cp1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xCA, 0xE0, 0xEB, 0xF3, 0xE3, 0xE0,
                                  0x21, 0x20, 0xC2, 0xEE, 0xEB, 0xEE, 0xE3, 0xEE, 0xE4, 0xF1, 0xEA, 0xE0, 0xFF, 0x20,
                                  0xEE, 0xE1, 0xEB, 0xE0, 0xF1, 0xF2, 0xFC, 0x2E]

    static func compute() -> Results {
        let analysis = Analyzer().analyze(text)
        let decoded = cp1251.withUnsafeBufferPointer { try? TextDecoding.decode($0) }
        let turkish = Locale(identifier: "tr_TR")
        let russian = Locale(identifier: "ru_RU")
        let formatter = DateFormatter()
        formatter.locale = russian
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMMM yyyy"
        let number = NumberFormatter()
        number.locale = russian
        number.numberStyle = .decimal
        let regex = try! NSRegularExpression(pattern: "\\p{Lu}\\p{Ll}+")
        return Results(
            tokens: analysis.tokens, sentences: analysis.sentences,
            decoded: decoded?.text ?? "", encoding: decoded?.encoding ?? "",
            turkishLower: text.lowercased(with: turkish), turkishUpper: "istanbul ıi".uppercased(with: turkish),
            russianTitle: "вологодская область".capitalized(with: russian),
            comparison: "ёлка".compare("Елка", options: [.caseInsensitive, .diacriticInsensitive], locale: russian),
            date: formatter.string(from: Date(timeIntervalSince1970: 1_363_046_400)),
            number: number.string(from: 1_234_567.5) ?? "",
            regexMatches: regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)))
    }

    /// Which loaded library provides a symbol to the process's global lookup (what a PLT
    /// entry of any library binds to), from /proc/self/maps; nil when none does.
    static func provider(of symbol: String) -> String? {
        guard let address = dlsym(dlopen(nil, RTLD_NOW), symbol).map({ UInt(bitPattern: $0) }),
              let maps = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(maps) }
        var line = [CChar](repeating: 0, count: 4096)
        while fgets(&line, Int32(line.count), maps) != nil {
            let fields = String(cString: line).split(separator: " ", omittingEmptySubsequences: true)
            let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
            if bounds.count == 2, bounds[0] <= address, address < bounds[1], fields.count >= 6 {
                return fields[5].trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return nil
    }

    static func main() {
        let expected = compute()
        precondition(expected.turkishUpper == "İSTANBUL Iİ", "Turkish upper-casing: \(expected.turkishUpper)")
        precondition(expected.turkishLower.contains("istanbul ıi"), "Turkish lower-casing: \(expected.turkishLower)")
        precondition(expected.russianTitle == "Вологодская Область", "title case: \(expected.russianTitle)")
        precondition(expected.decoded == "Привет, Калуга! Вологодская область." && expected.encoding == "windows-1251")
        precondition(expected.comparison == .orderedSame)
        for symbol in ["_ZN8UCaseMapC1EPKcjP10UErrorCode", "_ZN8UCaseMapD1Ev", "_ZN12CollatorSpecC2Ev"] {
            print("\(symbol) resolves to \(provider(of: symbol) ?? "nothing")")
        }
        let threads = 16
        let rounds = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 200
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            for _ in 0..<rounds where compute() != expected {
                mismatches.withLock { $0 += 1 }
            }
        }
        let failed = mismatches.withLock { $0 }
        print("\(threads) threads x \(rounds) rounds: \(failed) results differ from the single-threaded ones")
        exit(failed == 0 ? 0 : 1)
    }
}

/// A small lock (Synchronization's Mutex needs macOS 15; this needs nothing).
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
