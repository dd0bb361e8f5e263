/// The kinds of chart `kpi chart` draws.
public enum ChartKind: String, CaseIterable, Sendable {
    /// Areas × windows: the 3-month comparison.
    case groupedBars = "grouped-bars"
    /// One line per area across the windows, the last values labelled at the right.
    case trend
    /// Every area of the level as a horizontal bar, best first, for the newest window, coloured
    /// met / missed, with the change from the window before.
    case ranking
}
