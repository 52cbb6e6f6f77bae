import SlovoMorphology

/// The weights of the entity tagger: a hashed table of per-label feature weights and the label
/// transition weights. Immutable once loaded; shared by all threads.
///
/// File format (little-endian): "SLNER\u{2}" magic (6 bytes), 2 bytes pad, UInt32 bucket bits,
/// UInt32 label count, Float32 scale, then `labels * labels + labels` Float32 transition
/// weights (the last row: start of a sentence), zeros up to the next multiple of 64 bytes, then
/// `buckets` rows of ``rowBytes`` Int8 emission weights: one per label, then zeros (multiply by
/// `scale`). A row is one aligned 8-byte load, and the table (2^16 rows: 512 KB) stays in the
/// processor's second-level cache.
struct TaggerModel: Sendable {
    let bucketBits: Int
    let labelCount: Int
    /// Emission weights, quantized: `weights[bucket * rowBytes + label] * scale`.
    let weights: EmissionWeights
    /// Bytes per row of emission weights: the labels' weights, then zeros.
    static let rowBytes = 8
    let scale: Float
    /// `transitions[from * labelCount + to]`; row `labelCount` is the start of a sentence.
    let transitions: [Float]

    var bucketMask: UInt64 { (1 << UInt64(bucketBits)) - 1 }

    static let magic: [UInt8] = Array("SLNER".utf8) + [2, 0, 0]

    /// Serializes the model.
    func serialized() -> [UInt8] {
        var out = TaggerModel.magic
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
        append(UInt32(bucketBits).littleEndian)
        append(UInt32(labelCount).littleEndian)
        append(scale.bitPattern.littleEndian)
        for t in transitions { append(t.bitPattern.littleEndian) }
        out.append(contentsOf: repeatElement(0, count: Header.weightsStart(transitionCount: transitions.count) - out.count))
        out.append(contentsOf: UnsafeRawBufferPointer(start: weights.base, count: weights.count))
        return out
    }

    /// Reads a model written by ``serialized()``, copying its weights.
    init(bytes: UnsafeRawBufferPointer) throws(EntityDataError) {
        let header = try Header(bytes)
        self.init(header, weights: EmissionWeights(copying: UnsafeRawBufferPointer(rebasing: bytes[header.weightsStart...])))
    }

    /// Reads a model written by ``serialized()`` from a mapped file, using the mapped emission
    /// weights in place (they start at a multiple of 64 bytes, and bytes need no byte order).
    /// O(1) besides the small transition table: pages of weights are read from the file when
    /// first used.
    init(mapped file: MappedFile) throws(EntityDataError) {
        let header = try Header(UnsafeRawBufferPointer(start: file.base, count: file.count))
        let start = header.weightsStart
        self.init(header, weights: EmissionWeights(mapped: file, offset: start, count: file.count - start))
    }

    private init(_ header: Header, weights: EmissionWeights) {
        bucketBits = header.bucketBits
        labelCount = header.labelCount
        scale = header.scale
        transitions = header.transitions
        self.weights = weights
    }

    /// The header and transitions of a model file, checked against the file's size.
    private struct Header {
        let bucketBits: Int
        let labelCount: Int
        let scale: Float
        let transitions: [Float]
        /// Where the emission weights start (they run to the end of the file).
        var weightsStart: Int { Header.weightsStart(transitionCount: transitions.count) }

        /// The header and transitions, rounded up to a multiple of 64 bytes (a cache line).
        static func weightsStart(transitionCount: Int) -> Int { (20 + transitionCount * 4 + 63) / 64 * 64 }

