/// Where a generator's rows go: the buffered file writer, the row limit, and the progress line.
///
/// A generator calls `beginRow()` before each row and stops as soon as it returns `false`.
struct RowOutput: ~Copyable {
    /// The bytes of the rows.
    var writer: ByteWriter
    /// Rows allowed at most.
    let limit: Int
    /// Rows begun so far.
    private(set) var rowsWritten = 0
    private let progress: ProgressLine?

    init(writer: consuming ByteWriter, limit: Int, progress: ProgressLine?) {
        self.writer = writer
        self.limit = limit
        self.progress = progress
    }

    /// Whether one more row may be written: `false` once the limit is reached or a write failed.
    @inline(__always)
    mutating func beginRow() -> Bool {
        guard rowsWritten < limit, writer.failure == nil else { return false }
        rowsWritten &+= 1
        if rowsWritten & 0x3_FFFF == 0 { progress?.show(rowsWritten) }
        return true
    }

    /// Writes out what is buffered and clears the progress line; returns the `errno` of the
    /// first write that failed, if any.
    mutating func finish() -> Int32? {
        writer.flush()
        progress?.clear()
        return writer.failure
    }
}
