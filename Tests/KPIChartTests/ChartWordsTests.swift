import Foundation
import KPICore
import Testing

@testable import KPIChart

/// The words and numbers charts draw: ✓ / ✗ beside the colours, better or worse beside the
/// arrows, who reported, one unit per measure, ranks only for what is comparable, and Thai
/// digits everywhere when asked for.
@Suite struct ChartWordsTests {
    private let overdue = "womens-fund.overdue-ratio"

    /// Eight provinces' overdue ratios in 1…21 %; the first province's newest value is from 3
    /// of its 4 districts.
    private func provinces(_ indicatorID: String = "womens-fund.overdue-ratio", scale: Double = 0.2) -> Summary {
        let areas = Array(
            SeriesChartFixture.provinces { index, window in
                0.01 + SeriesChartFixture.scattered(index, window, scale: scale)
            }.prefix(8))
        var summary = SeriesChartFixture.summary(indicatorID, level: .province, areas: areas)
        let newest = summary.rows.firstIndex {
            $0.areaCode == areas[0].code && $0.window == SeriesChartFixture.windows.last!
        }!
        summary.rows[newest].areasReporting = 3
        summary.rows[newest].areasInInput = 4
        return summary
    }

    /// Bangkok (10), the first province by code.
    private var firstProvince: Int { Geography.bundled.provinces[0].code }

    /// How the charts write `summary`'s only indicator, a ratio, in Thai.
    private func percent(_ summary: Summary) -> ValueFormatter {
        ValueFormatter(definition: summary.indicators[0], largest: 1, language: .thai, digits: .arabic)
    }

    private func ranking(_ summary: Summary, options: ChartOptions = ChartOptions()) throws -> RecordingCanvas {
        let chart = RankingChart(
            series: SeriesChartFixture.series(summary, level: .province), scope: ChartScope(level: .province),
            options: options)
        let canvas = try RecordingCanvas(
            size: Size(width: 1600, height: chart.preferredHeight(measuringWith: RecordingCanvas(size: options.size))))
        chart.draw(on: canvas)
        return canvas
    }

    // MARK: Ranking

    @Test func rankingBarsSayMetOrMissedAndWhoReported() throws {
        let summary = provinces()
        let canvas = try ranking(summary)
        let newest = summary.rows.filter { $0.window == SeriesChartFixture.windows.last! }
        let labels = canvas.texts.filter { $0.groups.contains("rows") && $0.style.weight == .bold }.map(\.string)
        #expect(labels.count == newest.count)
        let formatter = percent(summary)
        for row in newest {
            let mark = row.targetMet! ? "✓" : "✗"
            // The first province is Bangkok, whose districts are เขต.
            let expected =
                formatter.label(row.value!) + " " + mark + (row.areaCode == firstProvince ? " · 3/4 เขต" : "")
            #expect(labels.contains(expected), "\(row.areaNameThai): \(expected)")
        }
        #expect(labels.contains { $0.hasSuffix("✓") } && labels.contains { $0.hasSuffix("✗") }, "the fixture has both")
        let legend = canvas.texts.filter { $0.groups == ["legend"] }.map(\.string)
        #expect(legend.starts(with: ["✓ ผ่านเป้าหมาย", "✗ ไม่ผ่านเป้าหมาย"]))
        // Ratios are ranked: rank 1 is drawn, and the subtitle does not disown the order.
        #expect(canvas.texts.contains { $0.groups.contains("rows") && $0.string == "1" })
        #expect(!canvas.texts.contains { $0.string.contains("ไม่ใช่การจัดอันดับ") })
    }

