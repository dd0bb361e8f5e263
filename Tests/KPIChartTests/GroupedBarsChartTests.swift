import KPICore
import Testing

@testable import KPIChart

@Suite struct GroupedBarsChartTests {
    /// Draws the grouped bars of `indicator` on a recording canvas.
    func record(
        _ indicator: String, _ summary: Summary, level: AreaLevel, scope: ChartScope,
        size: Size = Size(width: 1600, height: 900), language: Language = .thai
    ) throws -> RecordingCanvas {
        let canvas = try RecordingCanvas(size: size)
        let series = try #require(IndicatorSeries(summary: summary, indicatorID: indicator, level: level))
        GroupedBarsChart(series: series, scope: scope, options: ChartOptions(language: language, size: size)).draw(
            on: canvas)
        return canvas
    }

    /// 25 districts of Chiang Mai lie down as rows, their names level, at a 1600-wide chart's
    /// preferred height, with no text clipped or overlapping.
    @Test(arguments: [Language.thai, .english])
    func chiangMaiDistrictsFit(language: Language) throws {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .district, in: .province(50))
        let series = try #require(
            IndicatorSeries(summary: summary, indicatorID: "womens-fund.overdue-ratio", level: .district))
        let chart = GroupedBarsChart(
            series: series, scope: ChartScope(level: .district, in: .province(50)),
            options: ChartOptions(language: language))
        let height = chart.preferredHeight(measuringWith: try RecordingCanvas(size: Size(width: 1600, height: 900)))
        let canvas = try record(
            "womens-fund.overdue-ratio", summary, level: .district,
            scope: ChartScope(level: .district, in: .province(50)),
            size: Size(width: 1600, height: height), language: language)
        #expect(canvas.texts.allSatisfy { $0.quarterTurns == 0 }, "names level")
        expectTextsInsideAndApart(canvas)
        #expect(
            canvas.texts.filter { $0.groups.contains("bars") && !$0.string.contains("%") && $0.string != "–" }.count
                == 25)
    }

    @Test func zoneProvincesAtSmallSize() throws {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(12))
        expectTextsInsideAndApart(
            try record(
                "womens-fund.overdue-ratio", summary, level: .province,
                scope: ChartScope(level: .province, in: .zone(12)), size: Size(width: 800, height: 450)))
    }

    /// Bars are proportional to values and the target line sits at the target's height.
    @Test func barsAndTargetFollowTheScale() throws {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(15))
        let canvas = try record(
            "womens-fund.overdue-ratio", summary, level: .province, scope: ChartScope(level: .province, in: .zone(15)))
        let series = try #require(
            IndicatorSeries(summary: summary, indicatorID: "womens-fund.overdue-ratio", level: .province))
        let bars = canvas.shapes.filter { $0.groups == ["bars"] && $0.kind == .fill }.compactMap { rectangle($0.path) }
        let values = series.areas.flatMap { $0.values.compactMap { $0 } }
        #expect(bars.count == values.count)
        let baseline = try #require(bars.first).maxY
        let pixelsPerUnit = bars[0].height / values[0]
        for (bar, value) in zip(bars, values) {
            #expect(abs(bar.maxY - baseline) < 0.001)
            #expect(abs(bar.height - value * pixelsPerUnit) < 0.01)
        }
        let targetLine = try #require(canvas.shapes.first { $0.groups == ["target"] })
        guard case .move(let start) = targetLine.path.elements.first else {
            Issue.record("no target line")
            return
        }
        #expect(abs((baseline - start.y) - 0.10 * pixelsPerUnit) < 0.01)
        #expect(targetLine.kind != .fill)
    }

    @Test func missingWindowIsMarkedNotZero() throws {
        // One district reports only in the newest window.
        var summary = try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(15))
        let first = try #require(summary.windows.first)
        summary.rows = summary.rows.map { row in
            var row = row
            if row.areaCode == 50, row.window == first, row.indicatorID == "womens-fund.overdue-ratio" {
                row.value = nil
            }
            return row
        }
        let canvas = try record(
            "womens-fund.overdue-ratio", summary, level: .province, scope: ChartScope(level: .province, in: .zone(15)))
        #expect(canvas.texts.contains { $0.string == "–" && $0.groups == ["bars"] })
        expectTextsInsideAndApart(canvas)
    }

    @Test func everyFrameStatesTheDataDate() throws {
        let summary = try SampleSummaries.summary("womens-fund.csv", level: .province, in: .zone(15))
        let canvas = try record(
            "womens-fund.overdue-ratio", summary, level: .province, scope: ChartScope(level: .province, in: .zone(15)))
        #expect(canvas.texts.contains { $0.string == "ข้อมูล ณ วันที่ 30 กันยายน 2569" && $0.groups == ["footer"] })
        #expect(canvas.texts.contains { $0.string.hasPrefix("สัดส่วนหนี้เกินกำหนดชำระ") && $0.groups == ["title"] })
    }
}
