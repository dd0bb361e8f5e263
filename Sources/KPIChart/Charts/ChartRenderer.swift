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
        let canvas = try CairoCanvas(format: format, size: options.size, scale: scale)
        switch kind {
        case .groupedBars: GroupedBarsChart(series: series, scope: scope, options: options).draw(on: canvas)
        }
        return try canvas.finish()
    }
}
