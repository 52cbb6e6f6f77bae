/// A set of ``Grammeme``s in 128 bits. Value type, no allocation; every operation is O(1).
///
/// ```swift
/// let wanted: GrammemeSet = [.nominative, .singular]
/// tag.grammemes.isSuperset(of: wanted)
/// ```
public struct GrammemeSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence, CustomStringConvertible {
    @usableFromInline var low: UInt64
    @usableFromInline var high: UInt64

    /// The empty set.
    @inlinable public init() { low = 0; high = 0 }

    /// A set of the given grammemes.
    public init(arrayLiteral elements: Grammeme...) {
        self.init()
        for g in elements { insert(g) }
    }

    /// A set of the given grammemes.
    public init<S: Sequence>(_ elements: S) where S.Element == Grammeme {
        self.init()
        for g in elements { insert(g) }
    }

    /// Whether `g` is in the set. O(1).
    @inlinable @inline(__always) public func contains(_ g: Grammeme) -> Bool {
        let bit = UInt64(g.rawValue)
        return (bit < 64 ? low &>> bit : high &>> (bit &- 64)) & 1 != 0
    }

    /// Adds `g`. O(1).
    @inlinable @inline(__always) public mutating func insert(_ g: Grammeme) {
        let bit = UInt64(g.rawValue)
        if bit < 64 { low |= 1 &<< bit } else { high |= 1 &<< (bit &- 64) }
    }

    /// Removes `g`. O(1).
    @inlinable @inline(__always) public mutating func remove(_ g: Grammeme) {
        let bit = UInt64(g.rawValue)
        if bit < 64 { low &= ~(1 &<< bit) } else { high &= ~(1 &<< (bit &- 64)) }
    }

    /// Grammemes in both sets. O(1).
    @inlinable public func intersection(_ other: GrammemeSet) -> GrammemeSet {
        var s = self; s.low &= other.low; s.high &= other.high; return s
    }

    /// Grammemes in either set. O(1).
    @inlinable public func union(_ other: GrammemeSet) -> GrammemeSet {
        var s = self; s.low |= other.low; s.high |= other.high; return s
    }

    /// Grammemes of this set that are not in `other`. O(1).
    @inlinable public func subtracting(_ other: GrammemeSet) -> GrammemeSet {
        var s = self; s.low &= ~other.low; s.high &= ~other.high; return s
    }

    /// Whether every grammeme of `other` is in this set. O(1).
    @inlinable public func isSuperset(of other: GrammemeSet) -> Bool {
        low & other.low == other.low && high & other.high == other.high
    }

    /// Whether the sets share a grammeme. O(1).
    @inlinable public func intersects(_ other: GrammemeSet) -> Bool {
        low & other.low != 0 || high & other.high != 0
    }

    /// Whether the set is empty. O(1).
    @inlinable public var isEmpty: Bool { low == 0 && high == 0 }

    /// The number of grammemes. O(1).
    @inlinable public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    /// The one grammeme of `category` in this set (the first, in ``Grammeme`` order). O(1).
    @inlinable public func first(in category: GrammemeSet) -> Grammeme? {
        let l = low & category.low
        if l != 0 { return Grammeme(rawValue: UInt8(l.trailingZeroBitCount)) }
        let h = high & category.high
        if h != 0 { return Grammeme(rawValue: UInt8(64 + h.trailingZeroBitCount)) }
        return nil
    }

    /// Grammemes in ``Grammeme`` order.
    public func makeIterator() -> some IteratorProtocol<Grammeme> {
        var rest = self
        return AnyIterator {
            guard let g = rest.first(in: GrammemeSet.all) else { return nil }
            rest.remove(g)
            return g
        }
    }

    /// Every grammeme.
    public static let all: GrammemeSet = { var s = GrammemeSet(); s.low = ~0; s.high = ~0; return s }()

    /// OpenCorpora's names, comma-separated, in ``Grammeme`` order ("sing,nomn" style order is not kept).
    public var description: String { map(\.openCorporaName).joined(separator: ",") }
}