    @Test(arguments: ["otop.sales", "bmn.low-income"])
    func countsAreSortedLargestFirstWithoutRanks(indicatorID: String) throws {
        let summary = provinces(indicatorID, scale: 5_000_000)
        let canvas = try ranking(summary)
        let rows = canvas.texts.filter { $0.groups.contains("rows") }
        #expect(!rows.contains { $0.string.allSatisfy(\.isNumber) || $0.string == "–" }, "no rank numbers")
        let titles = canvas.texts.filter { $0.groups == ["title"] }.map(\.string)
        #expect(titles.count == 2 && titles[1].contains(" · เรียงจากมากไปน้อย ไม่ใช่การจัดอันดับผลงาน"), "\(titles)")
        // Largest first, whichever way is better (fewer low-income households is better).
        let widths = canvas.shapes.filter { $0.groups.contains("bar") }.compactMap { rectangle($0.path) }
            .sorted { $0.minY < $1.minY }.map(\.width)
        #expect(widths.count == 8 && widths == widths.sorted(by: >))
    }

    // MARK: Scorecard

    @Test func scorecardCellSaysBetterOrWorseAndWhoReported() throws {
        let summary = provinces()
        let chart = try #require(
            ScorecardChart(
                summary: summary, indicators: summary.indicators, scope: ChartScope(level: .province),
                options: ChartOptions()))
        let canvas = try RecordingCanvas(
            size: chart.preferredSize(measuringWith: RecordingCanvas(size: chart.options.size)))
        chart.draw(on: canvas)
        let row = try #require(
            summary.rows.first { $0.areaCode == firstProvince && $0.window == SeriesChartFixture.windows.last! })
        let formatter = percent(summary)
        let texts = canvas.texts.filter { $0.groups == ["scorecard-row:\(firstProvince)", "cell:\(overdue)"] }.map(
            \.string)
        let verdict = row.change! < 0 ? "ดีขึ้น" : "แย่ลง"
        #expect(
            texts == [
                formatter.label(row.value!) + (row.targetMet! ? " ✓" : " ✗"),
                formatter.change(row.change!) + " " + verdict + " · 3/4 เขต",
            ], "Bangkok's districts are เขต")
        // Every other province reported in full: no note.
        #expect(canvas.texts.filter { $0.string.contains("/4") }.count == 1)
        expectTextsInsideAndApart(canvas)
    }

    @Test func scorecardMoneyColumnsShareOneUnitAndNoValueReadsZero() throws {
        // Lampang's districts: online sales of 37,312 and 104,669 baht, offline in millions.
        let window = SeriesChartFixture.windows.last!
        let districts = Array(Geography.bundled.districts(ofProvince: 52).prefix(2))
        var rows: [SummaryRow] = []
        for (district, (online, offline)) in zip(districts, [(37_312.0, 4_000_000.0), (104_669.0, 250_000.0)]) {
            for (id, value) in [("otop.sales.online", online), ("otop.sales.offline", offline)] {
                rows.append(
                    SummaryRow(
                        level: .district, areaCode: district.code, areaNameThai: district.nameThai,
                        areaNameEnglish: district.nameEnglish, indicatorID: id, window: window, value: value,
                        dataAsOf: window.lastDay, areasReporting: 1, areasInInput: 1))
            }
        }
        let indicators = ["otop.sales.online", "otop.sales.offline"].map { IndicatorCatalog.bundled[id: $0]! }
        let summary = Summary(rows: rows, windows: [window], indicators: indicators)
        let chart = try #require(
            ScorecardChart(
                summary: summary, indicators: indicators, scope: ChartScope(level: .district, in: .province(52)),
                options: ChartOptions()))
        let canvas = try RecordingCanvas(
            size: chart.preferredSize(measuringWith: RecordingCanvas(size: chart.options.size)))
        chart.draw(on: canvas)
        let header = canvas.texts.filter { $0.groups == ["scorecard-header"] }.map(\.string)
        #expect(header.filter { $0.hasPrefix("ล้านบาท") }.count == 2, "both columns in million baht: \(header)")
        func value(_ code: Int, _ id: String) -> String? {
            canvas.texts.first { $0.groups == ["scorecard-row:\(code)", "cell:\(id)"] }?.string
        }
        #expect(value(districts[0].code, "otop.sales.online") == "0.04")
        #expect(value(districts[1].code, "otop.sales.online") == "0.1")
        #expect(value(districts[0].code, "otop.sales.offline") == "4.0")
        #expect(value(districts[1].code, "otop.sales.offline") == "0.3")
    }

    // MARK: Grouped bars

    @Test func groupedBarSaysWhoReportedUnderItsValue() throws {
        let summary = provinces()
        let canvas = try RecordingCanvas(size: Size(width: 1600, height: 900))
        GroupedBarsChart(
            series: SeriesChartFixture.series(summary, level: .province), scope: ChartScope(level: .province),
            options: ChartOptions()
        ).draw(on: canvas)
        let row = try #require(
            summary.rows.first { $0.areaCode == firstProvince && $0.window == SeriesChartFixture.windows.last! })
        let formatter = percent(summary)
        let noted = canvas.texts.filter { $0.groups.contains("bars") && $0.string.contains("/") }.map(\.string)
        #expect(noted == [formatter.label(row.value!) + "\n3/4"])
        expectTextsInsideAndApart(canvas)
    }

    // MARK: Thai digits

    @Test func thaiDigitsEverywhere() throws {
        let options = ChartOptions(digits: .thai)
        func expectNoArabicDigit(
            _ canvas: RecordingCanvas, _ chart: String, sourceLocation: SourceLocation = #_sourceLocation
        ) {
            let arabic = canvas.texts.map(\.string).filter { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }
            #expect(
                !canvas.texts.isEmpty && arabic.isEmpty, "\(chart): \(arabic.prefix(5))", sourceLocation: sourceLocation
            )
        }
        func record(size: Size = options.size, _ draw: (Canvas) -> Void) throws -> RecordingCanvas {
            let canvas = try RecordingCanvas(size: size)
            draw(canvas)
            return canvas
        }
        // Zones as the areas ("เขตตรวจราชการที่ ๑๕"), and provinces of zone 15 (the zone in the title).
        for (level, area) in [(AreaLevel.zone, AreaScope.nation), (.province, .zone(15))] {
            let scope = ChartScope(level: level, in: area)
            let files = [
                SampleSummaries.datasets.appending(path: "womens-fund.csv").path,
                SampleSummaries.datasets.appending(path: "otop-sales.csv").path,
            ]
            let summary = try Summarizer().summarize(
                SummaryRequest(files: files, filter: AreaFilter(levels: [level, .zone, .nation], scope: area))
            ).0
            let series = try #require(IndicatorSeries(summary: summary, indicatorID: overdue, level: level))
            expectNoArabicDigit(
                try record { GroupedBarsChart(series: series, scope: scope, options: options).draw(on: $0) },
                "grouped bars \(level)")
            expectNoArabicDigit(
                try record { TrendChart(series: series, scope: scope, options: options).draw(on: $0) }, "trend \(level)"
            )
            let ranking = RankingChart(series: series, scope: scope, options: options)
            let height = ranking.preferredHeight(measuringWith: try RecordingCanvas(size: options.size))
            expectNoArabicDigit(
                try record(size: Size(width: 1600, height: height)) { ranking.draw(on: $0) }, "ranking \(level)")
            let scorecard = try #require(
                ScorecardChart(summary: summary, indicators: summary.indicators, scope: scope, options: options))
            let size = scorecard.preferredSize(measuringWith: try RecordingCanvas(size: options.size))
            expectNoArabicDigit(try record(size: size) { scorecard.draw(on: $0) }, "scorecard \(level)")
            let parts = try SalesBreakdown.channel.parts.map {
                try #require(IndicatorSeries(summary: summary, indicatorID: $0.indicatorID, level: level))
            }
            expectNoArabicDigit(
                try record {
                    BreakdownChart(breakdown: .channel, parts: parts, scope: scope, options: options).draw(on: $0)
                },
                "breakdown \(level)")
        }
    }
}
