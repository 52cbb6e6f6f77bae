import Foundation
import Testing

@Test func lemmatizeGivesOneLinePerInputLineInOrder() throws {
    let input = "Калуге\n\n«\n2013\nИКТ-кластера\n  рублевым  \nIT-индустрии"
    let run = try CLI.run(["lemmatize"], stdin: Data(input.utf8))
    #expect(run.status == 0)
    #expect(run.stdout == "калуга\n\n«\n2013\nикт-кластер\nрублёвый\nit-индустрия\n")
}

@Test func lemmatizeTakesWordsAsArguments() throws {
    let run = try CLI.run(["lemmatize", "посетили", "Логанцова"])
    #expect(run.status == 0)
    #expect(run.stdout == "посетить\nлоганцов\n")
}

@Test func lemmatizePhraseNormalizesNounPhrases() throws {
    let run = try CLI.run(["lemmatize", "--phrase", "областной Корпорации развития", "Алексея Петровича Логанцова"])
    #expect(run.stdout == "областная Корпорация развития\nАлексей Петрович Логанцов\n")
    let woman = try CLI.run(["lemmatize", "--phrase", "--gender", "feminine", "Перфильева"])
    #expect(woman.stdout == "Перфильева\n")
}

@Test func tokenizeWithLemmasAddsLemmaAndTags() throws {
    let run = try CLI.run(["tokenize", "--lemmas", "--format", "jsonl", "-"], stdin: Data("в Калуге".utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"text\":\"Калуге\",\"lemma\":\"калуга\",\"pos\":\"NOUN\""))
}
