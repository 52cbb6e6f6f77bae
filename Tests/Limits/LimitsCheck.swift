// Library-side resource bounds: analyses one adversarial text (or batch) at two sizes with the
// release build as the CLI would (decoding, page cleaning, analysis with morphology and entities,
// JSON output), checks the output of each, and prints one line comparing the sizes (see `report`
// below). Tests/Limits/run.sh runs it and judges the ratios.
//
//   limits-check PATTERN SMALL LARGE        limits-check --list
// (sizes in megabytes; for tiny-documents, in millions of documents)
#if canImport(Glibc)
import Glibc
#endif
import Slovo
import SlovoInvariants

/// Texts made by repeating a unit up to the size (cut back to whole units).
let repeatedUnits: [(String, String)] = [
    ("prose-no-newline", "Вологодские представители посетили IT-центр в г. Калуге, т. е. 1 000 000 руб. «Идём!» — сказал А. П. Логанцов. "),
    ("one-letter", "а"), ("one-latin-letter", "a"), ("one-digit", "7"), ("one-dot", "."), ("one-hyphen", "-"),
    ("one-paren", ")"), ("one-quote", "«"), ("one-straight-quote", "\""), ("one-emoji", "😀"),
    ("one-combining-mark", "\u{301}"), ("one-space", " "), ("one-newline", "\n"), ("one-nul", "\u{0}"),
    ("spaced-dots", ". "), ("spaced-hyphens", "- "), ("spaced-emoji", "😀 "), ("spaced-quotes", "« "),
    ("spaced-closing-quotes", "» "), ("hyphen-chain", "кто-"), ("dotted-initials", "А."), ("abbreviations", "г. "),
    ("capitalized-words", "Калуга "), ("domain-chain", "a."), ("at-chain", "a@"), ("html-entities", "&quot;"),
    // One endless sentence of organizations, people and places (rule spans merged with the tagger's).
    ("entity-list", "ООО «Ромашка» и Иван Петров из Москвы, АО «Лютик» в Калуге; "),
    // Many short sentences, each with an organization whose name ends in a genitive tail (the
    // rules look up the sentence of each such name).
    ("organization-sentences", "Сотрудники Министерства финансов приехали в Калугу. "),
    ("grouped-thousands", "000 "), ("list-numbers", "1.\n"), ("crlf", "слово\r\n"), ("lone-cr", "слово\r"),
]

