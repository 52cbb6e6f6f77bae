// A Slovo consumer, as a service or a data pipeline would be: it imports Foundation (which
// on Linux brings its own copy of ICU) next to Slovo (which uses the system's ICU), analyses a
// text through the public API, prints what it found, and then runs the same work from several
// threads at once, interleaved with Foundation calls that use Foundation's ICU, checking that
// every result equals the single-threaded one.
//
//     swift run Consumer [FILE] [--threads N] [--rounds M]
//
// Exit status: 0 when every result matched, 1 otherwise, 2 on a usage error.
import Foundation
import Slovo

let sampleText = """
    Вологодские IT-компании изучают опыт Калуги. Губернатор Анатолий Артамонов встретился \
    с делегацией 20 августа 2013 г. в технопарке «Калуга-Парк». Подробности — на kaluga-park.ru.
    """

// MARK: Arguments

var path: String?
var threads = 8
var rounds = 25
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--threads", "--rounds":
        guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else {
            FileHandle.standardError.write(Data("Consumer: \(argument) needs a positive number\n".utf8))
            exit(2)
        }
        if argument == "--threads" { threads = value } else { rounds = value }
    default:
        path = argument
    }
}

let text: String
if let path {
    guard let data = FileManager.default.contents(atPath: path),
          let decoded = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("Consumer: \(path): cannot read UTF-8 text\n".utf8))
        exit(1)
    }
    text = decoded
} else {
    text = sampleText
}

// MARK: One analysis, printed

/// One `Analyzer` for the whole process: it is `Sendable` and every call keeps its own state.
/// `standard()` loads the lexicon, found here through the dependency's own `Dictionaries/`.
let analyzer: Analyzer
do {
    analyzer = try Analyzer.standard()
} catch {
    FileHandle.standardError.write(Data("Consumer: \(error)\n".utf8))
    exit(1)
}
let analysis = analyzer.analyze(text, cleaning: PageCleaner())

print("Slovo \(Slovo.version), JSON schema \(Slovo.schemaVersion)")
let words = analysis.tokens.indices.filter { analysis.tokens[$0].kind == .word }
print("\(analysis.sentences.count) sentences, \(analysis.tokens.count) tokens, \(words.count) words")

if let first = analysis.sentences.first {
    print("first sentence, word by word (stem, lemma):")
    for k in first.tokens where analysis.tokens[k].kind == .word {
        print("  \(analysis.text(of: k)) (\(analysis.stem(of: k) ?? "-"), \(analysis.lemma(of: k) ?? "-"))")
    }
}

// Lemmas, people and keywords: see Layers.swift (one function each).
let layers = [("lemmas", Layers.lemmas(analysis)), ("people", Layers.people(analysis)),
              ("keywords", Layers.keywords(analysis))]
for (label, values) in layers {
    if let values {
        print("\(label): \(values.joined(separator: ", "))")
    } else {
        print("\(label): not provided by this version of Slovo's Analysis")
    }
}

// MARK: The JSON output, read back with Foundation

let referenceJSON = Workload.json(analysis)
guard let checked = Workload.checkJSON(referenceJSON, against: text) else {
    print("FAILED: Slovo's JSON does not read back with Foundation's JSONSerialization")
    exit(1)
}
print("JSON: \(referenceJSON.count) bytes, \(checked) token offsets and lemmas checked with JSONSerialization")

// MARK: The same work from several threads, next to Foundation's own ICU

let reference = Workload.round(text, analyzer: analyzer)
let uppercased = reference.foundation[Workload.turkishIndex]
guard uppercased == "İSTANBUL" else {
    print("FAILED: Foundation's Turkish upper case of \"istanbul\" is \(uppercased), expected İSTANBUL")
    exit(1)
}

let tally = Tally(reference: reference)
let group = DispatchGroup()
for t in 0..<threads {
    group.enter()
    let (text, analyzer, rounds, tally, group) = (text, analyzer, rounds, tally, group)
    let thread = Thread {
        // Half the threads start with Foundation's ICU, half with Slovo's, so first uses of
        // each library's case maps, collators and break iterators overlap.
        for r in 0..<rounds {
            if t % 2 == 0 { _ = Workload.foundation(text) }
            tally.record(thread: t, round: r, Workload.round(text, analyzer: analyzer))
        }
        group.leave()
    }
    thread.start()
}
group.wait()

let (total, mismatches) = tally.result
if mismatches.isEmpty {
    print("threads: \(threads) x \(rounds) rounds of analyze (with lemmas), tokenize, stems and JSON, interleaved with "
        + "Foundation's case mapping, collation, dates, numbers, regular expressions and transliteration: "
        + "all \(total) identical to the single-threaded result")
} else {
    print("FAILED: \(mismatches.count) of \(total) rounds differ from the single-threaded result:")
    for line in mismatches.prefix(10) { print("  \(line)") }
    exit(1)
}
