@testable import SlovoMorphology

/// The lexicon of the source tree, loaded once for every test.
let testLexicon: Lexicon? = try? Lexicon.load()

/// One row of a lemma table.
struct LemmaCase: CustomTestStringConvertible, Sendable {
    let word: String
    let lemma: String
    let pos: PartOfSpeech
    var testDescription: String { "\(word) -> \(lemma) (\(pos))" }

    init(_ word: String, _ lemma: String, _ pos: PartOfSpeech) {
        self.word = word
        self.lemma = lemma
        self.pos = pos
    }
}

import Testing
