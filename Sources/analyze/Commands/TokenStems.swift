import Slovo

/// The `--stems` addition to token output.
enum TokenStems {
    /// A hook for ``AnalysisJSON/writeTokensAndSentences(_:fields:extra:into:)`` that writes
    /// `,"stem":"..."` into the object of every word token.
    static func jsonMember(_ analysis: Analysis) -> (Int, inout JSONWriter) -> Void {
        { index, json in
            guard let stem = analysis.stem(of: index) else { return }
            json.raw(",\"stem\":")
            json.string(stem)
        }
    }
}
