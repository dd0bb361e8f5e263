import Foundation
import KPICore
import Testing

@testable import KPIChart

/// The ranking, laid out on a `RecordingCanvas`: text inside and apart, bars sorted best first
/// with lengths proportional to the values, colours by target, the target line at the target,
/// the change beside each bar, the preferred height of a national ranking, and PDF pages.
@Suite struct RankingChartTests {
    private let overdue = "womens-fund.overdue-ratio"

    /// Chiang Mai's 25 districts: overdue ratios in 1…41 %, a tie, and one district without a
    /// value in the newest window.
    private func chiangMai(_ indicatorID: String = "womens-fund.overdue-ratio") -> Summary {
        let areas = SeriesChartFixture.districts(of: 50) { index, window in
            if index == 4, window == 2 { return nil }
            if index == 7 || index == 8 { return 0.2 }
            return 0.01 + SeriesChartFixture.scattered(index, window)
        }
        return SeriesChartFixture.summary(indicatorID, areas: areas)
    }

    /// The fifth district of Chiang Mai (แม่แตง), which has no value in the newest window.
    private let maeTaeng = Array(Geography.bundled.districts(ofProvince: 50))[4].nameThai

    private func chart(_ summary: Summary, in area: AreaScope = .province(50), options: ChartOptions = ChartOptions())
        -> RankingChart
    {
        RankingChart(
            series: SeriesChartFixture.series(summary), scope: ChartScope(level: .district, in: area), options: options)
    }

    /// The chart drawn on one page of its preferred height.
    private func draw(_ chart: RankingChart) throws -> RecordingCanvas {
        let height = chart.size(paged: false, measuringWith: try TextMeasurer()).height
        let canvas = try RecordingCanvas(size: Size(width: chart.options.size.width, height: height))
        chart.draw(on: canvas)
        return canvas
    }

    /// The bars, top to bottom.
    private func bars(_ canvas: RecordingCanvas, page: Int = 0) -> [(rect: Rect, color: Color)] {
        canvas.shapes.filter { $0.groups.contains("bar") && $0.page == page }.compactMap { shape in
            guard case .rectangle(let rect) = shape.path.elements.first else { return nil }
            return (rect, shape.color)
        }.sorted { $0.rect.minY < $1.rect.minY }
    }

    /// Area names, top to bottom.
    private func names(_ canvas: RecordingCanvas, page: Int? = nil) -> [String] {
        canvas.texts.filter {
            $0.groups.contains("rows") && $0.style.alignment == .trailing && (page == nil || $0.page == page)
        }
        .sorted { ($0.page, $0.box.minY) < ($1.page, $1.box.minY) }.map(\.string)
    }

    @Test(arguments: [(Language.thai, DigitStyle.arabic), (.english, .arabic), (.thai, .thai)])
    func everyTextInsideTheCanvasAndApart(language: Language, digits: DigitStyle) throws {
        let canvas = try draw(chart(chiangMai(), options: ChartOptions(language: language, digits: digits)))
        #expect(names(canvas).count == 25)
        expectTextsInsideAndApart(canvas)
    }

    @Test func barsSortedBestFirstAndProportionalToTheValues() throws {
        let summary = chiangMai()
        let canvas = try draw(chart(summary))
        let newest = summary.rows.filter { $0.window == SeriesChartFixture.windows.last! && $0.value != nil }
            .sorted { ($0.rank!, $0.value!, $0.areaCode!) < ($1.rank!, $1.value!, $1.areaCode!) }
        // Names follow the summary's ranks; the district without a value comes last.
        #expect(names(canvas) == newest.map(\.areaNameThai) + [maeTaeng])
        let drawn = bars(canvas)
        #expect(drawn.count == newest.count)
        // Lower is better: bars grow down the chart, in proportion to the values, from one zero line.
        let widths = drawn.map(\.rect.width)
        #expect(widths == widths.sorted())
        let perUnit = drawn[0].rect.width / newest[0].value!
        for (bar, row) in zip(drawn, newest) {
            #expect(abs(bar.rect.width - row.value! * perUnit) < 0.01, "\(row.areaNameThai)")
            #expect(abs(bar.rect.minX - drawn[0].rect.minX) < 0.01)
        }
        // Tied districts share a rank.
        let ranks = canvas.texts.filter {
            $0.groups.contains("rows") && $0.string == String(newest.first { $0.value == 0.2 }!.rank!)
        }
        #expect(ranks.count == 2)
    }

