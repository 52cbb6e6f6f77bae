import CSlovoICU

/// The fast path of word segmentation: walks the UTF-8 bytes of one chunk and cuts plain
/// Cyrillic, Latin, digit, space and punctuation runs exactly where ICU's word-break iterator
/// would, with ICU's rule statuses; every stretch it is not sure of goes to ICU.
///
/// How it stays ICU's segmentation: a segment is emitted only when its end was decided from
/// characters of ``FastCharClass`` alone (UAX #29 as ICU 72 applies it: WB5–WB12 for letters,
/// digits and the Mid classes, WB3d for spaces, single "other" characters). When a decision
/// needs an unknown character (a combining mark that would attach, a letter of another script
/// that would join, `_`...), the scanner backs up to the start of the current segment, which
/// is a certain boundary, and hands ICU the region up to the next certain boundary
/// (``FastCharClass/isCertainBreak(_:_:)``). ICU's result over a region bounded by two real
/// boundaries equals its result over the whole text there, since ICU decides each boundary
/// from the previous one forwards.
///
/// O(n) in the chunk: every byte is classified at most twice (again when a region goes to
/// ICU), and ICU sees each byte of a region once.
struct WordSegmentScanner {
    private let p: UnsafePointer<UInt8>
    private let end: Int
    private let table: UnsafePointer<UInt8>
    private let scratch: SegmentScratch
    private let out: UnsafeMutablePointer<ScannedSegment>
    private let anchors: UnsafeMutablePointer<Int32>
    /// Whether white-space segments are written out (the tokenizer drops them anyway).
    private let keepsBlanks: Bool
    private var n = 0
    private var anchorCount = 0
    /// Everything before this offset is final: it ends at a certain boundary.
    private var finalEnd: Int
    /// Where the last segment (written out or not) starts.
    private var lastStart: Int

    /// The longest region handed to ICU at once (its UTF-16 copy stays small).
    static let maxICURegion = 256 * 1024
    /// How much of a piece before its cut is segmented again with the next piece.
    static let icuLookaheadMargin = 4 * 1024

    /// Segments `p[start..<end]`, which must begin and end at certain word boundaries, into
    /// `scratch` (its segments and the anchors of web and e-mail addresses: '.', ':', '@').
    /// White-space segments are left out unless `keepsBlanks`.
    static func scan(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int, into scratch: SegmentScratch,
                     keepsBlanks: Bool) {
        scratch.reset(forChunkOf: end - start)
        var scanner = WordSegmentScanner(p: p, start: start, end: end, scratch: scratch, keepsBlanks: keepsBlanks)
        scanner.run(from: start)
        scratch.segmentCount = scanner.n
        scratch.anchorCount = scanner.anchorCount
    }

    private init(p: UnsafePointer<UInt8>, start: Int, end: Int, scratch: SegmentScratch, keepsBlanks: Bool) {
        self.p = p
        self.end = end
        self.table = FastCharClass.asciiTable
        self.scratch = scratch
        self.out = scratch.segments
        self.anchors = scratch.anchors
        self.keepsBlanks = keepsBlanks
        self.finalEnd = start
        self.lastStart = start
    }

    // MARK: - Main loop

    private mutating func run(from start: Int) {
        var i = start
        while i < end {
            let b = p[i]
            if b & 0xFE == 0xD0 || b < 0x80 && table[Int(b)] & FastCharClass.classMask <= FastCharClass.digit
                && table[Int(b)] != FastCharClass.unknown {
                i = word(from: i)
                continue
            }
            let (c, length) = b < 0x80 ? (table[Int(b)], 1) : FastCharClass.nonASCII(p, i, end)
            switch c & FastCharClass.classMask {
            case FastCharClass.letter, FastCharClass.digit:
                i = word(from: i)
            case FastCharClass.space:
                var j = i + 1
                while j < end && p[j] == 0x20 { j += 1 }
                emitBlank(i, j)
                i = j
            case FastCharClass.lineFeed, FastCharClass.newline:
                emitBlank(i, i + length)
                i += length
            case FastCharClass.carriageReturn:
                let j = i + 1 < end && p[i + 1] == 0x0A ? i + 2 : i + 1
                emitBlank(i, j)
                i = j
            case FastCharClass.unknown:
                i = unknownCharacter(at: i)
            default:
                // "Other" and lone Mid characters: one segment each, status 0.
                if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") { addAnchor(i) }
                let hint = Self.hint(c)
                if hint == .blank { emitBlank(i, i + length) } else { emit(i, i + length, 0, hint) }
                i += length
            }
        }
    }

