/// A problem with one record (or the header) of an input file.
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

    public init(file: String, line: Int, column: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        if let column { return "\(file):\(line): column \(column): \(reason)" }
        return "\(file):\(line): \(reason)"
    }
}
