import SlovoText

/// Where the entity stage cuts a long text: after a sentence once a window holds about
/// `size` tokens, and only after a sentence that ends in punctuation (". ! ? …"), so that no
/// place name of the gazetteer (words only) and no rule (each within a sentence) reaches
/// across a cut. The windows cover every token, in order, without overlap.
struct EntityWindows {
    /// A window: its tokens and the sentences (indices into the text's sentence list) within.
    struct Window: Equatable {
        var tokens: Range<Int>
        var sentences: Range<Int>
    }

    /// The windows of a text; one for a text of at most `size` tokens. O(sentences).
    static func split(tokens: [Token], sentences: [Sentence], size: Int) -> [Window] {
        guard tokens.count > size, size > 0 else { return [Window(tokens: 0..<tokens.count, sentences: 0..<sentences.count)] }
        var windows: [Window] = []
        var tokenStart = 0, sentenceStart = 0
        for (k, sentence) in sentences.enumerated() {
            let end = sentence.tokens.upperBound
            guard end - tokenStart >= size, end < tokens.count, k + 1 < sentences.count,
                  !sentence.tokens.isEmpty, tokens[end - 1].kind == .punctuation else { continue }
            windows.append(Window(tokens: tokenStart..<end, sentences: sentenceStart..<(k + 1)))
            tokenStart = end
            sentenceStart = k + 1
        }
        windows.append(Window(tokens: tokenStart..<tokens.count, sentences: sentenceStart..<sentences.count))
        return windows
    }
}

extension EntityMention {
    /// Moves the mention's token indices `offset` tokens on (from a window's to the text's),
    /// in place.
    mutating func shift(by offset: Int) {
        tokens = (tokens.lowerBound + offset)..<(tokens.upperBound + offset)
        nameTokens = (nameTokens.lowerBound + offset)..<(nameTokens.upperBound + offset)
    }
}
