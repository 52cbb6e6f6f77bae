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
    /// Emission weights, quantized: `weights[bucket * labelCount + label] * scale`.
    let weights: [Int16]
    let scale: Float
    /// `transitions[from * labelCount + to]`; row `labelCount` is the start of a sentence.
    let transitions: [Float]

    var bucketMask: UInt64 { (1 << UInt64(bucketBits)) - 1 }

    static let magic: [UInt8] = Array("SLNER".utf8) + [1, 0, 0]

    /// Adds the weights of `features` for every label into `scores` (labelCount floats).
    @inline(__always)
    func addEmissions(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { w in
            var sums = (Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0))
            for f in features {
                let base = Int(f & bucketMask) &* 7
                sums.0 &+= Int32(w[base]); sums.1 &+= Int32(w[base + 1]); sums.2 &+= Int32(w[base + 2])
                sums.3 &+= Int32(w[base + 3]); sums.4 &+= Int32(w[base + 4]); sums.5 &+= Int32(w[base + 5])
                sums.6 &+= Int32(w[base + 6])
            }
            scores[0] = Float(sums.0) * scale; scores[1] = Float(sums.1) * scale; scores[2] = Float(sums.2) * scale
            scores[3] = Float(sums.3) * scale; scores[4] = Float(sums.4) * scale; scores[5] = Float(sums.5) * scale
            scores[6] = Float(sums.6) * scale
        }
    }

    /// Serializes the model.
    func serialized() -> [UInt8] {
        var out = TaggerModel.magic
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { out.append(contentsOf: $0) } }
        append(UInt32(bucketBits).littleEndian)
        append(UInt32(labelCount).littleEndian)
        append(scale.bitPattern.littleEndian)
        for t in transitions { append(t.bitPattern.littleEndian) }
        weights.withUnsafeBytes { out.append(contentsOf: $0) }
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
        weights = [Int16](unsafeUninitializedCapacity: weightCount) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + weightCount * 2)]))
            count = weightCount
        }
    }

    init(bucketBits: Int, weights: [Int16], scale: Float, transitions: [Float]) {
        self.bucketBits = bucketBits
        self.labelCount = BIOLabel.count
        self.weights = weights
        self.scale = scale
        self.transitions = transitions
    }
}

/// A problem with the entity data files (model, gazetteers).
public struct EntityDataError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the file.
    public var message: String
    public var description: String { message }
}
