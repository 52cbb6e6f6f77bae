/// Why the page cleaner removed a part of a document.
public enum RemovalReason: String, Sendable, CaseIterable, Comparable {
    /// An HTML/XML tag, comment, or the contents of a `<script>` or `<style>` element.
    case markup
    /// A `data:` URI (inline images and the like).
    case dataURI = "data-uri"
    /// A long run of base64-like characters, or a line of program code: not text.
    case blob
    /// A navigation or boilerplate line ("Другие материалы", "Архив", share and subscribe lines).
    case boilerplate
    /// A menu line: several short items separated by `|`, `•`, `/` or `»`.
    case navigation
    /// Teaser headlines and leads after a related-materials heading such as "Другие материалы".
    case relatedLinks = "related-links"
    /// A line that repeats an earlier line of the same document (teasers shown twice).
    case repeated

    /// When ranges with different reasons are merged, the higher rank names the result.
    var rank: Int {
        switch self {
        case .markup: return 0
        case .navigation: return 1
        case .boilerplate: return 2
        case .relatedLinks: return 3
        case .repeated: return 4
        case .blob: return 5
        case .dataURI: return 6
        }
    }

    public static func < (lhs: RemovalReason, rhs: RemovalReason) -> Bool { lhs.rank < rhs.rank }
}

/// A part of a document removed by the page cleaner: a UTF-8 byte range of the original text
/// and the reason.
public struct RemovedRange: Sendable, Hashable {
    /// UTF-8 byte offsets into the original text, end exclusive.
    public var byteRange: Range<Int>
    /// Why it was removed.
    public var reason: RemovalReason

    /// Creates a removed range.
    public init(_ byteRange: Range<Int>, _ reason: RemovalReason) {
        self.byteRange = byteRange
        self.reason = reason
    }
}
