import Foundation
import KPICore
import Testing

@testable import KPIChart

/// The scorecard, laid out on a `RecordingCanvas`: text inside and apart, cells coloured by
/// target, missing values as "–", the total row, the preferred size, text that shrinks then wraps.
@Suite struct ScorecardChartTests {
    // MARK: Layout

    @Test(arguments: [(Language.thai, DigitStyle.arabic), (.english, .arabic), (.thai, .thai)])
    func everyTextInsideTheCanvasAndApart(language: Language, digits: DigitStyle) throws {
        let fixture = ScorecardFixture(districts: 25)
        let (canvas, _) = try fixture.draw(options: ChartOptions(language: language, digits: digits))
        #expect(canvas.texts.count > 25 * 4, "names, and a value and change per cell")
        expectTextsInsideAndApart(canvas)
    }

    @Test func veryManyIndicatorsStayInsideAndApart() throws {
        // Every indicator of the catalog: the chart grows wider rather than squeeze columns.
        let ids = IndicatorCatalog.bundled.definitions.map(\.id)
        let fixture = ScorecardFixture(districts: 6, extraIDs: ids)
        let (canvas, chart) = try fixture.draw(ids: ids)
        #expect(canvas.size.width > chart.options.size.width)
        expectTextsInsideAndApart(canvas)
    }

