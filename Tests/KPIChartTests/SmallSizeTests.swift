import KPICore
import Testing

@testable import KPIChart

/// Every kind of chart at 600×400: no text below the readable minimum (10 px, footers 9 px),
/// every text inside the canvas and none overlapping; a small chart reflows instead.
@Suite struct SmallSizeTests {
    static let size = Size(width: 600, height: 400)

    /// Draws `draw` on a recording canvas of `size` and checks it.
    func check(
        size: Size = SmallSizeTests.size, _ draw: (Canvas) -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let canvas = try RecordingCanvas(size: size)
        draw(canvas)
        #expect(!canvas.texts.isEmpty, sourceLocation: sourceLocation)
        let small = canvas.texts.filter {
            $0.style.size < ($0.groups.contains("footer") ? ChartTheme.minimumFooterSize : ChartTheme.minimumTextSize)
        }
        #expect(
            small.isEmpty, "too small: \(small.prefix(5).map { "\($0.string) \($0.style.size)" })",
            sourceLocation: sourceLocation)
        expectTextsInsideAndApart(canvas, sourceLocation: sourceLocation)
    }

    func series(_ file: String, _ indicator: String, level: AreaLevel, in area: AreaScope = .nation) throws
        -> IndicatorSeries
    {
        let summary = try SampleSummaries.summary(file, level: level, in: area)
        return try #require(IndicatorSeries(summary: summary, indicatorID: indicator, level: level))
    }

    let options = ChartOptions(size: SmallSizeTests.size)

    @Test(arguments: [(AreaLevel.province, 15), (.district, 5)])
    func groupedBars(level: AreaLevel, zone: Int) throws {
        let chart = GroupedBarsChart(
            series: try series("otop-sales.csv", "otop.sales", level: level, in: .zone(zone)),
            scope: ChartScope(level: level, in: .zone(zone)), options: options)
        let height = chart.preferredHeight(measuringWith: try RecordingCanvas(size: Self.size))
        try check(size: Size(width: 600, height: height), chart.draw)
    }

    @Test func groupedBarsWithATarget() throws {
        let chart = GroupedBarsChart(
            series: try series("womens-fund.csv", "womens-fund.overdue-ratio", level: .province, in: .zone(15)),
            scope: ChartScope(level: .province, in: .zone(15)), options: options)
        try check(chart.draw)
    }

    @Test func trend() throws {
        try check(
            TrendChart(
                series: try series("womens-fund.csv", "womens-fund.overdue-ratio", level: .district, in: .province(52)),
                scope: ChartScope(level: .district, in: .province(52)), options: options
            ).draw)
    }

    @Test func ranking() throws {
        let chart = RankingChart(
            series: try series("womens-fund.csv", "womens-fund.overdue-ratio", level: .district, in: .province(50)),
            scope: ChartScope(level: .district, in: .province(50)), options: options)
        try check(
            size: Size(width: 600, height: chart.preferredHeight(measuringWith: try RecordingCanvas(size: Self.size))),
            chart.draw)
    }

    @Test func scorecard() throws {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(12))
        let chart = try #require(
            ScorecardChart(
                summary: summary, indicators: summary.indicators, scope: ChartScope(level: .province, in: .zone(12)),
                options: options))
        try check(size: chart.preferredSize(measuringWith: try RecordingCanvas(size: Self.size)), chart.draw)
    }

    @Test func breakdown() throws {
        let summary = try SampleSummaries.summary("otop-sales.csv", level: .province, in: .zone(15))
        let parts = try SalesBreakdown.category.parts.map { part in
            try #require(IndicatorSeries(summary: summary, indicatorID: part.indicatorID, level: .province))
        }
        try check(
            BreakdownChart(
                breakdown: .category, parts: parts, scope: ChartScope(level: .province, in: .zone(15)), options: options
            ).draw)
    }
}

/// A value label never crosses the dashed target line of grouped bars.
@Suite struct ValueLabelTargetTests {
    @Test(arguments: [Size(width: 1600, height: 900), Size(width: 800, height: 450)])
    func noValueLabelCrossesTheTargetLine(size: Size) throws {
        // Values close to the 10 % target, so that labels above the bars would cross it.
        let areas = SeriesChartFixture.districts(of: 50, count: 5) { index, window in
            0.085 + 0.004 * Double(index + window)
        }
        let summary = SeriesChartFixture.summary("womens-fund.overdue-ratio", areas: areas)
        let canvas = try RecordingCanvas(size: size)
        GroupedBarsChart(
            series: SeriesChartFixture.series(summary), scope: ChartScope(level: .district, in: .province(50)),
            options: ChartOptions(size: size)
        ).draw(on: canvas)
        let line = try #require(canvas.shapes.first { $0.groups == ["target"] })
        guard case .move(let start) = line.path.elements.first else {
            Issue.record("no target line")
            return
        }
        let labels = canvas.texts.filter { $0.groups == ["bars", "values"] }
        #expect(labels.count >= 5)
        #expect(
            !labels.contains { $0.box.minY < start.y && $0.box.maxY > start.y },
            "crossing: \(labels.filter { $0.box.minY < start.y && $0.box.maxY > start.y }.map(\.string))")
        // Each label stands over its own bar.
        let bars = canvas.shapes.filter { $0.groups == ["bars"] && $0.kind == .fill }.compactMap { rectangle($0.path) }
        for label in labels {
            #expect(bars.contains { abs($0.midX - label.box.midX) < 0.5 }, "\(label.string) is not centred on a bar")
        }
    }
}