        init(_ bytes: UnsafeRawBufferPointer) throws(EntityDataError) {
            guard bytes.count >= 20, Array(bytes[0..<8]) == TaggerModel.magic else {
                throw EntityDataError(message: "not a Slovo entity tagger model (or one of an older format)")
            }
            func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
            bucketBits = Int(u32(8))
            labelCount = Int(u32(12))
            scale = Float(bitPattern: u32(16))
            guard labelCount == BIOLabel.count, labelCount <= TaggerModel.rowBytes, bucketBits > 0, bucketBits <= 24 else {
                throw EntityDataError(message: "unsupported entity tagger model shape")
            }
            let transitionCount = labelCount * labelCount + labelCount
            guard bytes.count == Header.weightsStart(transitionCount: transitionCount) + (1 << bucketBits) * TaggerModel.rowBytes else {
                throw EntityDataError(message: "truncated entity tagger model")
            }
            transitions = (0..<transitionCount).map { Float(bitPattern: u32(20 + $0 * 4)) }
        }
    }

    /// A model of `weights` in rows of ``rowBytes`` (`1 << bucketBits` rows).
    init(bucketBits: Int, weights: [Int8], scale: Float, transitions: [Float]) {
        precondition(weights.count == (1 << bucketBits) * TaggerModel.rowBytes)
        self.bucketBits = bucketBits
        self.labelCount = BIOLabel.count
        self.weights = weights.withUnsafeBytes { EmissionWeights(copying: $0) }
        self.scale = scale
        self.transitions = transitions
    }
}

/// The emission weights of a model: in a mapped model file, or a copy.
final class EmissionWeights: @unchecked Sendable {
    /// The first weight (8-byte aligned).
    let base: UnsafePointer<Int8>
    /// The number of weights (rows times ``TaggerModel/rowBytes``).
    let count: Int
    private let copy: UnsafeMutableRawPointer?
    private let mapping: MappedFile?

    /// A copy of the weights in `bytes`.
    init(copying bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        let storage = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 64)
        if count > 0 { storage.copyMemory(from: bytes.baseAddress!, byteCount: count) }
        copy = storage
        mapping = nil
        base = UnsafePointer(storage.assumingMemoryBound(to: Int8.self))
    }

    /// The weights of a mapped file, `count` bytes at `offset`.
    init(mapped file: MappedFile, offset: Int, count: Int) {
        self.count = count
        copy = nil
        mapping = file
        base = UnsafeRawPointer(file.base + offset).assumingMemoryBound(to: Int8.self)
    }

    deinit { copy?.deallocate() }
}

/// The per-label sums of the weights of a token's features: each feature's row of Int8
/// weights is one eight-lane load (the lanes after the labels hold zeros), added in 16-bit
/// lanes (at most ``FeatureTemplates/maximumCount`` times 127: no overflow), so a token costs
/// one load and one add per feature. The sums are exact integers, so the order of the features
/// does not matter.
struct EmissionSums: FeatureSink {
    let weights: UnsafePointer<Int8>
    let mask: UInt64
    var sums = SIMD8<Int16>()

    init(weights: UnsafePointer<Int8>, mask: UInt64) {
        self.weights = weights
        self.mask = mask
    }

    @inline(__always)
    mutating func add(_ feature: UInt64) {
        let row = UnsafeRawPointer(weights + Int(truncatingIfNeeded: feature & mask) &* TaggerModel.rowBytes)
        let narrow = row.loadUnaligned(as: SIMD8<Int8>.self)
        // Widened lane by lane (the compiler makes it one sign-extending move): the library's
        // generic conversion was called out of line for every feature.
        var wide = SIMD8<Int16>()
        for lane in 0..<8 { wide[lane] = Int16(narrow[lane]) }
        sums &+= wide
    }

    /// Writes the seven label scores (sum times `scale`).
    @inline(__always)
    func write(into scores: UnsafeMutablePointer<Float>, scale: Float) {
        for label in 0..<BIOLabel.count { scores[label] = Float(sums[label]) * scale }
    }
}

/// A problem with the entity data files (model, gazetteers).
public struct EntityDataError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the file.
    public var message: String
    public var description: String { message }
}