    @Test func cellColoursFollowTheTarget() throws {
        let fixture = ScorecardFixture(districts: 8)
        let (canvas, _) = try fixture.draw()
        let white = Color(hex: 0xFFFFFF)
        var checked = 0
        for (index, district) in fixture.districts.enumerated() {
            let row = "scorecard-row:\(district.code)"
            // Overdue ratio: met, missed, missing, met in turn (lower is better, target below 10 %).
            let overdue = cell(canvas, row, "womens-fund.overdue-ratio")
            switch index % 4 {
            case 0, 3:
                #expect(overdue.fills == [ChartColors.standard.met], "district \(district.code)")
                #expect(overdue.texts.allSatisfy { $0.style.color == white }, "white text on met")
            case 1:
                #expect(overdue.fills == [ChartColors.standard.missed], "district \(district.code)")
                #expect(
                    overdue.texts.allSatisfy { $0.style.color != white && $0.style.color.luminance < 0.3 },
                    "dark text on missed")
            default:
                #expect(overdue.fills.isEmpty, "no colour without a value")
            }
            // Coverage: met on even districts, missed on odd (higher is better, target 100 %).
            let coverage = cell(canvas, row, "bmn.coverage")
            #expect(
                coverage.fills == [index.isMultiple(of: 2) ? ChartColors.standard.met : ChartColors.standard.missed])
            // OTOP sales have no target: light grey, neither met nor missed.
            #expect(cell(canvas, row, "otop.sales").fills == [ChartColors.standard.noTarget])
            checked += 3
        }
        #expect(checked == 24)
        // The province total misses the overdue target: exactly 10 % is not below 10 %.
        #expect(cell(canvas, "scorecard-total:50", "womens-fund.overdue-ratio").fills == [ChartColors.standard.missed])
    }

    @Test func metAndMissedDifferInGreyscale() {
        #expect(abs(ChartColors.standard.met.luminance - ChartColors.standard.missed.luminance) > 0.2)
        #expect(ChartTheme.textColor(on: ChartColors.standard.met) == Color(hex: 0xFFFFFF))
        #expect(ChartTheme.textColor(on: ChartColors.standard.missed).luminance < 0.2)
    }

    @Test func missingValueIsADashNeverZero() throws {
        let fixture = ScorecardFixture(districts: 4)
        let (canvas, _) = try fixture.draw()
        // District 3 has no overdue ratio in the newest window (it had one before).
        let missing = cell(canvas, "scorecard-row:\(fixture.districts[2].code)", "womens-fund.overdue-ratio")
        #expect(missing.texts.map(\.string) == ["–"])
        // A district reporting 0 % shows 0.0 %, not a dash: zero and missing stay apart.
        let zero = cell(canvas, "scorecard-row:\(fixture.districts[0].code)", "kkcj.problem-share")
        #expect(zero.texts.first?.string == "0.0%")
        #expect(canvas.texts.contains { $0.string.contains("– ไม่มีข้อมูล") }, "the subtitle says what – means")
    }

    @Test func valueAndChangeFromTheNewestWindows() throws {
        let fixture = ScorecardFixture(districts: 2)
        let (canvas, _) = try fixture.draw(options: ChartOptions(language: .english))
        // District 1: overdue ratio 8 % then 5 %: shows 5.0 %, met, down 3 points, which is better.
        let first = cell(canvas, "scorecard-row:\(fixture.districts[0].code)", "womens-fund.overdue-ratio").texts.map(
            \.string)
        #expect(first == ["5.0% ✓", "▼ 3.0 pp better"])
        // OTOP sales above a million baht read in million baht, the unit under the column's name;
        // sales going up are better, and no target: no mark.
        let sales = cell(canvas, "scorecard-row:\(fixture.districts[0].code)", "otop.sales").texts.map(\.string)
        #expect(sales == ["1.5", "▲ 0.3 better"])
        #expect(
            canvas.texts.contains {
                $0.string.hasPrefix("Million baht · ▲▼ vs Q") && $0.groups == ["scorecard-header"]
            },
            "a flow's change is from last year's quarter")
        #expect(canvas.texts.contains { $0.string == "Target: below 10.0%" && $0.groups == ["scorecard-header"] })
    }

    /// Sales are seasonal: a flow's cell shows the change from the same window last year, not the
    /// window before.
    @Test func flowsChangeFromLastYear() throws {
        var fixture = ScorecardFixture(districts: 2)
        let code = fixture.districts[0].code
        let newest = try #require(
            fixture.rows.firstIndex {
                $0.areaCode == code && $0.indicatorID == "otop.sales" && $0.window == scorecardWindows.last
            })
        fixture.rows[newest].yoyChange = -500_000
        let (canvas, _) = try fixture.draw(options: ChartOptions(language: .english))
        #expect(cell(canvas, "scorecard-row:\(code)", "otop.sales").texts.map(\.string) == ["1.5", "▼ 0.5 worse"])
    }

    @Test func totalRowIsLastAndBold() throws {
        let fixture = ScorecardFixture(districts: 5)
        let (canvas, _) = try fixture.draw()
        let total = canvas.texts.filter { $0.groups.first == "scorecard-total:50" }
        #expect(total.count == 1 + 3 * 2 + 1, "name, value and change of three indicators, kkcj without change")
        #expect(total.allSatisfy { $0.style.weight == .bold })
        #expect(total.contains { $0.string == "รวมจังหวัดเชียงใหม่" })
        let rows = canvas.texts.filter { $0.groups.first?.hasPrefix("scorecard-row:") == true }
        #expect(rows.count > 0 && rows.allSatisfy { $0.style.weight == .regular })
        let lowestRow = try #require(rows.map(\.box.maxY).max())
        #expect(total.allSatisfy { $0.box.minY > lowestRow })
    }

    @Test func noTotalRowWithoutTheLevelAbove() throws {
        var fixture = ScorecardFixture(districts: 3)
        fixture.rows.removeAll { $0.level == .province }
        let (canvas, _) = try fixture.draw()
        #expect(!canvas.texts.contains { $0.groups.first?.hasPrefix("scorecard-total") == true })
        #expect(canvas.texts.contains { $0.groups.first?.hasPrefix("scorecard-row") == true })
    }

    @Test func legendSaysMetMissedAndNoTarget() throws {
        let (canvas, _) = try ScorecardFixture(districts: 2).draw()
        let legend = canvas.texts.filter { $0.groups == ["legend"] }.map(\.string)
        #expect(legend == ["✓ ผ่านเป้าหมาย", "✗ ไม่ผ่านเป้าหมาย", "ไม่มีเป้าหมาย"])
        let swatches = canvas.shapes.filter { $0.groups == ["legend"] }.map(\.color)
        #expect(swatches == [ChartColors.standard.met, ChartColors.standard.missed, ChartColors.standard.noTarget])
        // Only indicators without a target: no met / missed entries.
        let (sales, _) = try ScorecardFixture(districts: 2).draw(ids: ["otop.sales"])
        #expect(sales.texts.filter { $0.groups == ["legend"] }.map(\.string) == ["ไม่มีเป้าหมาย"])
    }

    // MARK: Size

    @Test func moreRowsMakeItTaller() throws {
        let measurer = try RecordingCanvas(size: Size(width: 1600, height: 900))
        let few = try #require(ScorecardFixture(districts: 3).chart()).preferredSize(measuringWith: measurer)
        let many = try #require(ScorecardFixture(districts: 25).chart()).preferredSize(measuringWith: measurer)
        #expect(few == Size(width: 1600, height: 900), "never smaller than asked")
        #expect(many.width == 1600)
        #expect(many.height > 1200)
        // The taller canvas holds every row: the total row's cells end above the footer.
        let (canvas, _) = try ScorecardFixture(districts: 25).draw()
        let footer = try #require(canvas.texts.filter { $0.groups == ["footer"] }.map(\.box.minY).min())
        let cells = canvas.shapes.filter { $0.groups.first?.hasPrefix("scorecard-") == true && $0.kind == .fill }
        #expect(cells.count == 26 * 4 - 6, "every cell with a value is filled: 6 districts lack an overdue ratio")
        #expect(cells.allSatisfy { rectangle($0.path)!.maxY < footer })
    }

    @Test func typeSizesFollowTheSizeAskedForNotTheTallerCanvas() throws {
        // 1600×600 asks for unit 2/3; the preferred canvas is taller but type must not grow.
        let fixture = ScorecardFixture(districts: 25)
        let options = ChartOptions(size: Size(width: 1600, height: 600))
        let (canvas, _) = try fixture.draw(options: options)
        #expect(canvas.size.height > 900)
        let title = try #require(canvas.texts.first { $0.groups == ["title"] })
        #expect(abs(title.style.size - ChartTheme(size: options.size).title.size) < 1e-9)
        expectTextsInsideAndApart(canvas)
    }

    @Test func rendersAPNGOfThePreferredSize() throws {
        let fixture = ScorecardFixture(districts: 25)
        let request = ChartRequest(
            kind: .scorecard, indicators: .ids(["womens-fund.overdue-ratio", "bmn.coverage", "otop.sales"]),
            scope: fixture.scope)
        let bytes = try ChartRenderer(format: .png).render(request, of: fixture.summary())
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1600)
        #expect(height > 1200)
    }

    // MARK: Fitting

    @Test func cellTextShrinksBeforeItWraps() throws {
        // Big counts in columns about 150 px wide: smaller type, still one line, inside the cell.
        let fixture = ScorecardFixture(districts: 3, bigCounts: true)
        let chart = try #require(
            fixture.chart(ids: ["kkcj.problem-funds", "womens-fund.overdue-ratio", "bmn.coverage"]))
        let canvas = try RecordingCanvas(size: Size(width: 700, height: 1600))
        chart.draw(on: canvas)
        let values = valueTexts(canvas, "kkcj.problem-funds")
        #expect(values.count == 4)
        let base = 26.0 * ChartTheme(size: chart.options.size).unit
        #expect(
            values.allSatisfy {
                $0.style.size < base && $0.style.size >= 13 * ChartTheme(size: chart.options.size).unit
            })
        #expect(values.allSatisfy { !$0.style.breaksWords })
        let line = canvas.measure("ก", style: values[0].style.with(wrapWidth: .some(nil))).height
        #expect(values.allSatisfy { $0.box.height < line * 1.5 }, "one line each")
        expectTextInsideCells(canvas)
        expectTextsInsideAndApart(canvas)
    }

    @Test func cellTextWrapsAtTheSmallestSizeAndIsNeverClipped() throws {
        // Columns about 70 px wide: the smallest size is not enough, so the numbers wrap.
        let fixture = ScorecardFixture(districts: 3, bigCounts: true)
        let chart = try #require(
            fixture.chart(ids: [
                "kkcj.problem-funds", "womens-fund.overdue-ratio", "bmn.coverage",
                "otop.sales", "kkcj.problem-share",
            ]))
        let canvas = try RecordingCanvas(size: Size(width: 560, height: 3000))
        chart.draw(on: canvas)
        let values = valueTexts(canvas, "kkcj.problem-funds")
        #expect(values.count == 4)
        let minimum = 13.0 * ChartTheme(size: chart.options.size).unit
        #expect(values.allSatisfy { abs($0.style.size - minimum) < 1e-9 && $0.style.breaksWords })
        let line = canvas.measure("ก", style: values[0].style.with(wrapWidth: .some(nil))).height
        #expect(values.contains { $0.box.height > line * 1.5 }, "wrapped onto more lines")
        expectTextInsideCells(canvas)
        expectTextsInsideAndApart(canvas)
    }

    @Test func fittedTextStopsShrinkingAtTheMinimum() throws {
        let canvas = try RecordingCanvas(size: Size(width: 1600, height: 900))
        let style = TextStyle(size: 30)
        let roomy = FittedText(["1,234"], width: 400, style: style, minimumSize: 12, canvas: canvas)
        #expect(roomy.style.size == 30 && !roomy.wrapped)
        let width = canvas.measure("1,234,567", style: style.with(size: 20)).width
        let tight = FittedText(["1,234,567"], width: width, style: style, minimumSize: 12, canvas: canvas)
        // Pango measures in whole pixels, so a size or two above 20 may fit the same width.
        #expect(tight.style.size < 23 && tight.style.size > 12 && !tight.wrapped)
        #expect(canvas.measure("1,234,567", style: tight.style).width <= width + 0.5)
        let tiny = FittedText(["1,234,567,890"], width: 30, style: style, minimumSize: 12, canvas: canvas)
        #expect(tiny.style.size == 12 && tiny.wrapped && tiny.style.breaksWords)
        #expect(
            canvas.measure("1,234,567,890", style: tiny.style).width <= 30.5,
            "broken between digits, not run past the edge")
    }

    // MARK: Selection

    @Test func aSelectionIsTheIdsInTheirOrderOrAll() throws {
        let summary = ScorecardFixture(districts: 2).summary()
        #expect(
            try IndicatorSelection.all.definitions(in: summary).map(\.id)
                == ["bmn.coverage", "kkcj.problem-share", "otop.sales", "womens-fund.overdue-ratio"])
        #expect(
            try IndicatorSelection.ids(["otop.sales", "bmn.coverage"]).definitions(in: summary).map(\.id) == [
                "otop.sales", "bmn.coverage",
            ])
        #expect(throws: ChartRenderer.ChartError.self) {
            try IndicatorSelection.ids(["otop.sales", "no.such"]).definitions(in: summary)
        }
        #expect(throws: ChartRenderer.ChartError.self) { try IndicatorSelection.ids([]).definitions(in: summary) }
    }

    @Test func buildsFromASummarizedCSVWithTheProvinceTotal() throws {
        let files = TemporaryFolder()
        let csv = files.write(
            "wf.csv",
            """
            as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht
            2024-06-30,50,5001,A1,1000.00,50.00
            2024-06-30,50,5002,B1,1000.00,300.00
            2024-09-30,50,5001,A1,1000.00,80.00
            2024-09-30,50,5002,B1,3000.00,120.00

            """)
        let (summary, _) = try Summarizer().summarize(
            SummaryRequest(
                files: [csv], windowCount: 2,
                filter: AreaFilter(levels: [.district, .province], scope: .province(50))))
        let scope = ChartScope(level: .district, in: .province(50))
        let definitions = try IndicatorSelection.id("womens-fund.overdue-ratio").definitions(in: summary)
        let chart = try #require(
            ScorecardChart(
                summary: summary, indicators: definitions, scope: scope, options: ChartOptions(language: .english)))
        let canvas = try RecordingCanvas(
            size: chart.preferredSize(measuringWith: RecordingCanvas(size: chart.options.size)))
        chart.draw(on: canvas)
        // 5001: 8 % (met, up 3 points: worse); 5002: 4 % (met, down 26 points: better); the
        // province: 200/4000 = 5 %.
        #expect(
            cell(canvas, "scorecard-row:5001", "womens-fund.overdue-ratio").texts.map(\.string) == [
                "8.0% ✓", "▲ 3.0 pp worse",
            ])
        #expect(
            cell(canvas, "scorecard-row:5002", "womens-fund.overdue-ratio").texts.map(\.string) == [
                "4.0% ✓", "▼ 26.0 pp better",
            ])
        let total = cell(canvas, "scorecard-total:50", "womens-fund.overdue-ratio")
        #expect(total.texts.first?.string == "5.0% ✓")
        #expect(total.fills == [ChartColors.standard.met])
        expectTextsInsideAndApart(canvas)
    }
}

