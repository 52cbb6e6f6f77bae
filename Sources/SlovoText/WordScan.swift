/// Scans one segment of letters and digits for ``WordSegmentScanner``: UAX #29 WB5–WB12 as
/// ICU 72 applies them to the characters of ``FastCharClass`` (letters and digits stay
/// together; one MidLetter, MidNumLet or Single_Quote between letters, or one MidNum,
/// MidNumLet or Single_Quote between digits, joins them), and the case and script of its
/// letters. A pure function of the bytes, so that the scanner keeps its state in registers.
enum WordScan {
    /// What a scan found.
    struct Result {
        /// Where the segment ends (when `unknownAt` is negative).
        var end: Int
        /// The offset of a character the scan cannot decide around (it may join or attach),
        /// or -1. At the segment's start: the character is no known letter at all.
        var unknownAt: Int
        /// The last letter or digit was a letter: ICU's status 200, else 100.
        var endsInLetter: Bool
        /// A '.' was joined inside ("т.д", "3.5").
        var hasDot: Bool
        /// A '@' is inside (ICU counts it as a letter).
        var hasAt: Bool
        /// Case and script of the letters, as ``TokenShape`` gives them.
        var shape: TokenFlags
    }

    /// Scans the segment that starts at `s` with a letter or digit (or a Cyrillic lead byte).
    /// O(segment length).
    @inline(__always)
    static func scan(_ p: UnsafePointer<UInt8>, from s: Int, to end: Int, table: UnsafePointer<UInt8>) -> Result {
        var letters = 0  // all-caps: at least two letters, none lower case
        var anyLower = false
        var scripts: UInt8 = 0  // 1 Cyrillic, 2 Latin: the raw value of Script
        var capitalized = false
        var sawLetter = false
        var last = FastCharClass.unknown
        var hasDot = false
        var hasAt = false
        var j = s
        scanning: while j < end {
            let b = p[j]
            var c: UInt8
            var len = 1
            if b & 0xFE == 0xD0 {
                let (k, runHasLower) = cyrillicRun(p, from: j, to: end)
                guard k > j else { return unknown(at: j) }  // U+0460 on, or malformed
                if !sawLetter {
                    sawLetter = true
                    capitalized = b == 0xD0 && p[j + 1] < 0xB0
                }
                letters &+= (k &- j) >> 1
                anyLower = anyLower || runHasLower
                scripts |= 1
                last = FastCharClass.letter
                j = k
                continue
            } else if b < 0x80 {
                c = table[Int(b)]
                let k = c & FastCharClass.classMask
                if k == FastCharClass.letter {
                    if c & FastCharClass.notAlphabetic != 0 {
                        hasAt = true  // '@': a letter for ICU, none for the shape
                        last = FastCharClass.letter
                        j &+= 1
                        continue
                    }
                    let (e, runHasLower) = asciiLetterRun(p, from: j, to: end)
                    if !sawLetter {
                        sawLetter = true
                        capitalized = b < 0x5B
                    }
                    letters &+= e &- j
                    anyLower = anyLower || runHasLower
                    scripts |= 2
                    last = FastCharClass.letter
                    j = e
                    continue
                }
                if k == FastCharClass.digit {
                    j &+= 1
                    while j < end && p[j] &- UInt8(ascii: "0") < 10 { j &+= 1 }
                    last = FastCharClass.digit
                    continue
                }
            } else {
                (c, len) = FastCharClass.nonASCII(p, j, end)
                if c & FastCharClass.classMask == FastCharClass.letter {  // Latin-1
                    let isUpper = c & FastCharClass.upper != 0
                    if !sawLetter {
                        sawLetter = true
                        capitalized = isUpper
                    }
                    letters &+= 1
                    anyLower = anyLower || !isUpper
                    scripts |= 2
                    last = FastCharClass.letter
                    j &+= len
                    continue
                }
            }
            let k = c & FastCharClass.classMask
            if k == FastCharClass.unknown { return unknown(at: j) }
            guard k >= FastCharClass.midLetter, j > s else { break scanning }  // space, line ends, other
            // A Mid character joins only when the same kind follows (WB6/7, WB11/12).
            let joins = last == FastCharClass.letter ? k != FastCharClass.midNum
                                                     : last == FastCharClass.digit && k != FastCharClass.midLetter
            let after = j &+ len
            guard joins, after < end else { break scanning }
            let b2 = p[after]
            let c2 = b2 < 0x80 ? table[Int(b2)] : FastCharClass.nonASCII(p, after, end).0
            let k2 = c2 & FastCharClass.classMask
            if k2 == FastCharClass.unknown { return unknown(at: after) }
            guard k2 == last else { break scanning }
            if b == UInt8(ascii: ".") { hasDot = true }
            j = after  // the letter or digit after it is read next
        }
        var flags = TokenFlags(rawValue: scripts << TokenFlags.scriptShift)
        if capitalized { flags.insert(.capitalized) }
        if letters >= 2 && !anyLower { flags.insert(.allCaps) }
        return Result(end: j, unknownAt: -1, endsInLetter: last == FastCharClass.letter, hasDot: hasDot,
                      hasAt: hasAt, shape: flags)
    }

