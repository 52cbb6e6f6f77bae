import SlovoText

/// A gold or predicted entity mention for evaluation: code point span, type, and the gold
/// corpus's original type (NEREL's CITY, COUNTRY...) or the predicted subtype.
public struct EvaluatedMention: Sendable, Hashable {
    /// Code point offset of the first character.
    public var start: Int
    /// Code point offset just past the last character.
    public var end: Int
    /// "PER", "ORG" or "LOC".
    public var type: String
    /// Gold: `orig_type`; predicted: `subtype`.
    public var detail: String

    /// Creates a mention.
    public init(start: Int, end: Int, type: String, detail: String = "") {
        self.start = start
        self.end = end
        self.type = type
        self.detail = detail
    }
}

/// Named-entity scores with the conventions of the shared data's README and `score.py ner`:
/// strict span match per type; partial = overlap with a predicted mention of the same type
/// (each prediction used once); with a gold subtype (`--subtype CITY`), only gold mentions of
/// that original type count, only predictions of that subtype, and predictions overlapping a
/// gold place of another subtype are not counted.
public enum NEREvaluation {
    /// Scores of one type.
    public struct TypeScore: Sendable {
        /// Exact span and type matches.
        public var strict = PRF()
        /// Overlapping spans of the same type (each prediction used once).
        public var partial = PRF()
        /// Gold mentions of the type.
        public var gold: Int { strict.truePositives + strict.falseNegatives }
    }

    /// What to score.
    public struct Options: Sendable {
        /// The entity types scored.
        public var types: [String] = ["PER", "ORG", "LOC"]
        /// Gold original type to score alone (e.g. "CITY"); predictions must have the same subtype.
        public var subtype: String? = nil
        /// Creates options.
        public init(types: [String] = ["PER", "ORG", "LOC"], subtype: String? = nil) {
            self.types = types
            self.subtype = subtype
        }
    }

    /// Result: per type, micro F1 over all types, documents without a prediction.
    public struct Result: Sendable {
        /// Scores per type, in the order asked.
        public var types: [(String, TypeScore)] = []
        /// Strict counts over all types.
        public var micro = PRF()
        /// Gold documents without a prediction.
        public var missingDocuments = 0
    }

    /// Scores predictions against gold, document by document (matched by id). O(mentions²) per
    /// document for the partial match, as the reference scorer does.
    public static func evaluate(gold: [(id: String, mentions: [EvaluatedMention])],
                                predicted: [String: [EvaluatedMention]], options: Options) -> Result {
        var scores: [String: TypeScore] = [:]
        for t in options.types { scores[t] = TypeScore() }
        var result = Result()
        let wanted = Set(options.types)
        for (id, goldMentions) in gold {
            let predictions: [EvaluatedMention]
            if let p = predicted[id] { predictions = p } else { result.missingDocuments += 1; predictions = [] }
            var g = goldMentions.filter { wanted.contains($0.type) && (options.subtype == nil || $0.detail == options.subtype) }
            var p = predictions.filter {
                wanted.contains($0.type) && (options.subtype == nil || $0.detail.lowercased() == options.subtype!.lowercased())
            }
            if let subtype = options.subtype {
                let others = goldMentions.filter { wanted.contains($0.type) && $0.detail != subtype }
                p = p.filter { x in !others.contains { o in (o.start == x.start && o.end == x.end) || (x.start < o.end && o.start < x.end) } }
            }
            g = Array(Set(g.map { EvaluatedMention(start: $0.start, end: $0.end, type: $0.type) }))
            p = Array(Set(p.map { EvaluatedMention(start: $0.start, end: $0.end, type: $0.type) }))
            for t in options.types {
                let gt = g.filter { $0.type == t }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                let pt = p.filter { $0.type == t }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                var score = scores[t]!
                score.strict.add(gold: Set(gt), predicted: Set(pt))
                var used = Set<EvaluatedMention>()
                var hits = 0
                for x in gt {
                    if let y = pt.first(where: { !used.contains($0) && x.start < $0.end && $0.start < x.end }) {
                        used.insert(y)
                        hits += 1
                    }
                }
                score.partial.truePositives += hits
                score.partial.falsePositives += pt.count - hits
                score.partial.falseNegatives += gt.count - hits
                scores[t] = score
            }
        }
        for t in options.types {
            let s = scores[t]!
            result.types.append((t, s))
            result.micro.truePositives += s.strict.truePositives
            result.micro.falsePositives += s.strict.falsePositives
            result.micro.falseNegatives += s.strict.falseNegatives
        }
        return result
    }

    /// Reads gold mentions from a JSONL line: `{"id", "entities": [{"start","end","type","orig_type"}]}`.
    /// Predictions use the same shape with `subtype` instead of `orig_type`.
    public static func parseMentions(_ value: JSONValue, detailKey: String) -> (id: String, text: String?, mentions: [EvaluatedMention])? {
        guard let idValue = value["id"] else { return nil }
        let id: String
        switch idValue {
        case .string(let s): id = s
        case .number(let n): id = n
        default: return nil
        }
        var mentions: [EvaluatedMention] = []
        if case .array(let entities)? = value["entities"] {
            for e in entities {
                guard case .number(let s)? = e["start"], case .number(let en)? = e["end"],
                      let start = Int(s), let end = Int(en), let type = e["type"]?.stringValue else { continue }
                mentions.append(EvaluatedMention(start: start, end: end, type: type, detail: e[detailKey]?.stringValue ?? ""))
            }
        }
        return (id, value["text"]?.stringValue, mentions)
    }
}
