// Library-side resource bounds: analyses one adversarial text (or batch) of a given size with
// the release build as the CLI would (decoding, page cleaning, analysis with morphology and
// entities, JSON output), checks the result, and prints one line: pattern, megabytes, CPU seconds of the
// analysing thread, peak RSS in MB, tokens, sentences. Tests/Limits/run.sh compares sizes.
//
//   limits-check PATTERN MEGABYTES        limits-check --list        limits-check --warm MEGABYTES
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

/// CPU time of the calling thread spent in `body`, in seconds: unlike wall time, it does not
/// count the time other processes on a busy machine take (page faults still count).
func seconds(_ body: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
}

/// Runs in this process (env LIMITS_RUNS, default 1). The script starts a fresh process per
/// measurement: a second run in the same process reuses memory the first one touched, which
/// makes small inputs look cheaper than large ones (whose arrays are mapped afresh).
func runs() -> Int { Int(getenv("LIMITS_RUNS").map { String(cString: $0) } ?? "") ?? 1 }

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

/// Many tiny JSONL documents through the line reader, the JSON parser and the analyzer.
func tinyDocuments(in fd: Int32) -> (tokens: Int, documents: Int) {
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
    return (tokens, documents)
}

/// Touches `megabytes` of fresh anonymous memory, one write a page, then gives it back. On the
/// virtual machines CI runs on, the first touch of guest memory the machine has never used costs
/// several times a later touch (measured: 3.3 s a GB against 0.6-0.9), so a large run in a freshly
/// booted machine would pay for the hypervisor rather than for Slovo. Returns the seconds taken.
func warmMemory(megabytes: Int) -> Double {
    let length = megabytes << 20
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    guard let region = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
          region != MAP_FAILED else { return -1 }
    let bytes = region.assumingMemoryBound(to: UInt8.self)
    for offset in stride(from: 0, to: length, by: 4096) { bytes[offset] = 1 }
    munmap(region, length)
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
if arguments.count == 3 && arguments[1] == "--warm", let megabytes = Int(arguments[2]) {
    let tenths = Int((warmMemory(megabytes: megabytes) * 10).rounded())
    print("warmed \(megabytes) MB of memory in \(tenths / 10).\(tenths % 10) s")
    exit(0)
}
if arguments.count == 2 && arguments[1] == "--list" {
    print((repeatedUnits.map(\.0) + ["nested-quotes", "dash-then-quotes", "emoji-after-words", "tiny-documents"]).joined(separator: " "))
    exit(0)
}
guard arguments.count == 3, let megabytes = Double(arguments[2]) else {
    standardError("usage: limits-check PATTERN MEGABYTES | --list\n")
    exit(2)
}
let pattern = arguments[1]
let size = Int(megabytes * 1_048_576)

if pattern == "tiny-documents" {
    // "MEGABYTES" counts millions of documents here.
    let count = Int(megabytes * 1_000_000)
    var result = (tokens: 0, documents: 0)
    var best = Double.infinity
    // Writing the file is setting up, not analysing: it is not timed.
    let fd = tinyDocumentsFile(count: count)
    defer { close(fd) }
    for _ in 0..<runs() { best = min(best, seconds { result = tinyDocuments(in: fd) }) }
    guard result.documents == count, result.tokens == 4 * count else {
        standardError("tiny-documents: \(result.documents) documents, \(result.tokens) tokens, expected \(count) and \(4 * count)\n")
        exit(1)
    }
    print("\(pattern) \(megabytes) \(best) \(peakRSSMegabytes()) \(result.tokens) \(result.documents)")
    exit(0)
}

guard let text = makeText(pattern, bytes: size) else {
    standardError("unknown pattern \(pattern)\n")
    exit(2)
}
let bytes = Array(text.utf8)
// With the lexicon and entity data (Analyzer.standard()), so morphology and entities are
// measured too; without them when they cannot be found or LIMITS_MORPHOLOGY=0.
let analyzer = getenv("LIMITS_MORPHOLOGY").map { String(cString: $0) } == "0" ? Analyzer() : (try? Analyzer.standard()) ?? Analyzer()
let cleaner = PageCleaner()
var analysis: Analysis? = nil
var best = Double.infinity
for _ in 0..<runs() {
    best = min(best, seconds { analysis = analyzeLikeTheCLI(bytes, analyzer: analyzer, cleaner: cleaner).0 })
}
let result = analysis!
// The output must still be right: token and sentence rules over the analysed (masked) text.
let analysed = result.removed.isEmpty ? text : cleaner.clean(text).maskedText
var violations = TokenInvariants.check(analysed, result.tokens)
violations.merge(SentenceInvariants.check(result.tokens, result.sentences))
violations.merge(EntityInvariants.check(result))
if !violations.isEmpty {
    standardError("\(pattern): \(violations)\n")
    exit(1)
}
print("\(pattern) \(megabytes) \(best) \(peakRSSMegabytes()) \(result.tokens.count) \(result.sentences.count)")
