import KPICore

/// Each area's windows side by side, one bar per window: the 3-month comparison inspectors ask
/// for, with the target as a dashed line and the values on the bars.
///
/// Areas stand along the bottom (columns) while their names fit level under their bars;
/// otherwise (25 districts of a province, 77 provinces) the bars lie down, the areas listed
/// down the side with their names level (rows), and the chart asks for more height
/// (its size rule) rather than squeezing rows.
public struct GroupedBarsChart: Chart {
    /// The indicator's values per area and window.
    public let series: IndicatorSeries
    /// The areas drawn and the level they are at.
    public let scope: ChartScope
    /// Language, digits, size and style.
    public let options: ChartOptions

    /// The least height of an area's row when the bars lie down, in theme units per window.
    static let minimumRowHeightPerWindow = 12.0

    /// Grouped bars of `series`.
    public init(series: IndicatorSeries, scope: ChartScope, options: ChartOptions) {
        self.series = series
        self.scope = scope
        self.options = options
    }

    /// What both layouts share: type, value scale, titles and the frame.
    struct Parts {
        let theme: ChartTheme
        let formatter: ValueFormatter
        let frame: ChartFrame
        let target: TargetLine?
        let axis: ValueAxis
        let colors: [Color]
        let names: [String]

        init(_ chart: GroupedBarsChart, size: Size) {
            let series = chart.series
            let options = chart.options
            let parts = ValueChartParts(
                definition: series.definition, range: series.valueRange!, size: size, options: options)
            (theme, formatter, target, axis) = (parts.theme, parts.formatter, parts.target, parts.axis)
            let titles = ChartTitles(series: series, scope: chart.scope, options: options, formatter: formatter)
            let colors = theme.windowColors(series.windows.count)
            self.colors = colors
            var legend = colors.indices.map {
                ChartFrame.LegendEntry(label: series.shortLabel($0, calendar: options.calendar), color: colors[$0])
            }
            if let target = titles.targetLabel {
                legend.append(.init(label: target, color: theme.colors.target, dashed: true))
            }
            frame = ChartFrame(titles: titles, legend: legend, sourceLine: options.sourceLine)
            names = series.areaNames(in: options.language, digits: options.digits)
        }
    }

    /// Whether the areas' names fit level under columns on a canvas of `size`.
    func columnsFit(_ parts: Parts, size: Size, canvas: Canvas) -> Bool {
        let area = parts.frame.draw(on: MeasuringCanvas(size: size, measuringWith: canvas), theme: parts.theme)
        let width =
            area.width - parts.axis.labelWidth(on: canvas)
            - (parts.target.map { $0.labelSize(on: canvas).width + parts.theme.gap } ?? 0)
        return CategoryLabels.fitOneRow(
            names: parts.names, slotWidth: width / Double(series.areas.count), theme: parts.theme, canvas: canvas)
    }

    /// `options.size`, taller when the areas lie down as rows that need more height (see
    /// `preferredHeight(measuringWith:)`), on pages or not.
    public func size(paged: Bool, measuringWith measurer: TextMeasurer) -> Size {
        Size(
            width: options.size.width,
            height: preferredHeight(measuringWith: MeasuringCanvas(size: options.size, measuringWith: measurer)))
    }

    /// The height a canvas of `options.size`'s width needs: `options.size.height` when the areas
    /// stand as columns, or when their rows fit it; else as tall as rows of
    /// `minimumRowHeightPerWindow` need. Text is measured with `canvas`.
    func preferredHeight(measuringWith canvas: Canvas) -> Double {
        let parts = Parts(self, size: options.size)
        guard !columnsFit(parts, size: options.size, canvas: canvas) else { return options.size.height }
        let rows = GroupedBarsRows(self, parts: parts, size: options.size, canvas: canvas)
        return max(options.size.height, (options.size.height - rows.rowsHeight + rows.minimumRowsHeight).rounded(.up))
    }

    /// Draws the chart over the whole of `canvas` (see `size(paged:measuringWith:)` for its height).
    public func draw(on canvas: Canvas) {
        let parts = Parts(self, size: canvas.size)
        if columnsFit(parts, size: canvas.size, canvas: canvas) {
            GroupedBarsColumns(self, parts: parts).draw(on: canvas)
        } else {
            GroupedBarsRows(self, parts: parts, size: canvas.size, canvas: canvas).draw(on: canvas)
        }
    }
}
