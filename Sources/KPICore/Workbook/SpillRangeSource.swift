/// Bytes of a range of a temporary file (a sheet's XML, inflated once), read in order.
final class SpillRangeSource: ByteSource {
    private let file: SpillFile
    private var next: Int
    private let end: Int
    private let displayName: String

    init(_ file: SpillFile, range: Range<Int>, displayName: String) {
        self.file = file
        next = range.lowerBound
        end = range.upperBound
        self.displayName = displayName
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(RowError) -> Int {
        let count = min(buffer.count, end &- next)
        guard count > 0 else { return 0 }
        do {
            try file.read(into: buffer.baseAddress!, count: count, at: next)
        } catch {
            throw Self.unreadable(displayName, error)
        }
        next &+= count
        return count
    }

    /// The error for a temporary file that cannot be read back.
    static func unreadable(_ displayName: String, _ error: SpillError) -> RowError {
        RowError(file: displayName, line: 0, reason: "cannot read back the temporary file of the sheet (in TMPDIR): \(error.reason)")
    }
}
