/// A set of suffixes, each with a small value (its group), stored as a trie over the reversed
/// suffixes so that the longest suffix ending a word is found by walking back from the word's
/// end, one letter per step.
///
/// Snowball's `among` picks the longest listed suffix that fits into the region, and only then
/// checks the condition of its group; a failed condition does not fall back to a shorter suffix.
/// ``longestMatch(in:)`` returns exactly that longest suffix.
///
/// The trie lives in one block of memory allocated when the table is built (once per process,
/// the tables are `static let`) and never freed, so lookups allocate nothing and retain nothing.
struct SuffixTable: @unchecked Sendable {
    /// Slots per node: children for codes 0...32, then the node's value (0: no suffix ends here).
    static let stride = 34
    static let valueSlot = 33

    /// Node `k` occupies `nodes[k * stride ..< (k + 1) * stride]`; node 0 is the root.
    let nodes: UnsafeMutablePointer<UInt8>
    /// The longest suffix, in letters.
    let maxLength: Int

    /// Builds the table from groups of suffixes written in Cyrillic; `value` must be 1...255 and
    /// every suffix must be unique across groups.
    init(_ groups: [(value: UInt8, suffixes: [String])]) {
        let letters = groups.flatMap(\.suffixes).reduce(0) { $0 + $1.unicodeScalars.count }
        let capacity = letters + 1
        precondition(capacity <= 255, "a suffix table holds at most 254 letters")
        nodes = .allocate(capacity: capacity * Self.stride)
        nodes.initialize(repeating: 0, count: capacity * Self.stride)
        var nodeCount = 1
        var longest = 0
        for (value, suffixes) in groups {
            precondition(value != 0)
            for suffix in suffixes {
                var node = 0
                for scalar in suffix.unicodeScalars.reversed() {
                    let code = Int(RussianLetters.code(of: scalar))
                    precondition(code != 0, "\(suffix) is not written in Russian letters")
                    var child = Int(nodes[node * Self.stride + code])
                    if child == 0 {
                        child = nodeCount
                        nodeCount += 1
                        nodes[node * Self.stride + code] = UInt8(child)
                    }
                    node = child
                }
                precondition(nodes[node * Self.stride + Self.valueSlot] == 0, "\(suffix) is listed twice")
                nodes[node * Self.stride + Self.valueSlot] = value
                longest = max(longest, suffix.unicodeScalars.count)
            }
        }
        maxLength = longest
    }

    /// A suffix found at the end of a word: its length in letters and its group (0: none).
    struct Match {
        var length: Int
        var value: UInt8
        static let none = Match(length: 0, value: 0)
    }

    /// The longest suffix of the table that ends `word` and lies entirely in RV.
    /// O(length of that suffix + 1); allocates nothing.
    @inline(__always)
    func longestMatch(in word: StemmingWord) -> Match {
        var best = Match.none
        var node = 0
        var position = word.end
        while position > word.rv {
            position -= 1
            node = Int(nodes[node &* Self.stride &+ Int(word.code(at: position))])
            if node == 0 { break }
            let value = nodes[node &* Self.stride &+ Self.valueSlot]
            if value != 0 { best = Match(length: word.end - position, value: value) }
        }
        return best
    }
}
