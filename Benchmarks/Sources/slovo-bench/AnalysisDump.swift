#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Slovo
import SlovoBenchKit

/// `--dump-analyses FILE`: writes what the morphology computes for the benchmark's text, so
/// that a change meant to be a pure speed-up can be checked to change nothing (diff two dumps):
/// every analysis of each distinct word (lemma, word form, tag, score, method, in rank order),
/// the best context-free lemma with and without the cache, and for each document every
/// token's analysis chosen in context.
enum AnalysisDump {
    static func write(_ inputs: StageInputs, to path: String) -> Bool {
        guard case .success(let loaded) = inputs.lexicon else { return false }
        let lexicon = loaded.lexicon
        guard let file = fopen(path, "w") else { return false }
        defer { fclose(file) }
        var line: [UInt8] = []
        func emit() {
            line.append(0x0A)
            _ = line.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            line.removeAll(keepingCapacity: true)
        }
        func describe(_ a: WordAnalysis) {
            line.append(contentsOf: "\t\(lexicon.lemma(of: a))|\(lexicon.word(of: a))|\(a.tag)|\(a.score.bitPattern)|\(a.method)".utf8)
        }
        var seen = Set<[UInt8]>()
        var analyses: [WordAnalysis] = []
        var scratch: [WordAnalysis] = []
        var out: [UInt8] = []
        let cache = LemmaCache()
        inputs.textWords.forEach { word in
            guard seen.insert(Array(word)).inserted else { return }
            line.append(contentsOf: word)
            out.removeAll()
            lexicon.appendLemma(utf8: word, to: &out, scratch: &scratch)
            line.append(0x09)
            line.append(contentsOf: out)
            out.removeAll()
            lexicon.appendLemma(utf8: word, to: &out, scratch: &scratch, cache: cache)
            line.append(0x09)
            line.append(contentsOf: out)
            lexicon.analyze(utf8: word, into: &analyses)
            for a in analyses { describe(a) }
            emit()
        }
        let analyzer = Analyzer(lexicon: lexicon)
        for (k, document) in inputs.documents.documents.enumerated() {
            let analysis = analyzer.analyze(document)
            line.append(contentsOf: "# document \(k): \(analysis.tokens.count) tokens, \(analysis.sentences.count) sentences".utf8)
            emit()
            for i in analysis.tokens.indices {
                line.append(contentsOf: analysis.text(of: i).utf8)
                if let a = analysis.wordAnalysis(of: i) { describe(a) }
                line.append(contentsOf: "\t\(analysis.lemma(of: i) ?? "-")".utf8)
                emit()
            }
        }
        return true
    }
}
