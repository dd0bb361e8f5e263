/// A geography table that cannot be loaded: `FILE:LINE: reason`.
public struct GeographyError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let reason: String

    public var description: String { "\(file):\(line): \(reason)" }
}
