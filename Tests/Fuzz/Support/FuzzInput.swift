/// The bytes libFuzzer hands to a target, with helpers to take option bytes off the front
/// (so one input chooses both the options and the data, and libFuzzer can mutate both).
struct FuzzInput {
    private(set) var bytes: UnsafeBufferPointer<UInt8>

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    }

    /// Takes the first byte off (0 when the input is empty).
    mutating func takeByte() -> UInt8 {
        guard let first = bytes.first else { return 0 }
        bytes = UnsafeBufferPointer(rebasing: bytes[1...])
        return first
    }

    /// The rest as an array.
    var array: [UInt8] { Array(bytes) }

    /// The rest as text, invalid UTF-8 replaced with U+FFFD (what a lossy decode gives).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
