/// The fast path of word segmentation: walks the UTF-8 bytes of one chunk and cuts plain
/// Cyrillic, Latin, digit, space and punctuation runs exactly where ICU's word-break iterator
/// would, with ICU's rule statuses; every stretch it is not sure of goes to ICU.
///
/// How it stays ICU's segmentation: a segment is given out only when its end was decided from
/// characters of ``FastCharClass`` alone (UAX #29 as ICU 72 applies it: WB5–WB12 for letters,
/// digits and the Mid classes in ``WordScan``, WB3d for spaces, single "other" characters).
/// When a decision needs an unknown character (a combining mark that would attach, a letter of
/// another script that would join, `_`...), the scanner backs up to the start of the current
/// segment, which is a certain boundary, and hands ICU the region up to the next certain
/// boundary (``FastCharClass/isCertainBreak(_:_:)``). ICU's result over a region bounded by two
/// real boundaries equals its result over the whole text there, since ICU decides each
/// boundary from the previous one forwards.
///
/// O(n) in the chunk: every byte is classified a bounded number of times (the fast lane, the
/// general word scan, the search for the end of an ICU region), and ICU sees each byte of a
/// region once. The ICU path is in `WordSegmentScanner+ICU.swift`.
struct WordSegmentScanner<Consumer: SegmentConsumer> {
    let p: UnsafePointer<UInt8>
    let end: Int
    let table: UnsafePointer<UInt8>
    let scratch: SegmentScratch
    /// Everything before this offset is final: it ends at a certain boundary.
    var finalEnd: Int
    /// Where the last segment (white space included) starts.
    var lastStart: Int

    /// Segments `p[start..<end]`, which must begin and end at certain word boundaries, giving
    /// every segment and anchor to `consumer`; `scratch` holds ICU's output for a region.
    static func scan(_ p: UnsafePointer<UInt8>, from start: Int, to end: Int, scratch: SegmentScratch,
                     into consumer: inout Consumer) {
        var scanner = WordSegmentScanner(p: p, start: start, end: end, scratch: scratch)
        scanner.run(from: start, &consumer)
    }

    private init(p: UnsafePointer<UInt8>, start: Int, end: Int, scratch: SegmentScratch) {
        self.p = p
        self.end = end
        self.table = FastCharClass.asciiTable
        self.scratch = scratch
        self.finalEnd = start
        self.lastStart = start
    }

    // MARK: - Main loop

