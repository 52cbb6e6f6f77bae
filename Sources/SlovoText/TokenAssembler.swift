/// Turns segments into tokens as the scanner finds them (the tokenizer's ``SegmentConsumer``).
///
/// A word, punctuation mark or symbol the fast path classified, with white space on both sides,
/// goes straight to the output: no rule can touch it (every rule needs a neighbour without a
/// gap, but grouped thousands, which start at a number, and mentions, words starting with '@'),
/// and no web or e-mail address can contain it (addresses hold no white space, and one that is
/// a single segment has a dot, which makes it a dotted word). Every other segment waits; when
/// such an isolated token arrives, the waiting ones are turned into raw tokens (cut around the
/// addresses anchored among them, ``SegmentPass``) and the Russian rules (``JoinPass``) run
/// over them, with the isolated token as the one they may look at, never take. At the end of
/// a chunk the rules run up to the last gap no rule reaches across; the rest waits for the
/// next chunk.
struct TokenAssembler: SegmentConsumer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let raw: RawTokenBuffer
    private var sink: TokenSink
    /// Segments waiting for the rules, and the anchors ('.', ':', '@') found since the last run.
    private var pending: UnsafeMutablePointer<ScannedSegment>
    private var pendingCount = 0
    private var anchors: UnsafeMutablePointer<Int32>
    private var anchorCount = 0
    private var capacity: Int
    /// The end of the last token or waiting segment (-1 before the first), and its value
    /// before the last waiting segment (for ``takeBack(from:)``).
    private var lastEnd: Int32 = -1
    private var lastEndBeforePending: Int32 = -1
    private var finder = SpecialSpans.Finder()
    private var spans: [SpecialSpans.Span] = []
    /// What the punctuation run rule knows about the last finished token.
    private var run = PunctuationRunSummary()
    /// The leading raw tokens whose gaps no rule can cross were looked for among these many.
    private var barrierChecked = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, chunkCapacity: Int) {
        self.bytes = bytes
        capacity = max(chunkCapacity, 16)
        raw = RawTokenBuffer(capacity: capacity / 4)
        sink = TokenSink(capacity: capacity / 4, bytes: bytes)
        pending = .allocate(capacity: capacity)
        anchors = .allocate(capacity: capacity)
    }

    func deallocate() {
        sink.deallocate()
        pending.deallocate()
        anchors.deallocate()
    }

    /// Makes room for a chunk of `byteCount` bytes (at most one segment, anchor and token a byte).
    mutating func beginChunk(byteCount: Int) {
        sink.reserve(raw.count + byteCount)
        guard byteCount + 1 > capacity else { return }
        capacity = max(byteCount + 1, capacity * 2)
        pending.deallocate()
        anchors.deallocate()
        pending = .allocate(capacity: capacity)
        anchors = .allocate(capacity: capacity)
    }

    /// Finishes a chunk: runs the rules as far as they can go and moves the finished tokens to
    /// `tokens` (all of them when `isLast`).
    mutating func endChunk(isLast: Bool, into tokens: inout [Token]) {
        convertPending()
        let decidable = isLast ? raw.count : JoinPass.decidableCount(raw.tokens, bytes, checked: barrierChecked)
        _ = JoinPass.join(raw.tokens, upTo: decidable, bytes, into: &sink, run: &run)
        raw.removeFirst(decidable)
        barrierChecked = raw.count
        sink.flush(into: &tokens, keepingLast: !isLast)
        anchorCount = 0
    }

    // MARK: - SegmentConsumer

    @inline(__always)
    mutating func segment(_ segment: ScannedSegment, gapAfter: Bool) {
        if gapAfter && segment.start != lastEnd, let token = Self.isolatedToken(segment) {
            if pendingCount > 0 || raw.count > 0 { runRules(before: token) }
            sink.append(token)
            lastEnd = segment.end
            return
        }
        lastEndBeforePending = lastEnd
        pending[pendingCount] = segment
        pendingCount &+= 1
        lastEnd = segment.end
    }

    /// A word after a gap and its mark before white space are both finished at once when no
    /// rule can touch them: no rule joins a word to a following , ; : ! ? or ) (a word joins
    /// forward only across a hyphen; marks extend backward only as an abbreviation's or
    /// initial's dot), and a dot is taken only after a single letter or an abbreviation.
    /// Neither can be inside an address: the run holds no anchor that could start one (a ':'
    /// before white space is no scheme).
    @inline(__always)
    mutating func wordThenMark(_ word: ScannedSegment, _ mark: ScannedSegment) {
        if word.start != lastEnd && (bytes[Int(mark.start)] != UInt8(ascii: ".") || dotStaysApart(word)) {
            let wordToken = Token(start: word.start, end: word.end, kind: .word, flags: word.shape)
            if pendingCount > 0 || raw.count > 0 { runRules(before: wordToken) }
            sink.append(wordToken)
            sink.append(Token(start: mark.start, end: mark.end, kind: .punctuation))
            lastEnd = mark.end
            return
        }
        segment(word, gapAfter: false)
        segment(mark, gapAfter: true)
    }

    /// Does a dot after this Cyrillic word stay a token of its own? Not after a single letter
    /// (an initial, or an abbreviation such as "г") nor after an abbreviation ("ул", "руб").
    private func dotStaysApart(_ word: ScannedSegment) -> Bool {
        word.end - word.start > 2 && !Abbreviations.isAbbreviation(bytes, Int(word.start)..<Int(word.end))
    }

    @inline(__always)
    mutating func blank(start: Int, end: Int) {}

    mutating func takeBack(from offset: Int) {
        // Isolated tokens are followed by white space, so only a waiting segment can be the last.
        if pendingCount > 0 && Int(pending[pendingCount - 1].start) >= offset {
            pendingCount -= 1
            lastEnd = lastEndBeforePending
        }
    }

    @inline(__always)
    mutating func anchor(at offset: Int) {
        anchors[anchorCount] = Int32(truncatingIfNeeded: offset)
        anchorCount &+= 1
    }

    mutating func dropAnchors(from offset: Int) {
        while anchorCount > 0 && Int(anchors[anchorCount - 1]) >= offset { anchorCount -= 1 }
    }

    // MARK: - Rules

    /// The finished token of a segment the fast path classified as a word (no dot, no leading
    /// '@'), a punctuation mark or a symbol; nil for any other segment.
    @inline(__always)
    private static func isolatedToken(_ s: ScannedSegment) -> Token? {
        switch s.hint {
        case .word: return Token(start: s.start, end: s.end, kind: .word, flags: s.shape)
        case .punctuation: return Token(start: s.start, end: s.end, kind: .punctuation)
        case .symbol: return Token(start: s.start, end: s.end, kind: .symbol)
        default: return nil
        }
    }

    /// Runs the rules over everything waiting, with the isolated `next` after it.
    private mutating func runRules(before next: Token) {
        convertPending()
        raw.append(next, shaped: true)
        _ = JoinPass.join(raw.tokens, upTo: raw.count - 1, bytes, into: &sink, run: &run)
        raw.removeFirst(raw.count)
        barrierChecked = 0
    }

    /// Turns the waiting segments into raw tokens, cut around the addresses anchored since the
    /// last time (an address never reaches past the white space around the waiting segments).
    private mutating func convertPending() {
        if !spans.isEmpty { spans.removeAll(keepingCapacity: true) }
        finder.find(in: bytes, anchors: UnsafeBufferPointer(start: anchors, count: anchorCount), into: &spans)
        anchorCount = 0
        guard pendingCount > 0 else { return }
        let covered = Int(pending[pendingCount - 1].end) - Int(pending[0].start)
        var writer = raw.writer(reserving: covered)
        var spanIndex = 0
        for k in 0..<pendingCount {
            let segment = pending[k]
            if spanIndex < spans.count && spans[spanIndex].start < Int(segment.end) {
                SegmentPass.appendAroundSpans(segment, spans, &spanIndex, bytes, to: &writer)
                continue
            }
            let start = segment.start, end = segment.end
            let hint = segment.hint
            if hint.isOneToken {
                writer.append(Token(start: start, end: end, kind: hint.tokenKind, flags: segment.shape), shaped: true,
                              mayJoinAcrossSpace: hint == .number || hint == .wordAfterAt)
            } else if hint == .dottedWord {
                SegmentPass.splitDotted(bytes, Int(start), Int(end), into: &writer)
            } else if hint == .unclassified {
                SegmentPass.appendPiece(bytes, Int(start), Int(end), status: Int32(segment.ruleStatus), to: &writer)
            }
        }
        raw.commit(writer)
        pendingCount = 0
    }
}
