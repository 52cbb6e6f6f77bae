import SlovoText

/// Trains the entity tagger from annotated documents (the command `slovo-train ner` drives it).
///
/// ```swift
/// var training = TaggerTraining(resources: resources, bucketBits: 20)
/// training.add(bytes: bytes, tokens: tokens, sentences: sentences, morphology: nil, gold: mentions)
/// training.train(epochs: 8)
/// let model = training.modelBytes()
/// ```
public struct TaggerTraining {
    let resources: EntityResources
    var trainer: PerceptronTrainer
    /// Gold mentions that did not fall on token boundaries (skipped).
    public private(set) var misaligned = 0
    /// Training tokens added.
    public private(set) var tokenCount = 0
    /// Training sentences added.
    public private(set) var sentenceCount = 0

    /// A gold mention as UTF-8 byte offsets.
    public struct GoldMention {
        /// Byte offset of the first byte.
        public var start: Int
        /// Byte offset just past the last byte.
        public var end: Int
        /// The mention's type.
        public var type: EntityType
        /// Creates a gold mention.
        public init(start: Int, end: Int, type: EntityType) {
            self.start = start
            self.end = end
            self.type = type
        }
    }

    /// Starts training with a hashed weight table of `2^bucketBits` rows.
    public init(resources: EntityResources, bucketBits: Int) {
        self.resources = resources
        trainer = PerceptronTrainer(bucketBits: bucketBits)
    }

    /// Adds one annotated document.
    public mutating func add(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence],
                             morphology: [WordMorphology]?, gold: [GoldMention]) {
        let document = EntityDocument(bytes: bytes, tokens: tokens, sentences: sentences, morphology: morphology,
                                      resources: resources)
        var labels = [BIOLabel](repeating: .outside, count: tokens.count)
        for mention in gold.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let inside = tokens.indices.filter { Int(tokens[$0].start) >= mention.start && Int(tokens[$0].end) <= mention.end }
            guard let first = inside.first, Int(tokens[first].start) == mention.start,
                  let last = inside.last, Int(tokens[last].end) == mention.end else {
                misaligned += 1
                continue
            }
            if labels[first...last].contains(where: { $0 != .outside }) { continue }
            labels[first] = .begin(mention.type)
            for k in (first + 1)..<(last + 1) { labels[k] = .inside(mention.type) }
        }
        for sentence in document.sentences where !sentence.isEmpty {
            trainer.add(PerceptronTrainer.Example(attributes: Array(document.attributes[sentence]),
                                                  labels: Array(labels[sentence])))
            sentenceCount += 1
            tokenCount += sentence.count
        }
    }

    /// Trains for `epochs` passes, reporting the token errors of each pass.
    public mutating func train(epochs: Int, progress: (Int, Int) -> Void = { _, _ in }) {
        trainer.train(epochs: epochs, progress: progress)
    }

    /// The trained model, in the file format the extractor loads.
    public func modelBytes() -> [UInt8] { trainer.averagedModel().serialized() }
}
