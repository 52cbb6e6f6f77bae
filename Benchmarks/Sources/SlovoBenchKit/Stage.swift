/// One measured stage of the batch benchmark: what it reads and the work it does.
public struct Stage {
    /// Name in the report (lower case, underscores).
    public let name: String
    /// UTF-8 bytes of input per run.
    public let inputBytes: Int
    /// What the stage counts as an item ("tokens", "words", "boundaries").
    public let itemName: String
    /// Items per run.
    public let items: Int
    /// One run; returns a checksum.
    public let run: () -> Int
    /// Called before each run, outside the measured time (to put caches in the state the
    /// stage describes).
    public let prepare: (() -> Void)?

    /// A stage.
    public init(name: String, inputBytes: Int, itemName: String, items: Int, prepare: (() -> Void)? = nil,
                run: @escaping () -> Int) {
        self.name = name
        self.inputBytes = inputBytes
        self.itemName = itemName
        self.items = items
        self.prepare = prepare
        self.run = run
    }
}

/// A ratio of throughputs measured in the same run: a stage over its reference.
public struct StageRatio: Sendable {
    /// Name in the report, e.g. "stemmer_vs_libstemmer".
    public let name: String
    /// The measured stage.
    public let stage: String
    /// The reference stage, over the same input.
    public let reference: String

    /// A ratio.
    public init(name: String, stage: String, reference: String) {
        self.name = name
        self.stage = stage
        self.reference = reference
    }
}
