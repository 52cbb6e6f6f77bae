import SlovoMorphology

/// Keyword precision, recall and F1 at k with the conventions of the shared data's README and
/// `score.py kw`: the first k predictions and the gold keywords are lower-cased, "ё" becomes
/// "е", every character that is not a letter, digit, "_", white space or "-" becomes a space,
/// and each word is Snowball-stemmed; a prediction that normalizes to nothing or repeats an
/// earlier one is dropped (it still used up its place among the k). P, R and F1 are computed per
/// document and averaged over the documents whose gold is not empty.
public enum KeywordEvaluation {
    /// Averages over the documents.
    public struct Result: Sendable, Equatable {
        /// Documents scored (gold not empty).
        public var documents = 0
        /// Mean precision at k: right predictions over predictions (at most k).
        public var precision = 0.0
        /// Mean recall at k: gold keywords found over gold keywords.
        public var recall = 0.0
        /// Mean of the per-document F1 (not the F1 of the means).
        public var f1 = 0.0
    }

    /// Running sums; add documents with ``add(gold:predicted:)``.
    public struct Accumulator: Sendable {
        /// How many predictions count.
        public let k: Int
        var documents = 0
        var precision = 0.0
        var recall = 0.0
        var f1 = 0.0
        let stemmer = RussianStemmer()

        /// An accumulator for F1@`k`.
        public init(k: Int = 10) { self.k = k }

        /// Scores one document; returns its (P, R, F1), or nil when its gold is empty (not
        /// counted). O(keywords × their length).
        @discardableResult
        public mutating func add(gold: [String], predicted: [String]) -> (p: Double, r: Double, f1: Double)? {
            let goldKeys = Set(gold.map { KeywordEvaluation.normalize($0, stemmer: stemmer) }.filter { !$0.isEmpty })
            guard !goldKeys.isEmpty else { return nil }
            var predictedKeys: [String] = []
            for keyword in predicted.prefix(k) {
                let key = KeywordEvaluation.normalize(keyword, stemmer: stemmer)
                if !key.isEmpty && !predictedKeys.contains(key) { predictedKeys.append(key) }
            }
            let hits = Set(predictedKeys).intersection(goldKeys).count
            let p = predictedKeys.isEmpty ? 0 : Double(hits) / Double(predictedKeys.count)
            let r = Double(hits) / Double(goldKeys.count)
            let f = p + r > 0 ? 2 * p * r / (p + r) : 0
            documents += 1
            precision += p
            recall += r
            f1 += f
            return (p, r, f)
        }

        /// The averages so far.
        public var result: Result {
            guard documents > 0 else { return Result() }
            let n = Double(documents)
            return Result(documents: documents, precision: precision / n, recall: recall / n, f1: f1 / n)
        }
    }

    /// The matching form of a keyword: lower case, ё as е, other characters than letters,
    /// digits, "_", white space and "-" as spaces, each word stemmed, words joined by one space.
    /// O(length).
    public static func normalize(_ keyword: String, stemmer: RussianStemmer = RussianStemmer()) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in keyword.lowercased().unicodeScalars {
            if scalar == "ё" {
                cleaned.append("е")
            } else if isWordCharacter(scalar) || scalar == "-" || scalar.properties.isWhitespace {
                cleaned.append(scalar)
            } else {
                cleaned.append(" ")
            }
        }
        return String(cleaned).split(whereSeparator: { $0.isWhitespace }).map { stemmer.stem($0) }.joined(separator: " ")
    }

    /// Python's `\w` for one scalar (`str.isalnum()` or "_"): a letter or a number by its
    /// general category.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
