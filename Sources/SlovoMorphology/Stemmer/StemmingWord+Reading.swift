extension StemmingWord {
    /// Stems one word of UTF-8 bytes and returns the stem's length in bytes.
    ///
    /// One forward pass decodes the characters into `ring` (``RussianLetters`` codes) and marks
    /// RV and R2 on the way; then the steps run on the codes. Only Cyrillic letters (two bytes
    /// each, in either case, ё included) are ever removed, so the stem's length in bytes is the
    /// word's length minus two per removed letter. O(n) in the word's length; allocates nothing.
    ///
    /// - Parameters:
    ///   - ring: ``windowSize`` bytes of scratch memory.
    ///   - folded: nil, or room for `bytes.count` bytes: the pass then also writes the word
    ///     there with ASCII and Russian letters lower-cased and ё as е (the stem is its prefix).
    @inline(__always)
    static func stemByteCount(_ bytes: UnsafeBufferPointer<UInt8>, ring: UnsafeMutablePointer<UInt8>,
                              folded: UnsafeMutablePointer<UInt8>? = nil) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var index = 0
        var characters = 0
        var rv = -1
        var r2 = -1
        // Snowball's mark_regions: RV starts after the first vowel; R2 after a vowel followed by
        // a non-vowel, twice over (R1 ends at the first such pair).
        var regionState = 0
        while index < count {
            let lead = base[index]
            var code = RussianLetters.other
            if lead < 0x80 {
                folded?[index] = lead &- 0x41 < 26 ? lead | 0x20 : lead
                index &+= 1
            } else if (lead == 0xD0 || lead == 0xD1) && index + 1 < count {
                let trail = base[index &+ 1]
                code = RussianLetters.code(lead: lead, trail: trail)
                if let folded {
                    if code == RussianLetters.other {
                        folded[index] = lead
                        folded[index &+ 1] = trail
                    } else {
                        RussianLetters.writeLowercase(code, to: folded + index)
                    }
                }
                index &+= 2
            } else {
                let end = min(count, index &+ sequenceLength(lead))
                if let folded {
                    for k in index..<end { folded[k] = base[k] }
                }
                index = end
            }
            ring[characters & windowMask] = code
            let vowel = RussianLetters.isVowel(code)
            switch regionState {
            case 0: if vowel { rv = characters + 1; regionState = 1 }
            case 1: if !vowel { regionState = 2 }
            case 2: if vowel { regionState = 3 }
            case 3: if !vowel { r2 = characters + 1; regionState = 4 }
            default: break
            }
            characters &+= 1
        }
        // Nothing can be removed when RV is empty (no vowel, or the only vowel is last).
        guard rv >= 0 && rv < characters else { return count }
        var word = StemmingWord(codes: ring, end: characters, rv: rv, r2: r2 >= 0 ? r2 : characters)
        word.applySteps()
        return count - 2 * (characters - word.end)
    }

    /// Bytes in the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
