/// The kinds of chart `kpi chart` draws.
public enum ChartKind: String, CaseIterable, Sendable {
    /// Areas × windows: the 3-month comparison.
    case groupedBars = "grouped-bars"
    /// One line per area across the windows.
    case trend
    /// Every area of the level, best first, in the newest window.
    case ranking

    /// One line of help: what the chart shows.
    public var abstract: String {
        switch self {
        case .groupedBars: return "one group of bars per area, one bar per window, the target as a dashed line"
        case .trend: return "one line per area across the windows, the last values labelled at the right"
        case .ranking: return "every area as a horizontal bar, best first, for the newest window, coloured met / missed, "
            + "with the change from the window before (a long ranking makes a taller PNG or SVG, or more PDF pages)"
        }
    }
}
