import KPICore

/// Draws a chart of a summary into PNG, SVG or PDF bytes.
public struct ChartRenderer {
    /// A chart that cannot be drawn from the summary.
    public struct ChartError: Error, CustomStringConvertible {
        public let description: String
    }

    public let summary: Summary
    public let options: ChartOptions

    public init(summary: Summary, options: ChartOptions) {
        self.summary = summary
        self.options = options
    }

    /// The bytes of `kind` for `indicatorID` over the areas of `scope`, in `format`.
    public func render(_ kind: ChartKind, indicatorID: String, scope: ChartScope, format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        guard summary.indicators.contains(where: { $0.id == indicatorID }) else {
            let known = summary.indicators.map(\.id).joined(separator: ", ")
            throw ChartError(description: "no data for indicator \(indicatorID) in the input (it has: \(known))")
        }
        guard let series = IndicatorSeries(summary: summary, indicatorID: indicatorID, level: scope.level) else {
            throw ChartError(description: "no \(scope.level.rawValue) values of \(indicatorID) for \(scope.description(in: .english))")
        }
        switch kind {
        case .groupedBars:
            let canvas = try CairoCanvas(format: format, size: options.size, scale: scale)
            GroupedBarsChart(series: series, scope: scope, options: options).draw(on: canvas)
            return try canvas.finish()
        case .trend:
            let canvas = try CairoCanvas(format: format, size: options.size, scale: scale)
            TrendChart(series: series, scope: scope, options: options).draw(on: canvas)
            return try canvas.finish()
        case .ranking:
            let chart = RankingChart(series: series, scope: scope, options: options)
            if format == .pdf {
                let canvas = try CairoCanvas(format: format, size: options.size, scale: scale)
                chart.drawPages(on: canvas)
                return try canvas.finish()
            }
            // PNG and SVG are one page: as tall as the rows need.
            let height = chart.preferredHeight(measuringWith: try RecordingCanvas(size: options.size))
            if format == .png, (height * scale).rounded() > Self.largestPNGSide {
                throw ChartError(description: "a ranking of \(series.areas.count) areas needs a PNG \(Int(height * scale)) pixels tall, "
                                 + "more than the \(Int(Self.largestPNGSide)) cairo can make: use a smaller --scale, or write SVG or PDF")
            }
            let canvas = try CairoCanvas(format: format, size: Size(width: options.size.width, height: height), scale: scale)
            chart.draw(on: canvas)
            return try canvas.finish()
        }
    }

    /// cairo's image surfaces are at most this many pixels wide and tall.
    static let largestPNGSide = 32_767.0
}