// MARK: - Helpers

private let scorecardWindows = [
    Window(endingIn: YearMonth(year: 2024, month: 6)!), Window(endingIn: YearMonth(year: 2024, month: 9)!),
]

private func scorecardDefinition(_ id: String) -> IndicatorDefinition {
    IndicatorCatalog.bundled[id: id]!
}

/// Districts of Chiang Mai and the province, with values chosen so that each cell's colour is
/// known: see `cellColoursFollowTheTarget`.
private struct ScorecardFixture {
    var districts: [District]
    var rows: [SummaryRow] = []
    let scope = ChartScope(level: .district, in: .province(50))
    let ids = ["womens-fund.overdue-ratio", "bmn.coverage", "otop.sales", "kkcj.problem-share"]
    var extraIDs: [String] = []

    init(districts count: Int, extraIDs: [String] = [], bigCounts: Bool = false) {
        districts = Array(Geography.bundled.districts(ofProvince: 50).prefix(count))
        self.extraIDs = extraIDs.filter { !ids.contains($0) }
        for (index, district) in districts.enumerated() {
            let overdue: [Double?] = [[0.08, 0.05], [0.12, 0.15], [0.09, nil], [nil, 0.099]][index % 4]
            add(.district, district.code, district.nameThai, district.nameEnglish, "womens-fund.overdue-ratio", overdue)
            add(
                .district, district.code, district.nameThai, district.nameEnglish, "bmn.coverage",
                index.isMultiple(of: 2) ? [0.9, 1.0] : [0.5, 0.97])
            add(
                .district, district.code, district.nameThai, district.nameEnglish, "otop.sales",
                [1_200_000 + Double(index) * 10_000, 1_500_000 + Double(index) * 12_345.67])
            add(
                .district, district.code, district.nameThai, district.nameEnglish, "kkcj.problem-share",
                [nil, Double(index % 3) / 10])
            if bigCounts {
                add(
                    .district, district.code, district.nameThai, district.nameEnglish, "kkcj.problem-funds",
                    [123_456_789, 987_654_321 - Double(index)])
            }
            for (offset, id) in self.extraIDs.enumerated() {
                add(
                    .district, district.code, district.nameThai, district.nameEnglish, id,
                    [Double(offset + index), Double(offset * 2 + index)])
            }
        }
        add(.province, 50, "เชียงใหม่", "Chiang Mai", "womens-fund.overdue-ratio", [0.1, 0.1])
        add(.province, 50, "เชียงใหม่", "Chiang Mai", "bmn.coverage", [0.8, 0.99])
        add(.province, 50, "เชียงใหม่", "Chiang Mai", "otop.sales", [30_000_000, 35_000_000])
        add(.province, 50, "เชียงใหม่", "Chiang Mai", "kkcj.problem-share", [nil, 0.1])
        if bigCounts {
            add(.province, 50, "เชียงใหม่", "Chiang Mai", "kkcj.problem-funds", [999_999_999, 1_999_999_999])
        }
    }

