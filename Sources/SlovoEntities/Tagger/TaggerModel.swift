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
    let weights: [Int16]
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
        weights.withUnsafeBytes { out.append(contentsOf: $0.dropLast(TaggerModel.padding * 2)) }
        return out
    }

    /// Reads a model written by ``serialized()``.
    init(bytes: UnsafeRawBufferPointer) throws(EntityDataError) {
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
        let start = 20 + transitionCount * 4
        weights = [Int16](unsafeUninitializedCapacity: weightCount + TaggerModel.padding) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + weightCount * 2)]))
            for k in weightCount..<(weightCount + TaggerModel.padding) { buffer[k] = 0 }
            count = weightCount + TaggerModel.padding
        }
    }

    init(bucketBits: Int, weights: [Int16], scale: Float, transitions: [Float]) {
        self.bucketBits = bucketBits
        self.labelCount = BIOLabel.count
        self.weights = weights + repeatElement(0, count: TaggerModel.padding)
        self.scale = scale
        self.transitions = transitions
    }
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
