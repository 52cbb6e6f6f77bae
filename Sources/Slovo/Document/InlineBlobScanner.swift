/// Finds the non-text parts inside lines: markup tags and comments (with the contents of
/// `<script>` and `<style>`), `data:` URIs, and long base64-like runs.
///
/// One forward pass over UTF-8 bytes. Every search for a closing delimiter is bounded or
/// remembered when it fails, so the scan is O(n) on any input. Ranges start and end on ASCII
/// bytes, hence on character boundaries.
enum InlineBlobScanner {
    /// Longest tag, in bytes (a tag with long attributes, such as an inline image).
    static let maxTagBytes = 1 << 20
    /// Shortest base64-like run taken for a blob.
    static let minBlobBytes = 100

    static let tagNames: Set<String> = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "circle", "cite", "code",
        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "g", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "image", "img", "input", "ins",
        "kbd", "label", "legend", "li", "link", "main", "map", "mark", "meta", "nav", "nobr",
        "noindex", "noscript", "object", "ol", "optgroup", "option", "p", "param", "path", "picture",
        "pre", "q", "rect", "s", "samp", "script", "section", "select", "small", "source", "span",
        "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u",
        "ul", "use", "var", "video", "wbr",
    ]

    /// Elements whose content is never text: removed with their content up to the closing tag.
    static let opaqueElements: Set<String> = [
        "script", "style", "image", "svg", "video", "audio", "object", "iframe", "canvas", "picture",
        "noscript", "template", "map",
    ]

    /// The removed ranges, sorted and not overlapping.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [RemovedRange] {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var ranges: [RemovedRange] = []
        /// Set once a search for "-->" failed: no later comment can close either.
        var noCommentClose = false
        /// Set once a search for a closing `</script` or `</style` failed.
        var noRawTextClose: Set<String> = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func run() -> [RemovedRange] {
            var i = 0
            let n = bytes.count
            var previous: UInt8 = 0x20
            while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "<"), let end = markupEnd(at: i) {
                    let reason: RemovalReason = contains(Array("data:".utf8), in: i..<end) ? .dataURI : .markup
                    ranges.append(RemovedRange(i..<end, reason))
                    i = end
                    previous = 0x3E
                    continue
                }
                if (b | 0x20) == UInt8(ascii: "d"), !isWordByte(previous), let end = dataURIEnd(at: i) {
                    ranges.append(RemovedRange(i..<end, .dataURI))
                    i = end
                    previous = 0x20
                    continue
                }
                if isBase64(b), !isBase64(previous) {
                    let end = base64RunEnd(from: i)
                    if end - i >= InlineBlobScanner.minBlobBytes, looksEncoded(i..<end), !isWordByte(at: end) {
                        ranges.append(RemovedRange(i..<end, .blob))
                    }
                    previous = bytes[end - 1]
                    i = end
                    continue
                }
                previous = b
                i += 1
            }
            return ranges
        }

        func isWordByte(_ b: UInt8) -> Bool {
            isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }

        func isWordByte(at index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x80 }

        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

        func isBase64(_ b: UInt8) -> Bool {
            isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F || b == 0x3D
        }

        func base64RunEnd(from start: Int) -> Int {
            var i = start
            while i < bytes.count && isBase64(bytes[i]) { i += 1 }
            return i
        }

        /// Digits, upper and lower case all present: encoded data, not a long word or number.
        func looksEncoded(_ range: Range<Int>) -> Bool {
            var digit = false, upper = false, lower = false
            for i in range {
                let b = bytes[i]
                if b >= 0x30 && b <= 0x39 { digit = true } else if b >= 0x41 && b <= 0x5A { upper = true } else if b >= 0x61 && b <= 0x7A { lower = true }
            }
            return digit && upper && lower
        }

        func contains(_ needle: [UInt8], in range: Range<Int>) -> Bool {
            guard range.count >= needle.count else { return false }
            var i = range.lowerBound
            while i + needle.count <= range.upperBound {
                var k = 0
                while k < needle.count && (bytes[i + k] | 0x20) == needle[k] { k += 1 }
                if k == needle.count { return true }
                i += 1
            }
            return false
        }

        /// Case-insensitive search for ASCII `needle` from `start`; the offset of its first byte.
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var i = start
            let first = needle[0]
            while i + needle.count <= bytes.count {
                if (bytes[i] | 0x20) == first {
                    var k = 1
                    while k < needle.count && (bytes[i + k] | 0x20) == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return nil
        }

        // MARK: markup

        /// The end of a tag, comment or declaration starting at `start` ("<"), or nil when
        /// the "<" starts none.
        mutating func markupEnd(at start: Int) -> Int? {
            let n = bytes.count
            var i = start + 1
            guard i < n else { return nil }
            if bytes[i] == UInt8(ascii: "!") {
                if i + 2 < n && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: "-") {
                    guard !noCommentClose else { return nil }
                    guard let close = find(Array("-->".utf8), from: i + 3) else {
                        noCommentClose = true
                        return nil
                    }
                    return close + 3
                }
                // <!DOCTYPE ...>, <![CDATA[...]]>
                guard i + 1 < n, isASCIILetter(bytes[i + 1]) || bytes[i + 1] == UInt8(ascii: "[") else { return nil }
                return tagClose(from: i + 1, start: start)
            }
            var closing = false
            if bytes[i] == UInt8(ascii: "/") { closing = true; i += 1 }
            let nameStart = i
            while i < n && (isASCIILetter(bytes[i]) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ":")) {
                i += 1
                if i - nameStart > 16 { return nil }
            }
            guard i > nameStart, i < n else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self).lowercased()
            // A namespaced name ("svg:image") is judged by its local part.
            let localName = name.split(separator: ":").last.map(String.init) ?? name
            guard InlineBlobScanner.tagNames.contains(localName) else { return nil }
            let next = bytes[i]
            guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D
            else { return nil }
            guard let end = tagClose(from: i, start: start) else { return nil }
            if !closing && InlineBlobScanner.opaqueElements.contains(localName) && bytes[end - 2] != UInt8(ascii: "/") {
                return rawTextEnd(name: name, from: end) ?? end
            }
            return end
        }

        /// The offset after the ">" that closes a tag, skipping quoted attribute values; nil
        /// when a "<" comes first (even inside quotes: so each scan ends at the next "<" and the
        /// whole pass stays linear) or the tag is too long.
        func tagClose(from start: Int, start tagStart: Int) -> Int? {
            var i = start
            var quote: UInt8 = 0
            let limit = min(bytes.count, tagStart + InlineBlobScanner.maxTagBytes)
            while i < limit {
                let b = bytes[i]
                if b == UInt8(ascii: "<") { return nil }
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    return i + 1
                }
                i += 1
            }
            return nil
        }

        /// The end of the closing tag `</name ...>` after `start`, remembering failures.
        mutating func rawTextEnd(name: String, from start: Int) -> Int? {
            guard !noRawTextClose.contains(name) else { return nil }
            guard let close = find(Array("</\(name)".utf8), from: start) else {
                noRawTextClose.insert(name)
                return nil
            }
            var i = close
            while i < bytes.count && bytes[i] != UInt8(ascii: ">") { i += 1 }
            return min(bytes.count, i + 1)
        }

        // MARK: data URIs

        /// The end of a `data:` URI with a media type ("data:image/gif;base64,...") at `start`.
        func dataURIEnd(at start: Int) -> Int? {
            let n = bytes.count
            guard start + 5 < n else { return nil }
            let prefix: [UInt8] = Array("data:".utf8)
            for k in 0..<5 where (bytes[start + k] | 0x20) != prefix[k] { return nil }
            var i = start + 5
            func token(_ i: inout Int) -> Int {
                let s = i
                while i < n && (isASCIILetter(bytes[i]) || (bytes[i] >= 0x30 && bytes[i] <= 0x39)
                                || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: ".")) {
                    i += 1
                }
                return i - s
            }
            guard token(&i) > 0, i < n, bytes[i] == UInt8(ascii: "/") else { return nil }
            i += 1
            guard token(&i) > 0 else { return nil }
            // Parameters: ;base64 ;charset=utf-8
            while i < n && bytes[i] == UInt8(ascii: ";") {
                i += 1
                while i < n && (isBase64(bytes[i]) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ".")) { i += 1 }
            }
            guard i < n, bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
            while i < n {
                let b = bytes[i]
                if b <= 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "<")
                    || b == UInt8(ascii: ">") || b == UInt8(ascii: ")") || b == 0x7F {
                    break
                }
                i += 1
            }
            return i
        }
    }
}
