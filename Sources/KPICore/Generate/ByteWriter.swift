/// Bytes gathered in a large buffer and written to a file descriptor a block at a time.
///
/// Appending never throws: the first failed `write(2)` is kept in `failure`, later bytes are
/// dropped, and the owner checks `failure` when it finishes (as with `ferror`).
struct ByteWriter: ByteSink, ~Copyable {
    private let descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    /// The `errno` of the first write that failed, or `nil`.
    private(set) var failure: Int32?

    /// A writer to `descriptor` (which it does not close) with a buffer of `capacity` bytes.
    init(descriptor: Int32, capacity: Int = 1 << 20) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { flush() }
        buffer[count] = byte
        count &+= 1
    }

    /// Writes out the buffered bytes.
    mutating func flush() {
        if failure == nil {
            failure = StagedFile.writeAll(UnsafeRawBufferPointer(start: buffer, count: count), to: descriptor)
        }
        count = 0
    }
}