    /// An unknown character at `i` starts no segment of its own: whether it attaches to the
    /// segment before (Extend, Format, ZWJ, another WSegSpace) is for ICU to say, so the last
    /// segment is taken back and ICU segments from its start.
    private mutating func unknownCharacter(at i: Int) -> Int {
        var regionStart = i
        if lastStart >= finalEnd && lastStart < i {
            regionStart = lastStart
            while n > 0 && Int(out[n - 1].start) >= regionStart { n -= 1 }
        }
        return handToICU(from: regionStart, unknownAt: i)
    }

    // MARK: - Letters and digits

    /// Scans the segment of letters and digits that starts at `s` (UAX #29 WB5–WB12: letters
    /// and digits stay together, and one MidLetter/MidNumLet/Single_Quote between letters or
    /// MidNum/MidNumLet/Single_Quote between digits joins them). Returns where scanning goes on.
    private mutating func word(from s: Int) -> Int {
        var shape = ShapeAccumulator()
        var last = FastCharClass.unknown  // the class of the last letter or digit
        var hasDot = false
        var j = s
        while j < end {
            let b = p[j]
            // Runs of Cyrillic letters U+0400–U+045F.
            if b & 0xFE == 0xD0 {
                let (k, upper) = cyrillicRun(from: j)
                if k > j {
                    shape.addCyrillic(count: (k &- j) >> 1, upper: upper, firstIsUpper: b == 0xD0 && p[j + 1] < 0xB0)
                    last = FastCharClass.letter
                    j = k
                    continue
                }
            }
            if b < 0x80 && table[Int(b)] & (FastCharClass.classMask | FastCharClass.notAlphabetic) == FastCharClass.letter {
                let (k, upper) = asciiLetterRun(from: j)
                shape.addLatin(count: k &- j, upper: upper, firstIsUpper: b < 0x5B)
                last = FastCharClass.letter
                j = k
                continue
            }
            let (c, len) = b < 0x80 ? (table[Int(b)], 1) : FastCharClass.nonASCII(p, j, end)
            let k = c & FastCharClass.classMask
            if k == FastCharClass.letter {
                if c & FastCharClass.notAlphabetic != 0 { addAnchor(j) }  // '@'
                shape.add(c)
                last = k
                j += len
                continue
            }
            if k == FastCharClass.digit {
                last = k
                j += 1
                while j < end && p[j] &- UInt8(ascii: "0") < 10 { j += 1 }
                continue
            }
            if k == FastCharClass.unknown {
                // At the start (a Cyrillic lead byte of an unknown letter) it is no word at all.
                return j == s ? unknownCharacter(at: s) : handToICU(from: s, unknownAt: j)
            }
            guard k >= FastCharClass.midLetter, j > s else { break }  // space, line ends, other
            // A Mid character: it joins only when the same kind follows (WB6/7, WB11/12).
            let joinsLetters = last == FastCharClass.letter && k != FastCharClass.midNum
            let joinsDigits = last == FastCharClass.digit && k != FastCharClass.midLetter
            guard joinsLetters || joinsDigits else { break }
            let after = j + len
            guard after < end else { break }
            let b2 = p[after]
            let c2 = b2 < 0x80 ? table[Int(b2)] : FastCharClass.nonASCII(p, after, end).0
            let k2 = c2 & FastCharClass.classMask
            if k2 == FastCharClass.unknown { return handToICU(from: s, unknownAt: after) }
            guard k2 == last else { break }
            if b == UInt8(ascii: ".") {
                hasDot = true
                addAnchor(j)
            }
            j = after  // the letter or digit after it is read next
        }
        lastStart = s
        if last == FastCharClass.letter {
            emit(s, j, 200, hasDot ? .dottedWord : .word, shape.flags)
        } else {
            emit(s, j, 100, .number, shape.flags)
        }
        return j
    }