    @Test func barsColouredMetMissedOrNeutral() throws {
        let summary = chiangMai()
        let drawn = bars(try draw(chart(summary)))
        let newest = summary.rows.filter { $0.window == SeriesChartFixture.windows.last! && $0.value != nil }.sorted {
            $0.value! < $1.value!
        }
        #expect(
            drawn.map(\.color) == newest.map { $0.targetMet! ? ChartColors.standard.met : ChartColors.standard.missed })
        #expect(
            drawn.contains { $0.color == ChartColors.standard.met }
                && drawn.contains { $0.color == ChartColors.standard.missed })
        // Outstanding money has no target: every bar neutral, and no met / missed legend.
        let outstanding = SeriesChartFixture.summary(
            "womens-fund.outstanding",
            areas: SeriesChartFixture.districts(of: 50) { index, window in
                Double(100_000 + 5_000 * index + 1_000 * window)
            })
        let canvas = try draw(chart(outstanding))
        #expect(bars(canvas).allSatisfy { $0.color == ChartColors.standard.neutral })
        #expect(!canvas.texts.contains { $0.groups.contains("legend") })
    }

    @Test func targetLineAtTheTarget() throws {
        let summary = chiangMai()
        let canvas = try draw(chart(summary))
        let drawn = bars(canvas)
        let newest = summary.rows.filter { $0.window == SeriesChartFixture.windows.last! && $0.value != nil }.sorted {
            $0.value! < $1.value!
        }
        let zero = drawn[0].rect.minX
        let perUnit = drawn.last!.rect.width / newest.last!.value!
        let line = try #require(canvas.shapes.first { $0.groups.contains("target") })
        guard case .move(let start) = line.path.elements[0], case .line(let end) = line.path.elements[1],
            case .stroke(_, let dash) = line.kind
        else {
            Issue.record("the target is a stroked line")
            return
        }
        #expect(!dash.isEmpty, "dashed")
        #expect(abs(start.x - end.x) < 0.01, "vertical")
        #expect(abs(start.x - (zero + 0.10 * perUnit)) < 0.01)
        #expect(start.y <= drawn.first!.rect.minY && end.y >= drawn.last!.rect.maxY, "across every row")
        let label = try #require(canvas.texts.first { $0.groups.contains("target-label") })
        #expect(label.string == "10.0%")
        #expect(abs(label.box.midX - start.x) < 0.5)
    }

    @Test func valueAtEachBarsEndAndTheChangeBesideIt() throws {
        let summary = chiangMai()
        let canvas = try draw(chart(summary))
        let values = canvas.texts.filter { $0.groups.contains("rows") && $0.style.weight == .bold }
        for bar in bars(canvas) {
            let label = try #require(values.first { abs($0.box.midY - bar.rect.midY) < 0.5 })
            #expect(
                label.box.minX > bar.rect.maxX && label.box.minX - bar.rect.maxX < 10,
                "\(label.string) just past the bar")
        }
        let changes = canvas.texts.filter {
            $0.groups.contains("rows") && ["▲", "▼", "•"].contains($0.string.first.map(String.init) ?? "")
        }
        let withChange = summary.rows.filter { $0.window == SeriesChartFixture.windows.last! && $0.change != nil }
        #expect(changes.count == withChange.count)
        // เมืองเชียงใหม่: its change, in percentage points, on its row.
        let row = try #require(withChange.first { $0.areaCode == 5001 })
        let formatter = ValueFormatter(definition: summary.indicators[0], largest: 1, language: .thai, digits: .arabic)
        let name = try #require(canvas.texts.first { $0.string == "เมืองเชียงใหม่" })
        let change = try #require(changes.first { abs($0.box.midY - name.box.midY) < 0.5 })
        #expect(change.string == formatter.changeWithVerdict(row.change!))
        // Overdue debt going down is better, going up worse.
        #expect(change.string.hasSuffix(row.change! < 0 ? " ดีขึ้น" : " แย่ลง"))
        // The district without a newest value says so instead of drawing a zero bar.
        let missing = try #require(canvas.texts.first { $0.string == "ไม่มีข้อมูล" })
        #expect(abs(missing.box.midY - canvas.texts.first { $0.string == maeTaeng }!.box.midY) < 0.5)
    }

    @Test func aNationalRankingGetsTheHeightItsRowsNeed() throws {
        let areas = SeriesChartFixture.districts(count: 900) { index, window in
            0.001 + SeriesChartFixture.scattered(index, window)
        }
        let summary = SeriesChartFixture.summary(overdue, areas: areas)
        let ranking = chart(summary, in: .nation)
        let height = ranking.size(paged: false, measuringWith: try TextMeasurer()).height
        #expect(height >= 900 * RankingChart.minimumRowHeight)
        let canvas = try RecordingCanvas(size: Size(width: 1600, height: height))
        ranking.draw(on: canvas)
        let drawn = bars(canvas)
        #expect(drawn.count == 900)
        let steps = zip(drawn.dropFirst(), drawn).map { $0.rect.midY - $1.rect.midY }
        #expect(steps.min()! >= RankingChart.minimumRowHeight - 0.01, "rows at least the minimum height")
        #expect(drawn.last!.rect.maxY <= height)
        expectTextsInsideAndApart(canvas)
        // เฉลิมพระเกียรติ is a district of five provinces: each says which.
        let repeated = names(canvas).filter { $0.hasPrefix("เฉลิมพระเกียรติ") }
        #expect(
            repeated.count >= 2 && Set(repeated).count == repeated.count && repeated.allSatisfy { $0.hasSuffix(")") })
    }

    @Test func longNamesWrapInTheirColumnAndRowsMakeRoom() throws {
        // Real names fit the name column (at most 28 % of the width); a name longer than that
        // wraps between words, and every row makes room for its two lines.
        var areas = SeriesChartFixture.districts(of: 50, count: 12) { index, window in
            0.01 + SeriesChartFixture.scattered(index, window)
        }
        areas[3].nameThai = "อำเภอที่มีชื่อยาวมากเป็นพิเศษ สำหรับทดสอบการตัดคำ ของชื่อพื้นที่ ในแผนภูมิจัดอันดับ"
        areas[3].nameEnglish = "A District With A Very Long Name Indeed, For Testing How Names Wrap In The Ranking"
        let summary = SeriesChartFixture.summary(overdue, areas: areas)
        for language in Language.allCases {
            let canvas = try draw(chart(summary, options: ChartOptions(language: language)))
            expectTextsInsideAndApart(canvas)
            let names = canvas.texts.filter { $0.groups.contains("rows") && $0.style.alignment == .trailing }
            #expect(names.count == 12)
            let wrapWidth = try #require(names.first?.style.wrapWidth)
            #expect(names.allSatisfy { $0.box.width <= wrapWidth + 0.5 }, "every name within its column")
            let oneLine = names.map(\.box.height).min()!
            let long = try #require(
                names.first { $0.string == (language == .thai ? areas[3].nameThai : areas[3].nameEnglish) })
            #expect(long.box.height > 1.5 * oneLine, "wrapped onto more lines")
            let steps = zip(bars(canvas).dropFirst(), bars(canvas)).map { $0.rect.midY - $1.rect.midY }
            #expect(steps.min()! >= long.box.height, "rows as tall as the wrapped name")
        }
    }

    @Test func aShortRankingKeepsTheRequestedHeight() throws {
        let areas = SeriesChartFixture.districts(of: 50, count: 5) { index, _ in 0.05 * Double(index + 1) }
        let ranking = chart(SeriesChartFixture.summary(overdue, areas: areas))
        #expect(ranking.size(paged: false, measuringWith: try TextMeasurer()) == Size(width: 1600, height: 900))
    }

    @Test func aLongPDFRankingGoesOnOverPagesOfOneSize() throws {
        let areas = SeriesChartFixture.districts(count: 120) { index, window in
            0.001 + SeriesChartFixture.scattered(index, window)
        }
        let summary = SeriesChartFixture.summary(overdue, areas: areas)
        let a4 = ChartOptions(size: Size(width: 842, height: 595))
        let ranking = chart(summary, in: .nation, options: a4)
        let canvas = try RecordingCanvas(size: a4.size)
        let pages = ranking.draw(onPages: canvas)
        #expect(pages > 1 && canvas.pageCount == pages)
        expectTextsInsideAndApart(canvas)
        let unit = ChartTheme(size: a4.size).unit
        for page in 0..<pages {
            let texts = canvas.texts.filter { $0.page == page }
            let title = try #require(texts.first { $0.groups.contains("title") })
            #expect(title.string.hasSuffix("(ต่อ)") == (page > 0), "page \(page + 1)")
            #expect(
                texts.contains { $0.groups.contains("footer") && $0.string.hasPrefix("ข้อมูล ณ วันที่") },
                "as-of on page \(page + 1)")
            let drawn = bars(canvas, page: page)
            let steps = zip(drawn.dropFirst(), drawn).map { $0.rect.midY - $1.rect.midY }
            #expect(steps.min()! >= RankingChart.minimumRowHeight * unit - 0.01)
        }
        // Every area once, best first, across the pages.
        let all = names(canvas)
        #expect(all.count == 120 && Set(all).count == 120)
        let perPage = (0..<pages).map { names(canvas, page: $0).count }
        #expect(perPage.max()! - perPage.min()! <= 1, "rows shared evenly: \(perPage)")

        // The renderer writes as many PDF pages, and a tall PNG instead.
        let request = ChartRequest(
            kind: .ranking, indicators: .id(overdue), scope: ChartScope(level: .district), options: a4)
        #expect(ranking.size(paged: true, measuringWith: try TextMeasurer()) == a4.size)
        let pdf = try ChartRenderer(format: .pdf).render(request, of: summary)
        #expect(pdfPageCount(pdf) == pages)
        var onePage = request
        onePage.options = ChartOptions()
        let png = try ChartRenderer(format: .png).render(onePage, of: summary)
        let pngHeight = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(pngHeight > 120 * 30)
    }

    @Test func aPNGTallerThanCairoCanMakeIsAClearError() throws {
        let areas = SeriesChartFixture.districts { index, window in 0.001 + SeriesChartFixture.scattered(index, window)
        }
        let summary = SeriesChartFixture.summary(overdue, areas: areas)
        let request = ChartRequest(kind: .ranking, indicators: .id(overdue), scope: ChartScope(level: .district))
        #expect(throws: ChartRenderer.ChartError.self) {
            try ChartRenderer(format: .png, scale: 2).render(request, of: summary)
        }
    }

    /// Page objects in a PDF: "/Type /Page" not followed by "s" (that is the page tree).
    private func pdfPageCount(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
    }
}
