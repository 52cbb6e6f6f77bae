/// Case and script of a token, computed once per token when tokenizing.
enum TokenShape {
    static func flags(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> TokenFlags {
        var flags = token.flags
        var i = Int(token.start)
        let end = Int(token.end)
        var sawLetter = false
        var upper = 0
        var lower = 0
        var cyrillic = false
        var latin = false
        var other = false
        while i < end {
            let (c, len) = UTF8Scanning.decode(bytes, at: i)
            i += len
            if CharClass.isCyrillicLetter(c) {
                cyrillic = true
            } else if CharClass.isLatinLetter(c) {
                latin = true
            } else if c >= 0x80 && CharClass.isLetter(c) {
                other = true
            } else {
                continue
            }
            if CharClass.isUppercase(c) {
                if !sawLetter { flags.insert(.capitalized) }
                upper += 1
            } else {
                lower += 1
            }
            sawLetter = true
        }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        let script: Script
        switch (cyrillic, latin, other) {
        case (false, false, false): script = .none
        case (true, false, false): script = .cyrillic
        case (false, true, false): script = .latin
        case (false, false, true): script = .other
        default: script = .mixed
        }
        return flags.with(script: script)
    }
}
