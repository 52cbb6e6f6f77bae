/// Finds web addresses and e-mail addresses in UTF-8 bytes before word segmentation, since
/// ICU would cut them into many pieces. Each finder is linear in the text.
enum SpecialSpans {
    struct Span: Equatable {
        var start: Int
        var end: Int
        var kind: TokenKind
    }

    /// Finds the spans of a text chunk by chunk, from the positions of the bytes that may
    /// anchor one ('.', ':', '@'), collected while segmenting. Chunks must end after white
    /// space, which no address crosses.
    struct Finder {
        /// The end of the last span found: anchors before it are inside it.
        private var lastEnd = 0

        /// Appends the spans anchored at `anchors` (sorted byte offsets into `bytes`) to
        /// `spans`. O(anchors + span lengths).
        mutating func find(in bytes: UnsafeBufferPointer<UInt8>, anchors: UnsafeBufferPointer<Int32>,
                           into spans: inout [Span]) {
            for anchor in anchors where Int(anchor) >= lastEnd {
                if let span = spanAround(bytes, anchor: Int(anchor), notBefore: lastEnd) {
                    spans.append(span)
                    lastEnd = span.end
                }
            }
        }
    }

    // MARK: - Character classes

    /// Characters allowed inside a URL (RFC 3986 plus non-ASCII letters for IDN and paths).
    @inline(__always)
    static func isURLByte(_ b: UInt8) -> Bool {
        if b >= 0x80 { return true }  // decided per scalar by the caller
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(b)
        }
    }

    @inline(__always)
    static func isHostByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
    }

    @inline(__always)
    static func isEmailLocalByte(_ b: UInt8) -> Bool {
        isHostByte(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: "%")
    }

    /// Non-ASCII scalars allowed in host names and paths: letters (Cyrillic domains) and digits.
    @inline(__always)
    static func isNonASCIIURLScalar(_ c: UInt32) -> Bool {
        CharClass.isLetter(c) || CharClass.isCombining(c)
    }

    /// A letter of a host name: ASCII letters, digits and '-', letters of any script.
    @inline(__always)
    static func isHostScalar(_ c: UInt32) -> Bool {
        c < 0x80 ? isHostByte(UInt8(c)) : CharClass.isLetter(c)
    }

    /// "http", "https" or "ftp" in any case (the range holds ASCII letters only).
    static func isScheme(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func matches(_ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for k in 0..<range.count where bytes[range.lowerBound + k] | 0x20 != w[k] { return false }
            return true
        }
        return matches("http") || matches("https") || matches("ftp")
    }

    /// Is the label (lower-cased) a known top-level domain?
    static func isTopLevelDomain(_ bytes: UnsafeBufferPointer<UInt8>, _ label: Range<Int>) -> Bool {
        if let found = WordTables.topLevelDomains.contains(bytes, label) { return found }
        let tld = String(decoding: UnsafeBufferPointer(rebasing: bytes[label]), as: UTF8.self).lowercased()
        return TokenizerData.topLevelDomains.contains(tld)
    }

    // MARK: - Recognizers

    static func spanAround(_ bytes: UnsafeBufferPointer<UInt8>, anchor: Int, notBefore: Int) -> Span? {
        let b = bytes[anchor]
        if b == UInt8(ascii: ":") { return schemeURL(bytes, colon: anchor, notBefore: notBefore) }
        if b == UInt8(ascii: "@") { return email(bytes, at: anchor, notBefore: notBefore) }
        return bareDomainURL(bytes, dot: anchor, notBefore: notBefore)
    }

    /// "http://...", "https://...", "ftp://...".
    static func schemeURL(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int, notBefore: Int) -> Span? {
        guard colon + 2 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        var start = colon
        while start > notBefore, start > colon - 6 {
            let p = bytes[start - 1]
            guard (p | 0x20) >= UInt8(ascii: "a") && (p | 0x20) <= UInt8(ascii: "z") else { break }
            start -= 1
        }
        guard isScheme(bytes, start..<colon) else { return nil }
        if start > 0 && isHostByte(bytes[start - 1]) { return nil }
        let end = urlTail(bytes, from: colon + 3)
        guard end > colon + 3 else { return nil }
        return Span(start: start, end: end, kind: .url)
    }

    /// "www.site.ru/path" or "site.ru", "сайт.рф/путь": a host whose last label is a known
    /// top-level domain; `dot` is the dot before some label of it.
    static func bareDomainURL(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int, notBefore: Int) -> Span? {
        // A label must follow the dot (most dots end a sentence: rejected here at once).
        guard dot + 1 < bytes.count, isHostScalar(UTF8Scanning.decode(bytes, at: dot + 1).scalar) else { return nil }
        // The host must have a label before the dot.
        var start = dot
        while start > notBefore {
            let (c, len) = UTF8Scanning.decode(bytes, before: start)
            if c < 0x80 ? isHostByte(UInt8(c)) : CharClass.isLetter(c) { start -= len } else { break }
        }
        guard start < dot else { return nil }
        if start > 0 {
            let (c, _) = UTF8Scanning.decode(bytes, before: start)
            // Inside a longer token ("user@host.ru" is an e-mail, "a.b.c" chains are scanned whole).
            if c == UInt32(UInt8(ascii: "@")) || c == UInt32(UInt8(ascii: ".")) || c == UInt32(UInt8(ascii: "/"))
                || CharClass.isLetter(c) || CharClass.isASCIIDigit(c) || c == UInt32(UInt8(ascii: "_")) {
                return nil
            }
        }
        // Read host labels: label(.label)+ ; the last one must be a known TLD.
        var i = start
        var labelCount = 0
        var labelStart = i
        while i < bytes.count {
            let (c, len) = UTF8Scanning.decode(bytes, at: i)
            if isHostScalar(c) {
                i += len
            } else if c == UInt32(UInt8(ascii: ".")) && i > labelStart && i + 1 < bytes.count {
                guard isHostScalar(UTF8Scanning.decode(bytes, at: i + 1).scalar) else { break }
                labelCount += 1
                i += 1
                labelStart = i
            } else {
                break
            }
        }
        guard i > labelStart else { return nil }
        labelCount += 1
        guard labelCount >= 2, isTopLevelDomain(bytes, labelStart..<i) else { return nil }
        // A host followed directly by a letter or digit is not a host ("3.5ru").
        var end = i
        if end < bytes.count {
            let b = bytes[end]
            if b == UInt8(ascii: "/") || b == UInt8(ascii: ":") || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") {
                end = urlTail(bytes, from: end)
            } else if b == UInt8(ascii: "@") {
                return nil
            }
        }
        return Span(start: start, end: end, kind: .url)
    }

    /// "name@host.tld": the local part before `at`, a host with a dot after it.
    static func email(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, notBefore: Int) -> Span? {
        var start = at
        while start > notBefore && isEmailLocalByte(bytes[start - 1]) { start -= 1 }
        while start < at && bytes[start] == UInt8(ascii: ".") { start += 1 }
        guard start < at else { return nil }
        var i = at + 1
        var lastDot = -1
        while i < bytes.count {
            let b = bytes[i]
            if isHostByte(b) { i += 1; continue }
            if b == UInt8(ascii: "."), i + 1 < bytes.count, isHostByte(bytes[i + 1]), i > at + 1 {
                lastDot = i
                i += 1
                continue
            }
            break
        }
        guard lastDot > at + 1, i - lastDot >= 3 else { return nil }
        return Span(start: start, end: i, kind: .email)
    }

    /// The end of a URL whose path starts at `from`: URL characters up to white space, minus
    /// trailing punctuation that belongs to the sentence and unbalanced closing brackets.
    static func urlTail(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        var openParens = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard isURLByte(b) else { break }
                if b == UInt8(ascii: "(") { openParens += 1 }
                if b == UInt8(ascii: ")") {
                    if openParens == 0 { break }
                    openParens -= 1
                }
                i += 1
            } else {
                let (c, len) = UTF8Scanning.decode(bytes, at: i)
                guard isNonASCIIURLScalar(c) else { break }
                i += len
            }
        }
        // Trailing sentence punctuation is not part of the address.
        while i > from, ".,;:!?'*".utf8.contains(bytes[i - 1]) { i -= 1 }
        return i
    }
}
