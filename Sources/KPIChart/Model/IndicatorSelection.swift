import KPICore

/// Which indicators a chart of several indicators (a scorecard) shows: the ids given, in their
/// order, or every indicator in the summary.
public enum IndicatorSelection: Equatable, Sendable {
    /// Every indicator in the summary, in the order of their ids.
    case all
    /// These ids, in this order.
    case ids([String])

    /// One indicator: what every chart but the scorecard shows.
    public static func id(_ id: String) -> IndicatorSelection { .ids([id]) }

    /// The catalog entries of the selected indicators in `summary`, in order (by id for `all`);
    /// throws for an id the summary has no data for, or when nothing is selected.
    public func definitions(in summary: Summary) throws(ChartRenderer.ChartError) -> [IndicatorDefinition] {
        switch self {
        case .all:
            guard !summary.indicators.isEmpty else {
                throw ChartRenderer.ChartError(description: "the input has no indicators")
            }
            return summary.indicators.sorted { $0.id < $1.id }
        case .ids(let ids):
            guard !ids.isEmpty else {
                throw ChartRenderer.ChartError(description: "give at least one indicator id, or all")
            }
            let byID = Dictionary(summary.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return try ids.map { id throws(ChartRenderer.ChartError) in
                guard let definition = byID[id] else { throw ChartRenderer.noData(for: id, in: summary) }
                return definition
            }
        }
    }
}
