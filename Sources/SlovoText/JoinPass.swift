/// Second tokenizer pass: the Russian join rules over the raw tokens (those that are not
/// finished at once by ``TokenAssembler``).
///
/// Forward rules start at a token and swallow the ones after it (hashtags, HTML entities,
/// grouped thousands, hyphenated compounds, "3:0", "2007/08"); backward rules extend the last
/// emitted token (an abbreviation's or initial's dot, punctuation runs, emoji runs).
enum JoinPass {
    /// Runs the rules over `raw[0..<limit]` and appends the result to `out`, whose tokens are
    /// this text's (a backward rule may extend the last one); returns `limit`. Rules may look at
    /// tokens up to the end of `raw`; none takes one at or after `limit` when `limit` comes
    /// from ``decidableCount(_:_:checked:)``. `out` must have room for `limit` more tokens.
    static func join(_ raw: UnsafeBufferPointer<RawToken>, upTo limit: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                     into out: inout TokenSink, run: inout PunctuationRunSummary) -> Int {
        let view = RawView(raw: raw, bytes: bytes)
        var i = 0
        while i < limit {
            // Most tokens touch no other, and then no rule applies: every rule needs a
            // neighbour without a gap, but grouped thousands and mentions (mayJoinAcrossSpace).
            let r = raw[i]
            let t = r.token
            if !r.mayJoinAcrossSpace, i + 1 == raw.count || raw[i + 1].token.start != t.end,
               out.count == 0 || out.last.end != t.start {
                out.append(r.shaped ? t : shaped(t, bytes))
                i += 1
                continue
            }
            if let (consumed, token) = TokenRules.forward(view, i) {
                out.append(shaped(token, bytes))
                i += consumed
                continue
            }
            if out.count > 0, TokenRules.attachBackward(view, i, to: &out.last, run: &run) {
                // An emoji run may take in a letter-like pictograph (Ⓜ): its shape is redone
                // once the run is complete.
                if out.last.kind == .emoji { out.reshapeLastWhenComplete() }
                i += 1
                continue
            }
            out.append(r.shaped ? t : shaped(t, bytes))
            i += 1
        }
        return i
    }

    /// How many leading raw tokens the rules can be run over before the tokens after `raw`
    /// are known: up to the last gap that no rule reaches across. Only grouped thousands
    /// ("1 000", after a number) and a suspended hyphen ("воздушно- и", after a hyphen) look
    /// across white space, and neither across a line feed or more than three bytes; every other
    /// rule joins tokens without a gap. The gaps before token `checked` are known not to be
    /// such places. O(tokens after `checked`).
    static func decidableCount(_ raw: UnsafeBufferPointer<RawToken>, _ bytes: UnsafeBufferPointer<UInt8>,
                               checked: Int) -> Int {
        var k = raw.count - 1
        while k > max(checked - 1, 0) {
            let a = raw[k - 1].token, b = raw[k].token
            let gap = Int(a.end)..<Int(b.start)
            if !gap.isEmpty {
                if a.kind != .number && !isHyphen(a, bytes) { return k }
                if gap.count > 3 || gap.contains(where: { bytes[$0] == 0x0A }) { return k }
            }
            k -= 1
        }
        return 0
    }

    /// One hyphen token: "-", U+2010 or U+2011 (as ``RawView/isHyphen(_:)``).
    static func isHyphen(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.kind == .punctuation else { return false }
        let s = Int(t.start)
        switch t.end - t.start {
        case 1: return bytes[s] == UInt8(ascii: "-")
        case 3: return bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x90 || bytes[s + 2] == 0x91)
        default: return false
        }
    }

    /// The token with its case and script flags (``TokenShape``); punctuation and symbols have none.
    /// A dot added later by a backward rule is no letter and leaves them as they are.
    @inline(__always)
    static func shaped(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Token {
        guard token.kind != .punctuation && token.kind != .symbol else { return token }
        var token = token
        token.flags = TokenShape.flags(of: token, bytes)
        return token
    }
}

/// The raw tokens with the text they point into, and small predicates over both.
struct RawView {
    let raw: UnsafeBufferPointer<RawToken>
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) var count: Int { raw.count }
    @inline(__always) subscript(i: Int) -> Token { raw[i].token }

    @inline(__always) func adjacent(_ i: Int, _ j: Int) -> Bool {
        j < raw.count && i >= 0 && raw[i].token.end == raw[j].token.start
    }

    /// Is token `i` the single ASCII character `ascii`?
    @inline(__always) func isChar(_ i: Int, _ ascii: UInt8) -> Bool {
        guard i < raw.count, self[i].end - self[i].start == 1 else { return false }
        return bytes[Int(self[i].start)] == ascii
    }

    /// Is token `i` one hyphen: "-", U+2010 or U+2011 (not a dash)?
    @inline(__always) func isHyphen(_ i: Int) -> Bool {
        i < raw.count && JoinPass.isHyphen(self[i], bytes)
    }

    @inline(__always) func isWordOrNumber(_ i: Int) -> Bool {
        i < raw.count && (self[i].kind == .word || self[i].kind == .number)
    }

    /// Is every byte of token `i` an ASCII digit?
    func isDigits(_ i: Int) -> Bool {
        let t = self[i]
        var k = Int(t.start)
        while k < Int(t.end) {
            guard bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") else { return false }
            k += 1
        }
        return true
    }

    /// The first scalar of token `i`.
    func firstScalar(_ i: Int) -> UInt32 { UTF8Scanning.decode(bytes, at: Int(self[i].start)).scalar }

    /// The scalar just before byte offset `offset`, or nil at the start.
    func scalar(before offset: Int32) -> UInt32? {
        offset > 0 ? UTF8Scanning.decode(bytes, before: Int(offset)).scalar : nil
    }

    /// The scalar at byte offset `offset`, or nil at the end.
    func scalar(at offset: Int32) -> UInt32? {
        Int(offset) < bytes.count ? UTF8Scanning.decode(bytes, at: Int(offset)).scalar : nil
    }
}
