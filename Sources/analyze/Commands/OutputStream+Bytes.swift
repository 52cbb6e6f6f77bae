/// Writing raw bytes to the buffered output without making an array per write.
extension OutputStream {
    /// Appends `bytes` to the buffer, flushing when it is full.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Appends one byte to the buffer, flushing when it is full.
    func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= flushThreshold { flush() }
    }
}
