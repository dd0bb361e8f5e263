/// A chart: how big a canvas it needs, and how it draws itself on one. `ChartRenderer` draws any
/// chart to PNG, SVG or PDF; a briefing page or a test draws it on a canvas of its own.
///
/// The library's charts (`GroupedBarsChart`, `TrendChart`, `RankingChart`, `ScorecardChart`,
/// `BreakdownChart`) are charts; so is one of yours, written on `Canvas`. A chart that fits the
/// size asked for (`options.size`) needs only `draw(on:)`.
public protocol Chart {
    /// Language, digits, the size asked for, style and font: what the chart is drawn with.
    var options: ChartOptions { get }

    /// The size rule: the canvas the chart is drawn on, in canvas units. `options.size`, or
    /// larger when the chart grows to hold its content on one page (more rows make it taller).
    /// `paged` says the output can take more pages of one size (PDF): a chart that goes on over
    /// pages (`draw(onPages:)`) keeps `options.size` then. Text is measured with `measurer`.
    func size(paged: Bool, measuringWith measurer: TextMeasurer) -> Size

    /// Draws the chart over the whole of `canvas`, whose size the size rule gave for one page.
    func draw(on canvas: any Canvas)

    /// Draws the chart on `canvas`, whose size the size rule gave with `paged`, calling
    /// `newPage()` between pages; returns the number of pages.
    @discardableResult
    func draw(onPages canvas: any PagedCanvas) -> Int
}

extension Chart {
    /// The size asked for: a chart that fits whatever it is given.
    public func size(paged: Bool, measuringWith measurer: TextMeasurer) -> Size { options.size }

    /// One page: `draw(on:)`.
    @discardableResult
    public func draw(onPages canvas: any PagedCanvas) -> Int {
        draw(on: canvas)
        return 1
    }
}
