#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The UTF-8 text the benchmarks read: a slice of the shared Russian corpus when it is there,
/// else a text generated here (deterministic, so runs compare).
public struct BenchText: Sendable {
    /// Valid UTF-8 bytes.
    public let bytes: [UInt8]
    /// Where the bytes come from, for the report.
    public let origin: String

    /// The path of the shared corpus under a `shared` folder.
    public static let corpusPath = "data/corpus/ru_corpus_48mb.txt"

    /// The first `maxBytes` of the shared corpus (cut at a line end), or a generated text of
    /// that size when `sharedDirectory` is nil or holds no corpus.
    public static func load(sharedDirectory: String?, maxBytes: Int) -> BenchText {
        if let shared = sharedDirectory, let slice = readPrefix(of: shared + "/" + corpusPath, maxBytes: maxBytes) {
            return BenchText(bytes: slice, origin: "\(corpusPath), first \(slice.count) bytes")
        }
        return generated(bytes: maxBytes)
    }

    /// The `maxBytes` of the shared corpus that follow its first `after` bytes (from the next
    /// line on): text of the same kind that the measured slice does not contain, to warm caches
    /// with. A generated text with another seed when there is no corpus.
    public static func load(sharedDirectory: String?, maxBytes: Int, after: Int) -> BenchText {
        if let shared = sharedDirectory,
           let slice = readPrefix(of: shared + "/" + corpusPath, maxBytes: after + maxBytes),
           slice.count > after, let newline = slice[after...].firstIndex(of: 0x0A) {
            let rest = Array(slice[(newline + 1)...])
            return BenchText(bytes: rest, origin: "\(corpusPath), \(rest.count) bytes after byte \(newline + 1)")
        }
        return generated(bytes: maxBytes, seed: 0x5107_0BE5)
    }

    /// Reads up to `maxBytes` of a file, ending after its last complete line. Nil when the file
    /// cannot be read.
    static func readPrefix(of path: String, maxBytes: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: maxBytes)
        var filled = 0
        while filled < maxBytes {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, maxBytes - filled) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        guard filled > 0 else { return nil }
        bytes.removeSubrange(filled...)
        if filled == maxBytes, let lastNewline = bytes.lastIndex(of: 0x0A) {
            bytes.removeSubrange((lastNewline + 1)...)
        }
        return bytes
    }

    /// A Russian-looking text of about `size` bytes: sentences of common word forms with
    /// names, numbers, Latin words and punctuation, paragraphs separated by blank lines.
    public static func generated(bytes size: Int, seed: UInt64 = 0x5107_0BE4) -> BenchText {
        var random = SplitMix64(seed: seed)
        var out: [UInt8] = []
        out.reserveCapacity(size + 256)
        while out.count < size {
            let words = 5 + Int(random.next() % 12)
            for k in 0..<words {
                if k > 0 { out.append(0x20) }
                let word = GeneratedWords.all[Int(random.next() % UInt64(GeneratedWords.all.count))]
                out.append(contentsOf: k == 0 ? GeneratedWords.capitalized(word).utf8 : word.utf8)
                if k < words - 1 && random.next() % 9 == 0 { out.append(0x2C) }  // ","
            }
            out.append(contentsOf: random.next() % 7 == 0 ? "!".utf8 : ".".utf8)
            out.append(contentsOf: random.next() % 6 == 0 ? "\n\n".utf8 : " ".utf8)
        }
        return BenchText(bytes: out, origin: "generated, \(out.count) bytes")
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Word forms the generated text is made of.
enum GeneratedWords {
    static let all: [String] = """
        в и не на что с по это как к из у за от о же для так все его она он мы они вы бы \
        только уже было быть может есть время года году человек люди жизни жизнь день дня \
        города городе город России России Москве Калуге Вологды президент правительство \
        компании компания развития развитие новые новых новой новый большой большая \
        работы работа работает работали говорил говорила сказал сказала думаю знаете \
        вологодские представители посетили ИТ-центр IT-кластера кластер технологий \
        информационных проектов проекта проекты решение решения вопросы вопрос области \
        области региональной администрации администрация губернатор министерство \
        Алексей Петрович Логанцов Дональд Трамп Сара Сандерс Белом доме США \
        2019 2020 2024 15 3,5 100 000 процентов рублей млн тыс. % — «новая» «интрига» \
        прочитав посмотревшись умывшись читаемый делающие рисующий длиннейший ценнейшее \
        радостью гордостью зависимостью известность неизбежность книгами зданиях статьей \
        армиями станциях ёлке ёжиком самолёт берёзы e-mail software online кто-то из-за
        """.split(separator: " ").map(String.init)

    static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