    mutating func add(
        _ level: AreaLevel, _ code: Int, _ thai: String, _ english: String, _ id: String, _ values: [Double?]
    ) {
        let definition = scorecardDefinition(id)
        for (index, window) in scorecardWindows.enumerated() {
            let value = values[index]
            let previous = index > 0 ? values[index - 1] : nil
            rows.append(
                SummaryRow(
                    level: level, areaCode: code, areaNameThai: thai, areaNameEnglish: english, indicatorID: id,
                    window: window, value: value, targetMet: value.flatMap(definition.meetsTarget),
                    change: value.flatMap { value in previous.map { value - $0 } },
                    // A flow's year-on-year change is its change here: the fixture has no year before.
                    yoyChange: definition.kind == .flow ? value.flatMap { value in previous.map { value - $0 } } : nil,
                    dataAsOf: value == nil ? nil : window.lastDay, areasReporting: value == nil ? 0 : 1, areasInInput: 1
                ))
        }
    }

    func summary() -> Summary {
        let present = Set(rows.map(\.indicatorID))
        return Summary(rows: rows, windows: scorecardWindows, indicators: present.sorted().map(scorecardDefinition))
    }

    func chart(ids: [String]? = nil, options: ChartOptions = ChartOptions()) -> ScorecardChart? {
        ScorecardChart(
            summary: summary(), indicators: (ids ?? self.ids).map(scorecardDefinition), scope: scope, options: options)
    }