    /// The shape of a word made of `letters` Cyrillic letters (U+0400–U+045F) from `start`, as
    /// ``scan(_:from:to:table:)`` gives it.
    @inline(__always)
    static func cyrillicShape(_ p: UnsafePointer<UInt8>, _ start: Int, letters: Int, hasLower: Bool) -> TokenFlags {
        // Arithmetic, not branches: whether a word is capitalized is unpredictable.
        // The first letter is upper case (U+0400–U+042F) when its lead byte is D0 (bit 0 clear)
        // and its continuation byte is not B0–BF (bits 4 and 5 not both set).
        let lead = p[start], continuation = p[start + 1]
        let capitalized = ~(lead | (continuation >> 5) & (continuation >> 4)) & 1
        let allCaps = (letters >= 2 ? 1 : 0) & (hasLower ? 0 : 1) as UInt8
        return TokenFlags(rawValue: Script.cyrillic.rawValue << TokenFlags.scriptShift
            | capitalized &* TokenFlags.capitalized.rawValue | allCaps &* TokenFlags.allCaps.rawValue)
    }

    @inline(__always)
    private static func unknown(at offset: Int) -> Result {
        Result(end: offset, unknownAt: offset, endsInLetter: false, hasDot: false, hasAt: false, shape: [])
    }

    /// The end of the run of Cyrillic letters U+0400–U+045F that starts at `j`, and whether one
    /// of them is lower case (U+0430 on). Eight bytes at a time: four lead bytes D0/D1 with
    /// continuation bytes, lead D1 with a continuation byte from A0 (U+0460 on) not allowed;
    /// the first lane that fails ends the run, without a branch per letter.
    @inline(__always)
    static func cyrillicRun(_ p: UnsafePointer<UInt8>, from j: Int, to end: Int) -> (end: Int, hasLower: Bool) {
        var k = j
        var lowerBits: UInt64 = 0
        // Sixteen bytes (eight letters: most words) without a data-dependent branch.
        while k &+ 16 <= end {
            let w0 = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
            let w1 = UInt64(littleEndian: UnsafeRawPointer(p + k + 8).loadUnaligned(as: UInt64.self))
            let bad0 = (w0 & 0xC0FE_C0FE_C0FE_C0FE) ^ 0x80D0_80D0_80D0_80D0 | (w0 << 13) & w0 & 0x2000_2000_2000_2000
            let bad1 = (w1 & 0xC0FE_C0FE_C0FE_C0FE) ^ 0x80D0_80D0_80D0_80D0 | (w1 << 13) & w1 & 0x2000_2000_2000_2000
            let lower0 = ((w0 >> 1) & w0 | (w0 << 12)) & 0x1000_1000_1000_1000
            let lower1 = ((w1 >> 1) & w1 | (w1 << 12)) & 0x1000_1000_1000_1000
            // Letters before the first bad lane: trailingZeroBitCount is 64 for zero, so t0 is
            // 4 when the first eight bytes are all letters, and t1 then counts on.
            let t0 = bad0.trailingZeroBitCount &>> 4, t1 = bad1.trailingZeroBitCount &>> 4
            let lanes = t0 &+ (t0 &>> 2) &* t1
            if lanes == 8 {
                lowerBits |= lower0 | lower1
                k &+= 16
                continue
            }
            // Masks of the first t0 lanes of w0 and of the first (lanes - t0) lanes of w1; two
            // shifts so that four lanes (64 bits) need no special case.
            let shift0 = UInt64(t0 &* 8), shift1 = UInt64((lanes &- t0) &* 8)
            let mask0 = ~((UInt64.max &<< shift0) &<< shift0), mask1 = ~((UInt64.max &<< shift1) &<< shift1)
            return (k &+ lanes &* 2, lowerBits | lower0 & mask0 | lower1 & mask1 != 0)
        }
        while k &+ 8 <= end {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
            let bad = (w & 0xC0FE_C0FE_C0FE_C0FE) ^ 0x80D0_80D0_80D0_80D0
                | (w << 13) & w & 0x2000_2000_2000_2000
            // Lower case: lead D1, or a continuation byte B0–BF (bits 4 and 5) after D0.
            let lower = ((w >> 1) & w | (w << 12)) & 0x1000_1000_1000_1000
            if bad == 0 {
                lowerBits |= lower
                k &+= 8
                continue
            }
            let lanes = bad.trailingZeroBitCount >> 4  // letters before the first bad lane: 0...3
            let mask: UInt64 = (1 << UInt64(lanes << 4)) &- 1
            return (k &+ lanes << 1, lowerBits | lower & mask != 0)
        }
        var hasLower = lowerBits != 0
        while k &+ 1 < end {
            let b0 = p[k], b1 = p[k &+ 1]
            let offset = Int(b0 & 1) << 6 | Int(b1 & 0x3F)  // code point - 0x400
            guard b0 & 0xFE == 0xD0, b1 & 0xC0 == 0x80, offset < 0x60 else { break }
            hasLower = hasLower || offset >= 0x30
            k &+= 2
        }
        return (k, hasLower)
    }

    /// The end of the run of ASCII letters that starts at `j`, and whether one is lower case.
    @inline(__always)
    static func asciiLetterRun(_ p: UnsafePointer<UInt8>, from j: Int, to end: Int) -> (end: Int, hasLower: Bool) {
        var k = j
        var lowerBits: UInt8 = 0
        while k < end {
            let b = p[k]
            guard (b | 0x20) &- UInt8(ascii: "a") < 26 else { break }
            lowerBits |= b
            k &+= 1
        }
        return (k, lowerBits & 0x20 != 0)
    }
}
