import KPICore

/// Draws a chart of a summary into PNG, SVG or PDF bytes.
public struct ChartRenderer {
    /// A chart that cannot be drawn from the summary.
    public struct ChartError: Error, CustomStringConvertible {
        /// What cannot be drawn, and why.
        public let description: String
    }

    /// The summary the charts are drawn from.
    public let summary: Summary
    /// Language, digits, size, titles and style of every chart drawn.
    public let options: ChartOptions

    /// A renderer of charts of `summary` with `options`.
    public init(summary: Summary, options: ChartOptions) {
        self.summary = summary
        self.options = options
    }

    /// The bytes of `kind` for `indicatorID` over the areas of `scope`, in `format`.
    ///
    /// `indicatorID` is what `kpi chart --indicator` says: one id from the catalog; for a
    /// scorecard ids separated by commas, or `all` (see `IndicatorSelection`); for a breakdown
    /// `otop.sales` or `otop.sales.category` (the five categories) or `otop.sales.channel`
    /// (see `SalesBreakdown`). A scorecard with more rows or columns than `options.size` holds
    /// is drawn taller or wider (its preferred size), never clipped.
    /// A ranking with more rows than `options.size` holds at `RankingChart.minimumRowHeight` is
    /// drawn taller as PNG or SVG (its preferred height), and on more pages of that size as PDF.
    /// Grouped bars of more areas than stand side by side lie down, as tall as their rows need.
    public func render(_ kind: ChartKind, indicatorID: String, scope: ChartScope, format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        var size = options.size
        let draw: (Canvas) -> Void
        // The canvas that measured the layout, if one did: the picture's text is set as it measured.
        var measurer: RecordingCanvas?
        func measuring(_ size: Size) throws -> RecordingCanvas {
            let canvas = try RecordingCanvas(size: size, fontFamily: options.fontFamily)
            measurer = canvas
            return canvas
        }
        switch kind {
        case .groupedBars:
            let chart = GroupedBarsChart(series: try series(indicatorID, level: scope.level, scope: scope), scope: scope, options: options)
            size.height = chart.preferredHeight(measuringWith: try measuring(size))
            draw = chart.draw
        case .scorecard:
            let indicators = try IndicatorSelection(argument: indicatorID).definitions(in: summary)
            guard let chart = ScorecardChart(summary: summary.annualAtNewestSurveyYear, indicators: indicators, scope: scope, options: options) else {
                throw ChartError(description: "no \(scope.level.rawValue) values of \(indicators.map(\.id).joined(separator: ", ")) "
                                     + "for \(scope.description(in: .english))")
            }
            size = chart.preferredSize(measuringWith: try measuring(size))
            draw = chart.draw
        case .breakdown:
            guard let breakdown = SalesBreakdown(indicator: indicatorID) else {
                throw ChartError(description: "a breakdown chart is drawn for \(SalesBreakdown.spellings.joined(separator: ", ")), not \(indicatorID)")
            }
            let parts = try breakdown.parts.map { part throws in try series(part.indicatorID, level: scope.level, scope: scope) }
            draw = BreakdownChart(breakdown: breakdown, parts: parts, scope: scope, options: options).draw
        case .trend:
            draw = TrendChart(series: try series(indicatorID, level: scope.level, scope: scope), scope: scope, options: options).draw
        case .ranking:
            let series = try series(indicatorID, level: scope.level, scope: scope)
            let chart = RankingChart(series: series, scope: scope, options: options)
            if format == .pdf {
                draw = { canvas in chart.drawPages(on: canvas as! PagedCanvas) }
            } else {
                // PNG and SVG are one page: as tall as the rows need.
                size.height = chart.preferredHeight(measuringWith: try measuring(size))
                if format == .png, (size.height * scale).rounded() > Self.largestPNGSide {
                    throw ChartError(description: "a ranking of \(series.areas.count) areas needs a PNG \(Int((size.height * scale).rounded())) "
                                         + "pixels tall, more than the \(Int(Self.largestPNGSide)) cairo can make: use a smaller --scale, "
                                         + "or write SVG or PDF (pages of one size)")
                }
                draw = chart.draw
            }
        }
        let canvas = try CairoCanvas(format: format, size: size, scale: scale, fontFamily: options.fontFamily,
                                     background: options.style.colors.background, measuredBy: measurer)
        draw(canvas)
        return try canvas.finish()
    }

    /// cairo's image surfaces are at most this many pixels wide and tall.
    static let largestPNGSide = 32_767.0

    /// The series of `indicatorID` at `level`, or an error that says what is missing.
    private func series(_ indicatorID: String, level: AreaLevel, scope: ChartScope) throws(ChartError) -> IndicatorSeries {
        guard summary.indicators.contains(where: { $0.id == indicatorID }) else { throw Self.noData(for: indicatorID, in: summary) }
        guard let series = IndicatorSeries(comparisonOf: summary, indicatorID: indicatorID, level: level) else {
            throw ChartError(description: "no \(level.rawValue) values of \(indicatorID) for \(scope.description(in: .english))")
        }
        return series
    }

    /// "no data for indicator … in the input (it has: …)".
    static func noData(for indicatorID: String, in summary: Summary) -> ChartError {
        let known = summary.indicators.map(\.id).joined(separator: ", ")
        return ChartError(description: "no data for indicator \(indicatorID) in the input (it has: \(known))")
    }
}
