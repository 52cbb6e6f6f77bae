import SlovoMorphology
import SlovoText

extension Analysis {
    /// The Snowball Russian stem of token `index` when it is a word ("Калуге" -> "калуг"),
    /// nil for other kinds of tokens. See ``RussianStemmer``.
    ///
    /// - Complexity: O(n) in the token's length.
    public func stem(of index: Int) -> String? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        return RussianStemmer().stem(of: token, in: text)
    }
}