    /// The end of the run of Cyrillic letters U+0400–U+045F that starts at `j`, and how many
    /// of them are upper case (U+0400–U+042F). Four letters at a time while it can.
    @inline(__always)
    private func cyrillicRun(from j: Int) -> (end: Int, upper: Int) {
        var k = j
        var upper = 0
        // Eight bytes: four lead bytes D0/D1 with continuation bytes, none of them U+0460 or
        // above (lead D1 with bit 5 set in the continuation byte).
        while k &+ 8 <= end {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
            guard w & 0xC0FE_C0FE_C0FE_C0FE == 0x80D0_80D0_80D0_80D0,
                  (w << 13) & w & 0x2000_2000_2000_2000 == 0 else { break }
            // Lower case: lead D1, or a continuation byte B0–BF (bits 4 and 5) after D0.
            let lower = ((w >> 1) & w | (w << 12)) & 0x1000_1000_1000_1000
            upper &+= 4 &- lower.nonzeroBitCount
            k &+= 8
        }
        while k &+ 1 < end {
            let b0 = p[k], b1 = p[k &+ 1]
            let offset = Int(b0 & 1) << 6 | Int(b1 & 0x3F)  // code point - 0x400
            guard b0 & 0xFE == 0xD0, b1 & 0xC0 == 0x80, offset < 0x60 else { break }
            upper &+= offset < 0x30 ? 1 : 0
            k &+= 2
        }
        return (k, upper)
    }

    /// The end of the run of ASCII letters that starts at `j`, and how many are upper case.
    @inline(__always)
    private func asciiLetterRun(from j: Int) -> (end: Int, upper: Int) {
        var k = j
        var upper = 0
        while k < end {
            let b = p[k]
            let lowered = b | 0x20
            guard lowered &- UInt8(ascii: "a") < 26 else { break }
            upper &+= b < 0x5B ? 1 : 0
            k &+= 1
        }
        return (k, upper)
    }

    // MARK: - ICU