/// Builds the text of a pattern at `bytes` bytes.
func makeText(_ pattern: String, bytes: Int) -> String? {
    if let unit = repeatedUnits.first(where: { $0.0 == pattern })?.1 {
        return String(repeating: unit, count: max(1, bytes / unit.utf8.count))
    }
    switch pattern {
    case "nested-quotes":
        // «„“«„“ ... ”“» ”“»: nested to the full depth, then closed.
        let half = max(1, bytes / 12)
        return String(repeating: "«„“", count: half / 2) + "слово" + String(repeating: "”“»", count: half / 2)
    case "dash-then-quotes":
        // Direct speech whose quotes never end: the splitter looks past every opening quote.
        return "Да! — " + String(repeating: "« ", count: max(1, bytes / 3))
    case "emoji-after-words":
        return String(repeating: "слово 😀 ", count: max(1, bytes / 16))
    default:
        return nil
    }
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// What the calling thread spent in `body`: CPU seconds (user and system, from
/// `CLOCK_THREAD_CPUTIME_ID`; unlike wall time it does not count other processes on a busy
/// machine) and minor page faults (`getrusage(RUSAGE_THREAD)`).
struct Cost {
    var seconds = 0.0
    var faults = 0

    /// `RUSAGE_THREAD` of <sys/resource.h> (Linux), which Swift does not import.
    static let rusageThread: Int32 = 1

    /// The cost of the thread so far.
    static func now() -> Cost {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        var usage = rusage()
        getrusage(rusageThread, &usage)
        return Cost(seconds: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9, faults: Int(usage.ru_minflt))
    }

    /// The cost of `body`.
    static func of(_ body: () -> Void) -> Cost {
        let start = now()
        body()
        let end = now()
        return Cost(seconds: end.seconds - start.seconds, faults: end.faults - start.faults)
    }
}

/// Keeps the memory a run frees inside the process for the next run, as a long-running service
/// that analyses one document after another does: glibc would otherwise hand every block over
/// 32 MB back to the kernel on free (mmap), and fetch fresh pages for the next one. What a
/// fresh page costs depends on the host (on these VMs freed guest memory goes back to the
/// hypervisor, `page_reporting_order=11` on the kernel command line, and the next touch costs
/// 3-6x a reused page's); the warm runs measure the analysis without it.
func keepFreedMemory() {
    // glibc's mallopt, M_TRIM_THRESHOLD (-1) and M_MMAP_MAX (-4) of <malloc.h>, which the Glibc
    // module does not import.
    typealias MalloptFunction = @convention(c) (Int32, Int32) -> Int32
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else {
        standardError("mallopt not found: the warm runs fetch fresh pages too\n")
        return
    }
    let mallopt = unsafeBitCast(symbol, to: MalloptFunction.self)
    let trimThreshold: Int32 = -1, mmapMax: Int32 = -4
    _ = mallopt(mmapMax, 0)
    _ = mallopt(trimThreshold, Int32.max)
}

/// The full pipeline the CLI runs on a file: decoding, page cleaning, analysis (with morphology
/// and entities when the analyzer has their data), the JSON output. Returns the analysis and
/// the JSON size.
/// (Bytes the CLI would refuse, such as NUL bytes, are analysed as the library would take them.)
func analyzeLikeTheCLI(_ bytes: [UInt8], analyzer: Analyzer, cleaner: PageCleaner) -> (Analysis, Int) {
    let decoded = bytes.withUnsafeBufferPointer { try? TextDecoding.decode($0) }
    let text = decoded?.text ?? String(decoding: bytes, as: UTF8.self)
    let analysis = analyzer.analyze(text, cleaning: cleaner)
    var json = JSONWriter()
    AnalysisJSON.writeTokensAndSentences(analysis, fields: [.text, .lemmas], extra: nil, into: &json)
    json.raw(",")
    EntityJSON.write(analysis, into: &json)
    return (analysis, json.bytes.count)
}

/// A temporary file (already unlinked) of `count` tiny JSONL documents, read from the start.
func tinyDocumentsFile(count: Int) -> Int32 {
    var path = Array("/tmp/slovo-limits-XXXXXX".utf8CString)
    let fd = mkstemp(&path)
    precondition(fd >= 0, "cannot create a temporary file")
    unlink(path)
    var batch: [UInt8] = []
    for k in 0..<count {
        batch += Array("{\"id\":\(k),\"text\":\"Да. Нет!\"}\n".utf8)
        if batch.count > 1 << 20 || k == count - 1 {
            _ = batch.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            batch.removeAll(keepingCapacity: true)
        }
    }
    lseek(fd, 0, SEEK_SET)
    return fd
}

/// One size of a pattern: the work timed, and a check of the output of its last run.
protocol Workload: AnyObject {
    /// Analyses the whole input once.
    func run()
    /// What is wrong with the last run's output, or nil; its token count.
    func verify() -> (problem: String?, tokens: Int)
    /// Frees the last run's output (as a service that moved on to the next document would).
    func release()
}

/// A text made of a pattern, analysed as one document.
final class TextWorkload: Workload {
    let text: String
    let bytes: [UInt8]
    let analyzer: Analyzer
    let cleaner = PageCleaner()
    var analysis: Analysis?

    init?(pattern: String, megabytes: Double, analyzer: Analyzer) {
        guard let text = makeText(pattern, bytes: Int(megabytes * 1_048_576)) else { return nil }
        self.text = text
        bytes = Array(text.utf8)
        self.analyzer = analyzer
    }

    func run() {
        analysis = nil  // (the previous run's result is freed first, as a service would have)
        analysis = analyzeLikeTheCLI(bytes, analyzer: analyzer, cleaner: cleaner).0
    }

    /// The token and sentence rules over the analysed (masked) text, and the entity rules.
    func verify() -> (problem: String?, tokens: Int) {
        let result = analysis!
        let analysed = result.removed.isEmpty ? text : cleaner.clean(text).maskedText
        var violations = TokenInvariants.check(analysed, result.tokens)
        violations.merge(SentenceInvariants.check(result.tokens, result.sentences))
        violations.merge(EntityInvariants.check(result))
        return (violations.isEmpty ? nil : "\(violations)", result.tokens.count)
    }

    func release() { analysis = nil }
}

/// Many tiny JSONL documents (a million per "megabyte") through the line reader, the JSON
/// parser and the analyzer.
final class TinyDocumentsWorkload: Workload {
    let count: Int
    let fd: Int32
    var result = (tokens: 0, documents: 0)

    init(millions: Double) {
        count = Int(millions * 1_000_000)
        fd = tinyDocumentsFile(count: count)  // (setting up, not timed)
    }

    deinit { close(fd) }

    func run() {
        lseek(fd, 0, SEEK_SET)
        let analyzer = Analyzer()
        let reader = LineReader(fileDescriptor: fd, maxLineBytes: 1 << 20)
        var tokens = 0, documents = 0
        while case .text(let line)? = try? reader.next() {
            guard case .success(let value) = JSONInvariants.parse(Array(line)), let text = value["text"]?.stringValue else {
                fatalError("line \(reader.lineNumber) unreadable")
            }
            let analysis = analyzer.analyze(text)
            var json = JSONWriter()
            AnalysisJSON.writeTokensAndSentences(analysis, into: &json)
            tokens += analysis.tokens.count
            documents += 1
        }
        result = (tokens, documents)
    }

    func verify() -> (problem: String?, tokens: Int) {
        let fine = result.documents == count && result.tokens == 4 * count
        return (fine ? nil : "\(result.documents) documents, \(result.tokens) tokens, expected \(count) and \(4 * count)", result.tokens)
    }

    func release() {}
}

/// The workload of `pattern` at `size`, or nil for an unknown pattern.
func workload(_ pattern: String, _ size: Double, analyzer: Analyzer) -> Workload? {
    pattern == "tiny-documents" ? TinyDocumentsWorkload(millions: size) : TextWorkload(pattern: pattern, megabytes: size, analyzer: analyzer)
}

/// Runs `workload` once (cold) and checks its output; exits on a broken rule.
func coldRun(_ workload: Workload, _ label: String) -> (cost: Cost, rss: Double, tokens: Int) {
    let cost = Cost.of(workload.run)
    let (problem, tokens) = workload.verify()
    if let problem {
        standardError("\(label): \(problem)\n")
        exit(1)
    }
    workload.release()
    return (cost, peakRSSMegabytes(), tokens)
}

let arguments = CommandLine.arguments
if arguments.count == 2 && arguments[1] == "--list" {
    print((repeatedUnits.map(\.0) + ["nested-quotes", "dash-then-quotes", "emoji-after-words", "tiny-documents"]).joined(separator: " "))
    exit(0)
}
guard arguments.count == 4, let smallSize = Double(arguments[2]), let largeSize = Double(arguments[3]), smallSize > 0, largeSize >= smallSize else {
    standardError("usage: limits-check PATTERN SMALL LARGE | --list\n")
    exit(2)
}
let pattern = arguments[1]
// With the lexicon and entity data (Analyzer.standard()), so morphology and entities are
// measured too; without them when they cannot be found or LIMITS_MORPHOLOGY=0.
let analyzer = getenv("LIMITS_MORPHOLOGY").map { String(cString: $0) } == "0" ? Analyzer() : (try? Analyzer.standard()) ?? Analyzer()
guard let small = workload(pattern, smallSize, analyzer: analyzer) else {
    standardError("unknown pattern \(pattern)\n")
    exit(2)
}
keepFreedMemory()
// Cold runs, the small size first (so that the peak RSS after it is the small size's own); the
// large one reuses the small one's freed pages, a tenth of what it needs.
let coldSmall = coldRun(small, "\(pattern) \(smallSize)")
let large = workload(pattern, largeSize, analyzer: analyzer)!
let coldLarge = coldRun(large, "\(pattern) \(largeSize)")
// Warm pairs (env LIMITS_PAIRS, default 2): a block of as many small runs as the sizes differ,
// then one large run, so that both are timed over the same amount of work in the same spell of
// the machine. A busy machine slows a spell of some seconds, not one size: each pair's ratio
// cancels it, where a ratio of best runs from different minutes does not (CI timed one build's
// capitalized-words at 11.0x in one run and 12.3x in the next, best of six processes each).
let pairs = max(1, Int(getenv("LIMITS_PAIRS").map { String(cString: $0) } ?? "") ?? 2)
let block = max(1, Int((largeSize / smallSize).rounded()))
var warmSmall = Double.infinity, warmLarge = Cost(seconds: .infinity, faults: 0)
var ratios: [Double] = []
for _ in 0..<pairs {
    let smallBlock = Cost.of { for _ in 0..<block { small.run(); small.release() } }
    let largeRun = Cost.of(large.run)
    large.release()
    let smallPerRun = smallBlock.seconds / Double(block)
    warmSmall = min(warmSmall, smallPerRun)
    if largeRun.seconds < warmLarge.seconds { warmLarge = largeRun }
    ratios.append(largeRun.seconds / smallPerRun)
}
// pattern, CPU seconds of a warm run of each size (the best), of the cold runs, the large
// size's minor page faults (warm, cold), peak RSS after the small and the large size, the
// large size's tokens, and each pair's ratio of the large run's time to a small run's.
print("\(pattern) \(warmSmall) \(warmLarge.seconds) \(coldSmall.cost.seconds) \(coldLarge.cost.seconds) "
    + "\(warmLarge.faults) \(coldLarge.cost.faults) \(coldSmall.rss) \(peakRSSMegabytes()) \(coldLarge.tokens) "
    + ratios.map { String($0) }.joined(separator: ","))