    /// The loop keeps its state in locals (registers) and writes it back to `self` only around
    /// the rare calls into the ICU path.
    private mutating func run(from start: Int, _ consumer: inout Consumer) {
        let p = self.p, end = self.end, table = self.table
        var lastStart = self.lastStart
        var i = start
        while i < end {
            let b = p[i]
            let c: UInt8
            var length = 1
            if b < 0x80 {
                c = table[Int(b)]
            } else if b & 0xFE == 0xD0 {
                c = FastCharClass.letter  // WordScan checks it
            } else {
                (c, length) = FastCharClass.nonASCII(p, i, end)
            }
            switch c & FastCharClass.classMask {
            case FastCharClass.letter, FastCharClass.digit:
                // The fast lane: Cyrillic words one after another, each followed by spaces, a line
                // feed, or one of , . ; : ! ? ) and a space or line feed (most of Russian text). A
                // run of letters U+0400–U+045F ending there is a whole segment: letters join (WB5);
                // a space or line feed breaks; a Mid character before either joins nothing.
                var lane = i
                while b & 0xFE == 0xD0 {
                    let (k, hasLower) = WordScan.cyrillicRun(p, from: lane, to: end)
                    guard k > lane, k &+ 1 < end else { break }
                    let t = p[k]
                    // Computed without short-circuit branches: only the outcome branches.
                    let afterMark = Self.isLanePunctuation(t) & Self.isSpaceOrLineFeed(p[k &+ 1])
                    guard Self.isSpaceOrLineFeed(t) | afterMark != 0 else { break }
                    let punctuationThenSpace = afterMark != 0
                    let word = ScannedSegment(start: Int32(truncatingIfNeeded: lane), end: Int32(truncatingIfNeeded: k),
                                              ruleStatus: 200, hint: .word,
                                              shape: WordScan.cyrillicShape(p, lane, letters: (k &- lane) >> 1,
                                                                            hasLower: hasLower))
                    var blankStart = k
                    if punctuationThenSpace {
                        if t == UInt8(ascii: ".") || t == UInt8(ascii: ":") { consumer.anchor(at: k) }
                        consumer.wordThenMark(word, ScannedSegment(start: Int32(truncatingIfNeeded: k),
                                                                   end: Int32(truncatingIfNeeded: k &+ 1),
                                                                   ruleStatus: 0, hint: .punctuation, shape: []))
                        blankStart = k &+ 1
                    } else {
                        consumer.segment(word, gapAfter: true)
                    }
                    var j = blankStart &+ 1
                    if p[blankStart] == 0x20 {
                        while j < end && p[j] == 0x20 { j &+= 1 }
                    }
                    consumer.blank(start: blankStart, end: j)
                    lastStart = blankStart
                    lane = j
                    guard lane < end && p[lane] & 0xFE == 0xD0 else { break }
                }
                if lane != i {
                    i = lane
                    continue
                }
                let w = WordScan.scan(p, from: i, to: end, table: table)
                if w.unknownAt >= 0 {
                    self.lastStart = lastStart
                    // Unknown at the start: no word at all; inside: the word is undecided.
                    i = w.unknownAt == i ? unknownCharacter(at: i, &consumer)
                                         : handToICU(from: i, unknownAt: w.unknownAt, &consumer)
                    lastStart = self.lastStart
                    continue
                }
                if w.hasDot || w.hasAt {
                    for k in i..<w.end where p[k] == UInt8(ascii: ".") || p[k] == UInt8(ascii: "@") {
                        consumer.anchor(at: k)
                    }
                }
                let hint: SegmentHint
                if !w.endsInLetter {
                    hint = .number
                } else {
                    hint = w.hasDot ? .dottedWord : p[i] == UInt8(ascii: "@") ? .wordAfterAt : .word
                }
                let next = w.end < end ? p[w.end] : 0
                consumer.segment(ScannedSegment(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: w.end),
                                                ruleStatus: w.endsInLetter ? 200 : 100, hint: hint, shape: w.shape),
                                 gapAfter: Self.isASCIISpace(next))
                lastStart = i
                i = w.end
                // The spaces after it, at once.
                if next == 0x20 {
                    var j = i &+ 1
                    while j < end && p[j] == 0x20 { j &+= 1 }
                    consumer.blank(start: i, end: j)
                    lastStart = i
                    i = j
                }
            case FastCharClass.space:
                var j = i &+ 1
                while j < end && p[j] == 0x20 { j &+= 1 }
                consumer.blank(start: i, end: j)
                lastStart = i
                i = j
            case FastCharClass.unknown:
                self.lastStart = lastStart
                i = unknownCharacter(at: i, &consumer)
                lastStart = self.lastStart
            default:
                // Line ends, "other" and lone Mid characters: one segment each, status 0 (a
                // carriage return with its line feed).
                if c & FastCharClass.classMask == FastCharClass.carriageReturn && i &+ 1 < end && p[i &+ 1] == 0x0A {
                    length = 2
                }
                if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") { consumer.anchor(at: i) }
                let hint = Self.hint(c)
                if hint == .blank {
                    consumer.blank(start: i, end: i &+ length)
                } else {
                    let next = i &+ length < end ? p[i &+ length] : 0
                    consumer.segment(ScannedSegment(start: Int32(truncatingIfNeeded: i),
                                                    end: Int32(truncatingIfNeeded: i &+ length),
                                                    ruleStatus: 0, hint: hint, shape: []),
                                     gapAfter: Self.isASCIISpace(next))
                }
                lastStart = i
                i &+= length
            }
        }
        self.lastStart = lastStart
    }

    /// 1 for a space or a line feed, else 0, without a branch.
    @inline(__always)
    private static func isSpaceOrLineFeed(_ b: UInt8) -> UInt8 {
        let set: UInt64 = 1 << 0x20 | 1 << 0x0A
        let bit = UInt8(truncatingIfNeeded: set &>> UInt64(b & 63)) & 1
        return b < 64 ? bit : 0
    }

    /// 1 for , . ; : ! ? ) (the marks that end a word of the fast lane when a space or a line
    /// feed follows), else 0, without a branch.
    @inline(__always)
    private static func isLanePunctuation(_ b: UInt8) -> UInt8 {
        let set: UInt64 = 1 << (0x2C - 0x20) | 1 << (0x2E - 0x20) | 1 << (0x3B - 0x20) | 1 << (0x3A - 0x20)
            | 1 << (0x21 - 0x20) | 1 << (0x3F - 0x20) | 1 << (0x29 - 0x20)
        let index = b &- 0x20
        let bit = UInt8(truncatingIfNeeded: set &>> UInt64(index & 63)) & 1
        return index < 64 ? bit : 0
    }

    /// Space, tab, line feed or carriage return.
    @inline(__always)
    private static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// An unknown character at `i` starts no segment of its own: whether it attaches to the
    /// segment before (Extend, Format, ZWJ, another WSegSpace) is for ICU to say, so the last
    /// segment is taken back and ICU segments from its start.
    private mutating func unknownCharacter(at i: Int, _ consumer: inout Consumer) -> Int {
        var regionStart = i
        if lastStart >= finalEnd && lastStart < i {
            regionStart = lastStart
            consumer.takeBack(from: regionStart)
        }
        return handToICU(from: regionStart, unknownAt: i, &consumer)
    }

    // MARK: - Output

    @inline(__always)
    static func unclassified(_ start: Int, _ end: Int, _ status: Int32) -> ScannedSegment {
        ScannedSegment(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                       ruleStatus: Int16(clamping: status), hint: .unclassified, shape: [])
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
