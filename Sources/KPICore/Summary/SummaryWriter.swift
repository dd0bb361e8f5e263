/// Turns a `Summary` into the text of one output format (`kpi summarize --format`).
public protocol SummaryWriter: Sendable {
    /// The whole output, ending with a newline; the same summary always gives the same bytes.
    func render(_ summary: Summary) -> String
}
