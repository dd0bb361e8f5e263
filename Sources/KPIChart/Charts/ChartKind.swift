/// The kinds of chart `kpi chart` draws.
public enum ChartKind: String, CaseIterable, Sendable {
    /// Areas × windows: the 3-month comparison.
    case groupedBars = "grouped-bars"
}