    /// Hands `p[regionStart...]` to ICU up to the first certain boundary after the unknown
    /// character at `unknown`; returns that boundary. `regionStart` must be a certain boundary.
    private mutating func handToICU(from regionStart: Int, unknownAt unknown: Int) -> Int {
        var previous = FastCharClass.unknown
        var j = unknown
        while j < end {
            let b = p[j]
            let (c, len) = b < 0x80 ? (table[Int(b)], 1) : FastCharClass.nonASCII(p, j, end)
            if FastCharClass.isCertainBreak(previous, c) { break }
            previous = c
            j += len
        }
        let regionEnd = min(j, end)
        // Anchors are collected again over the whole region.
        while anchorCount > 0 && Int(anchors[anchorCount - 1]) >= regionStart { anchorCount -= 1 }
        for k in regionStart..<regionEnd {
            let b = p[k]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "@") { addAnchor(k) }
        }
        icuSegments(from: regionStart, to: regionEnd)
        finalEnd = regionEnd
        lastStart = regionEnd
        return regionEnd
    }

    /// ICU's segments of `p[start..<end]`, a region between two certain boundaries.
    ///
    /// A region longer than ``maxICURegion`` is segmented in pieces: of each piece, only the
    /// segments that end at least ``icuLookaheadMargin`` bytes before the cut, and not among
    /// the last two, are kept; the rest is segmented again with the next piece (ICU's word
    /// rules look ahead a Mid character and its marks, far less than the margin). A piece
    /// that keeps nothing (one giant segment) is retried twice as long.
    private mutating func icuSegments(from regionStart: Int, to regionEnd: Int) {
        var start = regionStart
        var pieceLimit = Self.maxICURegion
        let icu = scratch.icuSegments
        while start < regionEnd {
            var stop = regionEnd
            if regionEnd - start > pieceLimit {
                stop = start + pieceLimit
                while stop > start + 1 && p[stop] & 0xC0 == 0x80 { stop -= 1 }
            }
            let count = Int(slovo_word_segments(p + start, Int32(stop - start), icu, Int32(scratch.capacity)))
            if count <= 0 {
                // ICU failed (out of memory): one unclassified segment.
                emit(start, stop, 0, .unclassified)
                start = stop
                continue
            }
            var keep = count
            if stop < regionEnd {
                keep = max(0, count - 2)
                while keep > 0 && Int(icu[keep - 1].end) > stop - start - Self.icuLookaheadMargin { keep -= 1 }
                if keep == 0 {
                    pieceLimit *= 2
                    continue
                }
            }
            for k in 0..<keep {
                let s = icu[k]
                emit(start + Int(s.start), start + Int(s.end), Int16(clamping: s.ruleStatus), .unclassified)
            }
            start += Int(icu[keep - 1].end)
            pieceLimit = Self.maxICURegion
        }
    }

    // MARK: - Output

    /// A white-space segment: remembered, written out only when blanks are kept.
    @inline(__always)
    private mutating func emitBlank(_ start: Int, _ end: Int) {
        lastStart = start
        if keepsBlanks { emit(start, end, 0, .blank) }
    }

    @inline(__always)
    private mutating func emit(_ start: Int, _ end: Int, _ status: Int16, _ hint: SegmentHint,
                               _ shape: TokenFlags = []) {
        lastStart = start
        out[n] = ScannedSegment(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                ruleStatus: status, hint: hint, shape: shape)
        n += 1
    }

    @inline(__always)
    private mutating func addAnchor(_ i: Int) {
        anchors[anchorCount] = Int32(truncatingIfNeeded: i)
        anchorCount += 1
    }

    /// The token a lone "other" or Mid character becomes.
    @inline(__always)
    private static func hint(_ c: UInt8) -> SegmentHint {
        switch c & FastCharClass.tokenMask {
        case FastCharClass.punctuation: return .punctuation
        case FastCharClass.symbol: return .symbol
        default: return .blank
        }
    }
}

/// Case and script of the letters of a segment, gathered while scanning it; gives the same
/// flags as ``TokenShape`` does for the letters the fast path knows.
struct ShapeAccumulator {
    private var upper = 0
    private var lower = 0
    private var scripts: UInt8 = 0  // 1 Cyrillic, 2 Latin
    private var capitalized = false

    /// Adds a run of `count` Cyrillic letters, `upper` of them upper-case.
    @inline(__always)
    mutating func addCyrillic(count: Int, upper runUpper: Int, firstIsUpper: Bool) {
        if upper == 0 && lower == 0 { capitalized = firstIsUpper }
        upper += runUpper
        lower += count - runUpper
        scripts |= 1
    }

    /// Adds a run of `count` ASCII letters, `upper` of them upper-case.
    @inline(__always)
    mutating func addLatin(count: Int, upper runUpper: Int, firstIsUpper: Bool) {
        if upper == 0 && lower == 0 { capitalized = firstIsUpper }
        upper += runUpper
        lower += count - runUpper
        scripts |= 2
    }

    @inline(__always)
    mutating func add(_ c: UInt8) {
        if c & FastCharClass.notAlphabetic != 0 { return }
        let isUpper = c & FastCharClass.upper != 0
        if upper == 0 && lower == 0 { capitalized = isUpper }
        if isUpper { upper += 1 } else { lower += 1 }
        scripts |= c & FastCharClass.latin != 0 ? 2 : 1
    }

    var flags: TokenFlags {
        var flags: TokenFlags = []
        if capitalized { flags.insert(.capitalized) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        let script: Script
        switch scripts {
        case 1: script = .cyrillic
        case 2: script = .latin
        case 3: script = .mixed
        default: script = .none
        }
        return flags.with(script: script)
    }
}
