/// Where a generator's rows go: the buffered file writer, the row limit, and the progress report.
///
/// A generator calls `beginRow()` before each row and stops as soon as it returns `false`.
struct RowOutput: ~Copyable {
    /// Rows between two progress reports.
    static let reportInterval = 1 << 18

    /// The bytes of the rows.
    var writer: ByteWriter
    /// Rows allowed at most.
    let limit: Int
    /// Rows begun so far.
    private(set) var rowsWritten = 0
    /// Told of the rows begun, `reportInterval` at a time.
    private let progress: (@Sendable (Int) -> Void)?

    init(writer: consuming ByteWriter, limit: Int, progress: (@Sendable (Int) -> Void)?) {
        self.writer = writer
        self.limit = limit
        self.progress = progress
    }

    /// Whether one more row may be written: `false` once the limit is reached or a write failed.
    @inline(__always)
    mutating func beginRow() -> Bool {
        guard rowsWritten < limit, writer.failure == nil else { return false }
        rowsWritten &+= 1
        if rowsWritten & (Self.reportInterval &- 1) == 0 { progress?(Self.reportInterval) }
        return true
    }

    /// Writes out what is buffered; returns the `errno` of the first write that failed, if any.
    mutating func finish() -> Int32? {
        writer.flush()
        return writer.failure
    }
}
