/// The cases each Russian preposition governs ("в" takes the accusative or the prepositional,
/// "к" the dative). Used to choose the case of the words after a preposition.
enum PrepositionCases {
    static let table: [InlineCodes: GrammemeSet] = {
        let accsLoct: GrammemeSet = [.accusative, .prepositional, .locative2]
        let gent: GrammemeSet = [.genitive, .genitive2]
        let entries: [(String, GrammemeSet)] = [
            ("в", accsLoct), ("во", accsLoct), ("на", accsLoct),
            ("с", [.genitive, .genitive2, .instrumental]), ("со", [.genitive, .genitive2, .instrumental]),
            ("к", [.dative]), ("ко", [.dative]),
            ("по", [.dative, .prepositional, .accusative]),
            ("о", [.prepositional, .accusative]), ("об", [.prepositional, .accusative]), ("обо", [.prepositional, .accusative]),
            ("за", [.instrumental, .accusative]), ("под", [.instrumental, .accusative]), ("подо", [.instrumental, .accusative]),
            ("над", [.instrumental]), ("надо", [.instrumental]), ("перед", [.instrumental]), ("передо", [.instrumental]),
            ("между", [.instrumental, .genitive]), ("меж", [.instrumental, .genitive]),
            ("при", [.prepositional]),
            ("через", [.accusative]), ("про", [.accusative]), ("сквозь", [.accusative]), ("включая", [.accusative]),
            ("согласно", [.dative]), ("благодаря", [.dative]), ("вопреки", [.dative]), ("навстречу", [.dative]),
            ("подобно", [.dative]),
        ] + [
            "от", "ото", "из", "изо", "до", "без", "безо", "для", "у", "около", "после", "вокруг", "среди", "из-за",
            "из-под", "кроме", "против", "вместо", "мимо", "возле", "внутри", "вне", "вдоль", "посреди", "близ",
            "ради", "насчет", "относительно", "путем", "помимо", "накануне", "напротив", "позади", "сверх", "свыше",
            "посредством", "вследствие", "ввиду", "вроде", "из-за", "изнутри", "поверх", "поперек", "прежде",
            "сзади", "спустя",
        ].map { ($0, gent) }
        var table: [InlineCodes: GrammemeSet] = [:]
        for (word, cases) in entries {
            var codes = InlineCodes()
            for scalar in word.unicodeScalars { codes.append(Alphabet.code(of: scalar.value)!) }
            table[codes] = cases
        }
        return table
    }()

    /// The cases governed by the preposition written `codes` (folded), or nil.
    static func cases(of codes: InlineCodes) -> GrammemeSet? { table[codes] }

    /// The cases governed by the preposition in the UTF-8 `text` (any case, ё or е), or nil.
    static func cases(of text: UnsafeBufferPointer<UInt8>) -> GrammemeSet? {
        guard let word = WordCodes(utf8: text) else { return nil }
        var folded = InlineCodes()
        for i in 0..<word.count { folded.append(Alphabet.fold(word.codes[i])) }
        return table[folded]
    }
}
