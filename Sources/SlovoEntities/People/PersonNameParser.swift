import SlovoMorphology
import SlovoText

/// Splits a person mention into first name, patronymic, surname and initials, in any order
/// and case ("Алексея Петровича Логанцова", "Логанцов А. П.", "Леонтьева Наталья"), tells the
/// gender from the first name, the patronymic or the surname's form, and puts each part in the
/// nominative keeping the gender ("Леонтьевой" -> "Леонтьева" for a woman).
struct PersonNameParser {
    let lexicon: Lexicon
    let normalizer: PhraseNormalizer

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        normalizer = PhraseNormalizer(lexicon: lexicon)
    }

    enum Role { case first, middle, last, initial, unknown }

    /// The name of a mention whose word texts are `words` (in text order), given every analysis
    /// of each word (`lexicon.analyses(of:)`, empty for an empty word); `chosen` holds the
    /// analyses chosen in context for the same words, and `initials` marks initials ("А.").
    func parse(words: [String], analyses: [[WordAnalysis]], chosen: [WordAnalysis?], initials: [Bool]) -> PersonName {
        guard !words.isEmpty else { return PersonName() }
        let gender = self.gender(analyses, chosen: chosen, initials: initials)
        let normalized = normalizer.normalize(words, analyses: analyses,
                                              gender: gender.map { $0 == .male ? .masculine : .feminine })
        var roles = [Role](repeating: .unknown, count: words.count)
        for i in words.indices where initials[i] { roles[i] = .initial }
        func has(_ i: Int, _ test: (MorphTag) -> Bool) -> Bool { analyses[i].contains { test($0.tag) } }
        // Patronymics, then first names, then surnames; the rest fill what is left.
        if let m = words.indices.first(where: { roles[$0] == .unknown && has($0, { $0.isPatronymic }) && !has($0, { $0.isFirstName }) }) {
            roles[m] = .middle
        }
        if let f = words.indices.first(where: { roles[$0] == .unknown && has($0, { $0.isFirstName }) && !(has($0, { $0.isSurname }) && chosenIsSurname(chosen[$0])) }) {
            roles[f] = .first
        }
        if let l = words.indices.last(where: { roles[$0] == .unknown && has($0, { $0.isSurname }) }) {
            roles[l] = .last
        }
        // Words the lexicon does not tag: the last unknown word is the surname, an unknown word
        // before it the first name ("Виторио Сандали").
        if !roles.contains(.last), let l = words.indices.last(where: { roles[$0] == .unknown }) { roles[l] = .last }
        if !roles.contains(.first), let f = words.indices.first(where: { roles[$0] == .unknown }) { roles[f] = .first }
        var name = PersonName(gender: gender)
        var initialParts: [String] = []
        var extra: [String] = []
        for i in words.indices {
            let part = normalized[i]
            switch roles[i] {
            case .first: name.first = part
            case .middle: name.middle = part
            case .last: name.last = part
            case .initial: initialParts.append(words[i])
            case .unknown: extra.append(part)
            }
        }
        if name.first == nil, !initialParts.isEmpty { name.first = initialParts.removeFirst() }
        if name.middle == nil, !initialParts.isEmpty { name.middle = initialParts.removeFirst() }
        // Several unknown words ("Ким Чен Ын", "Жан-Мари Ле Пен"): keep them with the surname.
        if !extra.isEmpty { name.last = (extra + [name.last].compactMap { $0 }).joined(separator: " ") }
        return name
    }

    /// The one gender that the first-name and patronymic readings in `list` agree on, or nil
    /// when they have none or several (a word's `Set` of genders, without building it).
    func onlyGender(_ list: [WordAnalysis], _ fromTag: (MorphTag) -> PersonName.Gender?) -> PersonName.Gender? {
        var found: PersonName.Gender?
        for a in list where a.tag.isFirstName || a.tag.isPatronymic {
            guard let g = fromTag(a.tag) else { continue }
            if let f = found, f != g { return nil }
            found = g
        }
        return found
    }

    func chosenIsSurname(_ a: WordAnalysis?) -> Bool { a?.tag.isSurname == true && a?.tag.isFirstName == false }

    /// The gender: from a first name or patronymic chosen in context, else from the surname's
    /// chosen form, else from the first name's dictionary gender.
    func gender(_ analyses: [[WordAnalysis]], chosen: [WordAnalysis?], initials: [Bool]) -> PersonName.Gender? {
        func fromTag(_ tag: MorphTag) -> PersonName.Gender? {
            switch tag.gender {
            case .masculine: return .male
            case .feminine: return .female
            default: return nil
            }
        }
        for (i, a) in chosen.enumerated() where !initials[i] {
            if let a, a.tag.isFirstName || a.tag.isPatronymic, let g = fromTag(a.tag) { return g }
        }
        for (i, list) in analyses.enumerated() where !initials[i] {
            if let g = onlyGender(list, fromTag) { return g }
        }
        for (i, a) in chosen.enumerated() where !initials[i] {
            if let a, a.tag.isSurname, let g = fromTag(a.tag) { return g }
        }
        return nil
    }
}
