#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlovoText

/// Document frequencies of lemmas in a background corpus: how many of its documents contain
/// each lemma. The keyword scorer uses them for specificity ("Калуга" is rarer, so more telling,
/// than "город").
///
/// File format (`keyword-background.bin`, little-endian): the magic `SLKWBG01` (8 bytes), the
/// number of documents (UInt32), the number of entries n (UInt32), n lemma keys (UInt32: the
/// high 32 bits of ``LemmaKey``, ascending), then n document counts (UInt16, saturating).
/// Lemmas seen in fewer documents than the generator's minimum are left out and count as 0.
/// See ``KeywordBackgroundBuilder`` for how it is made.
///
/// Immutable and `Sendable`; a lookup is a binary search within the bucket of its key's top
/// bits (about 9 keys of 35,000), no allocation.
public struct KeywordBackground: Sendable {
    /// The file name inside the dictionaries folder.
    public static let fileName = "keyword-background.bin"
    static let magic: [UInt8] = Array("SLKWBG01".utf8)

    /// Documents in the background corpus.
    public let documentCount: Int
    let keys: [UInt32]
    let counts: [UInt16]
    /// Where the keys of each value of their top ``bucketBits`` bits start in ``keys`` (one
    /// more entry at the end): a lookup searches one bucket of a few keys, not the whole array
    /// (keys are hash bits, so the buckets are even).
    let bucketStarts: [Int32]
    static let bucketBits: UInt32 = 12

    /// An empty background (every lemma unseen, one document): keywords are then ranked by
    /// in-document statistics alone.
    public init() {
        self.init(documentCount: 1, sortedKeys: [], counts: [])
    }

    /// A background of strictly ascending `sortedKeys` with their `counts`. O(n).
    init(documentCount: Int, sortedKeys keys: [UInt32], counts: [UInt16]) {
        self.documentCount = max(1, documentCount)
        self.keys = keys
        self.counts = counts
        var starts = [Int32](repeating: 0, count: (1 << Int(Self.bucketBits)) + 1)
        var k = 0
        for bucket in 0..<(1 << Int(Self.bucketBits)) {
            while k < keys.count && Int(keys[k] >> (32 - Self.bucketBits)) < bucket { k += 1 }
            starts[bucket] = Int32(k)
        }
        starts[1 << Int(Self.bucketBits)] = Int32(keys.count)
        bucketStarts = starts
    }

    /// A background from its parts; `entries` need not be sorted; a key given twice keeps its
    /// larger count. O(n log n).
    public init(documentCount: Int, entries: [(key: UInt64, documents: Int)]) {
        var folded: [(UInt32, UInt16)] = entries.map { (Self.storedKey($0.key), UInt16(min($0.documents, Int(UInt16.max)))) }
        folded.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        var keys: [UInt32] = []
        var counts: [UInt16] = []
        for (key, count) in folded where keys.last != key {
            keys.append(key)
            counts.append(count)
        }
        self.init(documentCount: documentCount, sortedKeys: keys, counts: counts)
    }

    /// Reads the file format described above. Throws on a wrong magic or a short file. O(n).
    public init(bytes: UnsafeRawBufferPointer) throws(KeywordDataError) {
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else {
            throw KeywordDataError(message: "not a keyword background file (magic SLKWBG01 expected)")
        }
        let documents = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        let n = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        guard bytes.count == 16 + n * 6 else {
            throw KeywordDataError(message: "keyword background file has \(bytes.count) bytes, \(16 + n * 6) expected")
        }
        var keys = [UInt32](repeating: 0, count: n)
        var counts = [UInt16](repeating: 0, count: n)
        for i in 0..<n {
            keys[i] = bytes.loadUnaligned(fromByteOffset: 16 + 4 * i, as: UInt32.self).littleEndian
            counts[i] = bytes.loadUnaligned(fromByteOffset: 16 + 4 * n + 2 * i, as: UInt16.self).littleEndian
        }
        for i in keys.indices.dropFirst() where keys[i - 1] >= keys[i] {
            throw KeywordDataError(message: "keyword background keys are not sorted at entry \(i)")
        }
        self.init(documentCount: documents, sortedKeys: keys, counts: counts)
    }

    /// Loads `keyword-background.bin` from `folder`, or from the first of the places
    /// ``DictionaryLocator`` searches; the error lists every place searched.
    public static func load(folder: String? = nil) throws(KeywordDataError) -> KeywordBackground {
        let found: String
        do throws(DictionaryLocator.NotFound) {
            found = try DictionaryLocator.locate(explicit: folder, requiredFile: fileName)
        } catch {
            throw KeywordDataError(message: error.description)
        }
        let path = found + "/" + fileName
        guard let bytes = readFile(path) else { throw KeywordDataError(message: "cannot read \(path)") }
        let loaded: Result<KeywordBackground, KeywordDataError> = bytes.withUnsafeBytes { raw in
            do throws(KeywordDataError) { return .success(try KeywordBackground(bytes: raw)) } catch { return .failure(error) }
        }
        switch loaded {
        case .success(let background): return background
        case .failure(let error): throw KeywordDataError(message: "\(path): \(error.message)")
        }
    }

    /// The process-wide background from the default places, loaded on first use and then
    /// shared. Thread-safe; a failed load is retried on the next call.
    public static func shared() throws(KeywordDataError) -> KeywordBackground {
        try sharedBackground.get()
    }

    /// Number of lemmas stored.
    public var count: Int { keys.count }

    /// In how many background documents the lemma with key `key` occurs (0 when unseen or
    /// below the generator's minimum). O(log(n / 4096)) for evenly spread keys.
    public func documents(containing key: UInt64) -> Int {
        let k = Self.storedKey(key)
        let bucket = Int(k >> (32 - Self.bucketBits))
        var low = Int(bucketStarts[bucket]), high = Int(bucketStarts[bucket + 1])
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < k { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == k ? Int(counts[low]) : 0
    }

    /// The file's bytes (the format described above). O(n).
    public func serialized() -> [UInt8] {
        var out = Self.magic
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        append(UInt32(documentCount))
        append(UInt32(keys.count))
        for key in keys { append(key) }
        for count in counts { append(count) }
        return out
    }

    /// The 32 bits of a lemma key that the file keeps.
    @inline(__always) static func storedKey(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return bytes
    }
}

/// Keyword data could not be found or read; the message says what and where.
public struct KeywordDataError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let message: String
    /// The message.
    public var description: String { message }
    /// An error with `message`.
    public init(message: String) { self.message = message }
}

/// Keyword data loaded on first use and then shared by the process. Thread-safe; a failed load
/// is retried on the next call.
final class SharedKeywordData<Value: Sendable>: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var value: Value?
    // A Result rather than a typed-throws closure: generic typed throws through a stored
    // closure is miscompiled in debug builds of Swift 6.0 (a crash on first use).
    private let load: @Sendable () -> Result<Value, KeywordDataError>

    init(_ load: @escaping @Sendable () -> Result<Value, KeywordDataError>) {
        self.load = load
        pthread_mutex_init(&mutex, nil)
    }

    func get() throws(KeywordDataError) -> Value {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let value { return value }
        let loaded = try load().get()
        value = loaded
        return loaded
    }
}

let sharedBackground = SharedKeywordData<KeywordBackground> {
    do throws(KeywordDataError) { return .success(try KeywordBackground.load()) } catch { return .failure(error) }
}
let sharedDerivations = SharedKeywordData<KeywordDerivations> {
    do throws(KeywordDataError) { return .success(try KeywordDerivations.load()) } catch { return .failure(error) }
}
