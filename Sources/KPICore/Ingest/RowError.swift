/// A problem with one record (or the header) of an input file: the record errors of
/// `InvalidInput`, and the place and reason of an `IngestError` (line 0 for the whole file).
///
/// Printed as the data contract says: `FILE:LINE: column COLUMN: reason`, where LINE is the
/// physical line on which the record starts (1 = the header) and the column part is left out for
/// a problem of the whole record.
public struct RowError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Physical line where the record starts; 1 is the header.
    public var line: Int
    /// The contract's column name, or `nil` for a problem of the whole record or file.
    public var column: String?
    /// What is wrong, for people.
    public var reason: String

    /// The problem `reason` with the record on `line` of `file`, in `column` when one is at fault.
    public init(file: String, line: Int, column: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `FILE:LINE: column COLUMN: reason`, or `FILE:LINE: reason` without a column.
    public var description: String {
        if let column { return "\(file):\(line): column \(column): \(reason)" }
        return "\(file):\(line): \(reason)"
    }
}
