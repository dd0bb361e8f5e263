import Foundation

/// Turns a `Summary` into the bytes of one output format (`kpi summarize --format`): text or a
/// binary file such as a workbook.
public protocol SummaryOutput: Sendable {
    /// The whole output; the same summary always gives the same bytes.
    func data(for summary: Summary) throws -> Data
}

/// Turns a `Summary` into the text of one output format (`kpi summarize --format`).
public protocol SummaryWriter: SummaryOutput {
    /// The whole output, ending with a newline; the same summary always gives the same bytes.
    func render(_ summary: Summary) -> String
}

extension SummaryWriter {
    /// `render` as UTF-8.
    public func data(for summary: Summary) -> Data {
        Data(render(summary).utf8)
    }
}
