/// A geography table that cannot be loaded: `FILE:LINE: reason`.
public struct GeographyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The geography table, e.g. `districts.csv`.
    public let file: String
    /// The line of the table (1 = the header).
    public let line: Int
    /// What is wrong.
    public let reason: String

    /// `FILE:LINE: reason`.
    public var description: String { "\(file):\(line): \(reason)" }
}
