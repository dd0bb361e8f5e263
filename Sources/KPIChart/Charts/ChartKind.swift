/// The kinds of chart `kpi chart` draws.
public enum ChartKind: String, CaseIterable, Sendable {
    /// Areas × windows: the 3-month comparison.
    case groupedBars = "grouped-bars"
    /// Areas × indicators: a table of the newest window's values, coloured met / missed / no
    /// target, with the change from the previous window and the scope's total.
    case scorecard
    /// OTOP sales stacked by product category or sales channel, per area and window.
    case breakdown
    /// One line per area across the windows, the last values labelled at the right.
    case trend
    /// Every area of the level as a horizontal bar, best first, for the newest window, coloured
    /// met / missed, with the change from the window before.
    case ranking
}
