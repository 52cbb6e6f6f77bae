#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlovoMorphology

/// The weights of the entity tagger: a hashed table of per-label feature weights and the label
/// transition weights. Immutable once loaded; shared by all threads.
///
/// File format (little-endian): "SLNER\u{1}" magic (6 bytes), 2 bytes pad, UInt32 bucket bits,
/// UInt32 label count, Float32 scale, then `labels * labels + labels` Float32 transition
/// weights (the last row: start of a sentence), then `buckets * labels` Int16 emission weights
/// (multiply by `scale`).
struct TaggerModel: Sendable {
    let bucketBits: Int
    let labelCount: Int
    /// Emission weights, quantized: `weights[bucket * labelCount + label] * scale`; followed
    /// by ``padding`` zeros, so that a row can be read as eight lanes.
    let weights: EmissionWeights
    /// Zeros after the last row.
    static let padding = 1
    let scale: Float
    /// `transitions[from * labelCount + to]`; row `labelCount` is the start of a sentence.
    let transitions: [Float]

    var bucketMask: UInt64 { (1 << UInt64(bucketBits)) - 1 }

    static let magic: [UInt8] = Array("SLNER".utf8) + [1, 0, 0]

    /// Serializes the model.
    func serialized() -> [UInt8] {
        var out = TaggerModel.magic
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
        append(UInt32(bucketBits).littleEndian)
        append(UInt32(labelCount).littleEndian)
        append(scale.bitPattern.littleEndian)
        for t in transitions { append(t.bitPattern.littleEndian) }
        out.append(contentsOf: UnsafeRawBufferPointer(start: weights.base, count: weights.count * 2))
        return out
    }

    /// Reads a model written by ``serialized()``, copying its weights.
    init(bytes: UnsafeRawBufferPointer) throws(EntityDataError) {
        let header = try Header(bytes)
        self.init(header, weights: EmissionWeights(copying: UnsafeRawBufferPointer(rebasing: bytes[header.weightsStart...])))
    }

    /// Reads a model written by ``serialized()`` from a mapped file, using the mapped emission
    /// weights in place when the zero padding after them is readable (the rest of the file's
    /// last page), else a copy. O(1) besides the small transition table: pages of weights are
    /// read from the file when first used.
    init(mapped file: MappedFile) throws(EntityDataError) {
        let bytes = UnsafeRawBufferPointer(start: file.base, count: file.count)
        let header = try Header(bytes)
        let start = header.weightsStart
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let readable = page > 0 ? (file.count + page - 1) / page * page : 0
        var littleEndian = false
#if _endian(little)
        littleEndian = true
#endif
        if littleEndian && start % 2 == 0 && file.count + TaggerModel.padding * 2 <= readable {
            self.init(header, weights: EmissionWeights(mapped: file, offset: start, count: (file.count - start) / 2))
        } else {
            self.init(header, weights: EmissionWeights(copying: UnsafeRawBufferPointer(rebasing: bytes[start...])))
        }
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
        var weightsStart: Int { 20 + transitions.count * 4 }

        init(_ bytes: UnsafeRawBufferPointer) throws(EntityDataError) {
            guard bytes.count >= 20, Array(bytes[0..<8]) == TaggerModel.magic else {
                throw EntityDataError(message: "not a Slovo entity tagger model")
            }
            func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
            bucketBits = Int(u32(8))
            labelCount = Int(u32(12))
            scale = Float(bitPattern: u32(16))
            guard labelCount == BIOLabel.count, bucketBits > 0, bucketBits <= 24 else {
                throw EntityDataError(message: "unsupported entity tagger model shape")
            }
            let transitionCount = labelCount * labelCount + labelCount
            let weightCount = (1 << bucketBits) * labelCount
            guard bytes.count == 20 + transitionCount * 4 + weightCount * 2 else {
                throw EntityDataError(message: "truncated entity tagger model")
            }
            transitions = (0..<transitionCount).map { Float(bitPattern: u32(20 + $0 * 4)) }
        }
    }

    init(bucketBits: Int, weights: [Int16], scale: Float, transitions: [Float]) {
        self.bucketBits = bucketBits
        self.labelCount = BIOLabel.count
        self.weights = weights.withUnsafeBytes { EmissionWeights(copying: $0) }
        self.scale = scale
        self.transitions = transitions
    }
}

/// The emission weights of a model: in a mapped model file, or a copy. Either way followed by
/// ``TaggerModel/padding`` zeros.
final class EmissionWeights: @unchecked Sendable {
    /// The first weight.
    let base: UnsafePointer<Int16>
    /// The number of weights, padding excluded.
    let count: Int
    private let copy: UnsafeMutablePointer<Int16>?
    private let mapping: MappedFile?

    /// A padded copy of the little-endian weights in `bytes`.
    init(copying bytes: UnsafeRawBufferPointer) {
        count = bytes.count / 2
        let storage = UnsafeMutablePointer<Int16>.allocate(capacity: count + TaggerModel.padding)
        for k in 0..<count { storage[k] = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: 2 * k, as: Int16.self)) }
        for k in count..<(count + TaggerModel.padding) { storage[k] = 0 }
        copy = storage
        mapping = nil
        base = UnsafePointer(storage)
    }

    /// The weights of a mapped file at `offset` (2-byte aligned; the padding after them must be
    /// readable, as zeros).
    init(mapped file: MappedFile, offset: Int, count: Int) {
        self.count = count
        copy = nil
        mapping = file
        base = (file.base + offset).assumingMemoryBound(to: Int16.self)
    }

    deinit { copy?.deallocate() }
}

/// The per-label sums of the weights of a token's features: each feature's row of seven Int16
/// weights is read as one eight-lane vector (the eighth lane, the next row's first weight or
/// padding, is ignored) and added in 32-bit lanes, so a token costs one load and one add per
/// feature. The sums are exact integers, so the order of the features does not matter.
struct EmissionSums: FeatureSink {
    let weights: UnsafePointer<Int16>
    let mask: UInt64
    var sums = SIMD8<Int32>()

    init(weights: UnsafePointer<Int16>, mask: UInt64) {
        self.weights = weights
        self.mask = mask
    }

    @inline(__always)
    mutating func add(_ feature: UInt64) {
        let row = UnsafeRawPointer(weights + Int(truncatingIfNeeded: feature & mask) &* BIOLabel.count)
        sums &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD8<Int16>.self))
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
