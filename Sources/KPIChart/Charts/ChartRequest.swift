import KPICore

/// What chart to draw of a summary: its kind, the indicators it shows, the areas, how many
/// windows it compares, and its look.
public struct ChartRequest: Sendable {
    /// The kind of chart.
    public var kind: ChartKind
    /// The indicators: one id for every kind but the scorecard (for a breakdown `otop.sales`,
    /// `otop.sales.category` or `otop.sales.channel`, see `SalesBreakdown`); for a scorecard
    /// several ids, or all.
    public var indicators: IndicatorSelection
    /// The areas drawn and their level.
    public var scope: ChartScope
    /// How many 3-month windows (and survey years of annual indicators) the chart compares:
    /// what the summary it is drawn from should hold (`comparisons`).
    public var windows: Int
    /// Language, digits, size, titles, style and font.
    public var options: ChartOptions

    /// A chart of `kind` of `indicators` over `scope`, comparing `windows` windows.
    public init(
        kind: ChartKind = .groupedBars, indicators: IndicatorSelection, scope: ChartScope, windows: Int = 3,
        options: ChartOptions = ChartOptions()
    ) {
        self.kind = kind
        self.indicators = indicators
        self.scope = scope
        self.windows = windows
        self.options = options
    }

    /// The levels the summary must hold: the scope's, and for a scorecard the level of the
    /// scope's total (the province under its districts, the zone, the nation).
    public var levels: Set<AreaLevel> {
        var levels: Set<AreaLevel> = [scope.level]
        if kind == .scorecard, let total = scope.total { levels.insert(total.level) }
        return levels
    }

    /// What the summary compares besides its windows, as a briefing does: annual indicators
    /// over `windows` survey years, and flows with the same window a year before.
    public var comparisons: BriefingComparisons { BriefingComparisons(surveyYears: windows, yearEarlier: true) }

    /// The chart of `summary`, ready for `ChartRenderer`; an error that says what is missing
    /// when the summary has no values to draw. A scorecard shows annual indicators at their
    /// newest survey year.
    public func chart(of summary: Summary) throws(ChartRenderer.ChartError) -> any Chart {
        switch kind {
        case .groupedBars:
            return GroupedBarsChart(series: try series(of: oneIndicator(), in: summary), scope: scope, options: options)
        case .trend:
            return TrendChart(series: try series(of: oneIndicator(), in: summary), scope: scope, options: options)
        case .ranking:
            return RankingChart(series: try series(of: oneIndicator(), in: summary), scope: scope, options: options)
        case .scorecard:
            let definitions = try indicators.definitions(in: summary)
            guard
                let chart = ScorecardChart(
                    summary: summary.annualAtNewestSurveyYear, indicators: definitions, scope: scope,
                    options: options)
            else {
                throw ChartRenderer.ChartError(
                    description: "no \(scope.level.rawValue) values of "
                        + "\(definitions.map(\.id).joined(separator: ", ")) for \(scope.description(in: .english))")
            }
            return chart
        case .breakdown:
            let indicator = try oneIndicator()
            guard let breakdown = SalesBreakdown(indicator: indicator) else {
                throw ChartRenderer.ChartError(
                    description: "a breakdown chart is drawn for "
                        + "\(SalesBreakdown.spellings.joined(separator: ", ")), not \(indicator)")
            }
            let parts = try breakdown.parts.map { part throws(ChartRenderer.ChartError) in
                try series(of: part.indicatorID, in: summary)
            }
            return BreakdownChart(breakdown: breakdown, parts: parts, scope: scope, options: options)
        }
    }

    /// The one indicator id of a chart of one indicator.
    private func oneIndicator() throws(ChartRenderer.ChartError) -> String {
        guard case .ids(let ids) = indicators, ids.count == 1 else {
            throw ChartRenderer.ChartError(
                description: "a \(kind.rawValue) chart shows one indicator: give one id"
                    + (kind == .scorecard ? "" : " (several, or all, make a scorecard)"))
        }
        return ids[0]
    }

    /// The series of `indicatorID` at the scope's level, or an error that says what is missing.
    private func series(of indicatorID: String, in summary: Summary) throws(ChartRenderer.ChartError) -> IndicatorSeries
    {
        guard summary.indicators.contains(where: { $0.id == indicatorID }) else {
            throw ChartRenderer.noData(for: indicatorID, in: summary)
        }
        guard let series = IndicatorSeries(comparisonOf: summary, indicatorID: indicatorID, level: scope.level) else {
            throw ChartRenderer.ChartError(
                description:
                    "no \(scope.level.rawValue) values of \(indicatorID) for \(scope.description(in: .english))")
        }
        return series
    }
}