    /// The chart drawn on a recording canvas of its preferred size.
    func draw(ids: [String]? = nil, options: ChartOptions = ChartOptions()) throws -> (RecordingCanvas, ScorecardChart)
    {
        let built = self.chart(ids: ids, options: options)
        let chart = try #require(built)
        let canvas = try RecordingCanvas(size: chart.preferredSize(measuringWith: RecordingCanvas(size: options.size)))
        chart.draw(on: canvas)
        return (canvas, chart)
    }
}

/// The fills and texts of one cell: `row` the row's group, `id` the column's indicator.
private func cell(_ canvas: RecordingCanvas, _ row: String, _ id: String) -> (
    fills: [Color], texts: [RecordingCanvas.Text]
) {
    let groups = [row, "cell:\(id)"]
    let fills = canvas.shapes.filter { $0.groups == groups && $0.kind == .fill }.map(\.color)
    return (fills, canvas.texts.filter { $0.groups == groups })
}

/// The first text (the value) of every cell of column `id`, the total row's included.
private func valueTexts(_ canvas: RecordingCanvas, _ id: String) -> [RecordingCanvas.Text] {
    let texts = canvas.texts.filter { $0.groups.last == "cell:\(id)" }
    var seen: Set<[String]> = []
    return texts.filter { seen.insert($0.groups).inserted }
}

/// Every cell's texts lie inside the cell's rectangle (its fill, or its outline when it has no value).
private func expectTextInsideCells(_ canvas: RecordingCanvas, sourceLocation: SourceLocation = #_sourceLocation) {
    let cells = Dictionary(grouping: canvas.shapes.filter { $0.groups.last?.hasPrefix("cell:") == true }, by: \.groups)
    #expect(!cells.isEmpty, sourceLocation: sourceLocation)
    for (groups, shapes) in cells {
        guard let rect = shapes.compactMap({ rectangle($0.path) }).first else { continue }
        for text in canvas.texts where text.groups == groups {
            #expect(rect.contains(text.box), "\(text.string) in \(groups)", sourceLocation: sourceLocation)
        }
    }
}
