/// Second tokenizer pass: the Russian join rules over the raw ICU tokens.
///
/// Forward rules start at a token and swallow the ones after it (hashtags, HTML entities,
/// grouped thousands, hyphenated compounds, "3:0", "2007/08"); backward rules extend the last
/// emitted token (an abbreviation's or initial's dot, punctuation runs, emoji runs).
enum JoinPass {
    static func join(_ raw: inout [Token], _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Token]) {
        let first = out.count
        out.reserveCapacity(first + raw.count)
        let view = RawView(raw: raw, bytes: bytes)
        var run = PunctuationRun()
        var i = 0
        while i < raw.count {
            if let (consumed, token) = TokenRules.forward(view, i) {
                out.append(token)
                i += consumed
                continue
            }
            let token = raw[i]
            if out.count > first, TokenRules.attachBackward(view, i, to: &out[out.count - 1], run: &run) {
                i += 1
                continue
            }
            out.append(token)
            i += 1
        }
        for k in first..<out.count where out[k].kind != .punctuation && out[k].kind != .symbol {
            out[k].flags = TokenShape.flags(of: out[k], bytes)
        }
    }
}

/// The raw tokens with the text they point into, and small predicates over both.
struct RawView {
    let raw: [Token]
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { raw.count }
    subscript(i: Int) -> Token { raw[i] }

    @inline(__always) func adjacent(_ i: Int, _ j: Int) -> Bool {
        j < raw.count && i >= 0 && raw[i].end == raw[j].start
    }

    /// Is token `i` the single ASCII character `ascii`?
    @inline(__always) func isChar(_ i: Int, _ ascii: Character) -> Bool {
        guard i < raw.count, raw[i].end - raw[i].start == 1 else { return false }
        return bytes[Int(raw[i].start)] == ascii.asciiValue!
    }

    /// Is token `i` one hyphen: "-", U+2010 or U+2011 (not a dash)?
    @inline(__always) func isHyphen(_ i: Int) -> Bool {
        guard i < raw.count, raw[i].kind == .punctuation else { return false }
        let s = Int(raw[i].start)
        switch raw[i].end - raw[i].start {
        case 1: return bytes[s] == UInt8(ascii: "-")
        case 3: return bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x90 || bytes[s + 2] == 0x91)
        default: return false
        }
    }

    @inline(__always) func isWordOrNumber(_ i: Int) -> Bool {
        i < raw.count && (raw[i].kind == .word || raw[i].kind == .number)
    }

    /// Is every byte of token `i` an ASCII digit?
    func isDigits(_ i: Int) -> Bool {
        let t = raw[i]
        var k = Int(t.start)
        while k < Int(t.end) {
            guard bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") else { return false }
            k += 1
        }
        return true
    }

    /// The first scalar of token `i`.
    func firstScalar(_ i: Int) -> UInt32 { UTF8Scanning.decode(bytes, at: Int(raw[i].start)).scalar }

    /// The scalar just before byte offset `offset`, or nil at the start.
    func scalar(before offset: Int32) -> UInt32? {
        offset > 0 ? UTF8Scanning.decode(bytes, before: Int(offset)).scalar : nil
    }

    /// The scalar at byte offset `offset`, or nil at the end.
    func scalar(at offset: Int32) -> UInt32? {
        Int(offset) < bytes.count ? UTF8Scanning.decode(bytes, at: Int(offset)).scalar : nil
    }
}
