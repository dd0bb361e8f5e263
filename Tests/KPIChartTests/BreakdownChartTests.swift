import Foundation
import KPICore
import Testing

@testable import KPIChart

/// The OTOP breakdown, laid out on a `RecordingCanvas`: text inside and apart, segments
/// proportional to their values and summing to the total, missing stacks as "–", the spellings
/// of `--indicator`, the legend's names.
@Suite struct BreakdownChartTests {
    // MARK: Layout

    @Test(arguments: [(Language.thai, DigitStyle.arabic), (.english, .arabic), (.thai, .thai)])
    func everyTextInsideTheCanvasAndApart(language: Language, digits: DigitStyle) throws {
        let canvas = try BreakdownFixture.zone().draw(options: ChartOptions(language: language, digits: digits))
        #expect(canvas.texts.filter { $0.groups.last?.hasPrefix("stack:") == true }.count >= 8, "totals on the stacks")
        // Three areas leave room to name each window under its bar.
        let calendar = CalendarFormatter(language: language, digits: digits)
        for window in breakdownWindows {
            #expect(
                canvas.texts.filter { $0.string == calendar.windowShortLabel(window) && $0.groups == ["stacks"] }.count
                    == 3)
        }
        expectTextsInsideAndApart(canvas)
    }

    @Test(arguments: [SalesBreakdown.category, .channel])
    func everyDistrictOfAProvinceStaysApart(breakdown: SalesBreakdown) throws {
        // 25 districts × 3 windows: labels turn upright, and the windows' order moves to the subtitle.
        let fixture = BreakdownFixture.districts(25, breakdown: breakdown)
        let canvas = try fixture.draw()
        #expect(
            canvas.texts.contains {
                $0.groups == ["title"]
                    && $0.string.contains("แท่งในแต่ละพื้นที่เรียงจากไตรมาส 3/2567 (ซ้าย) ถึงไตรมาส 1/2568 (ขวา)")
            })
        expectTextsInsideAndApart(canvas)
    }

    @Test func oneAreaHasOneStackPerWindow() throws {
        let fixture = BreakdownFixture.single()
        let canvas = try fixture.draw(options: ChartOptions(language: .english))
        let stacks = Set(canvas.shapes.compactMap { $0.groups.last }.filter { $0.hasPrefix("stack:") })
        #expect(stacks == ["stack:50/0", "stack:50/1", "stack:50/2"])
        // The windows name the bars along the axis; no area label repeats the title.
        let calendar = CalendarFormatter(language: .english)
        for window in breakdownWindows {
            #expect(canvas.texts.contains { $0.string == calendar.windowShortLabel(window) && $0.groups == ["stacks"] })
        }
        #expect(!canvas.texts.contains { $0.string == "Chiang Mai" })
        expectTextsInsideAndApart(canvas)
    }

    // MARK: Geometry

    @Test(arguments: [SalesBreakdown.category, .channel])
    func segmentHeightsAreProportionalAndSumToTheTotal(breakdown: SalesBreakdown) throws {
        let fixture = BreakdownFixture.zone(breakdown: breakdown)
        let canvas = try fixture.draw()
        var pixelsPerBaht: Double?
        var stacksChecked = 0
        for (code, values) in fixture.values {
            for window in breakdownWindows.indices {
                let parts = values[window]
                guard parts.allSatisfy({ $0 != nil }) else { continue }
                let group = "stack:\(code)/\(window)"
                let fills = canvas.shapes.filter { $0.groups.last == group && $0.kind == .fill }
                let nonZero = parts.enumerated().filter { $0.element! > 0 }
                #expect(fills.count == nonZero.count, "\(group): one segment per part with sales")
                #expect(
                    fills.map(\.color) == nonZero.map { ChartColors.standard.series[$0.offset] },
                    "\(group): colours in part order")
                let rects = fills.compactMap { rectangle($0.path) }
                for (rect, (_, value)) in zip(rects, nonZero) {
                    let scale = rect.height / value!
                    if let pixelsPerBaht {
                        #expect(
                            abs(scale - pixelsPerBaht) < pixelsPerBaht * 1e-9, "\(group): height proportional to value")
                    } else {
                        pixelsPerBaht = scale
                    }
                }
                // Stacked bottom to top without gaps, the heights summing to the total's.
                for (lower, upper) in zip(rects, rects.dropFirst()) { #expect(abs(lower.minY - upper.maxY) < 1e-9) }
                let total = parts.reduce(0) { $0 + $1! }
                let height = rects.map(\.height).reduce(0, +)
                #expect(abs(height - total * pixelsPerBaht!) < 1e-6, "\(group): segments sum to the total")
                #expect(abs((rects.first!.maxY - rects.last!.minY) - height) < 1e-6)
                // The total is labelled just above the stack.
                if let label = canvas.texts.first(where: { $0.groups.last == group }) {
                    #expect(label.string == fixture.formatter.label(total))
                    #expect(label.box.maxY <= rects.last!.minY + 1e-6)
                }
                stacksChecked += 1
            }
        }
        #expect(stacksChecked == 8, "3 areas × 3 windows, one of them missing")
    }

    @Test func missingStackIsADashNeverZero() throws {
        let fixture = BreakdownFixture.zone()
        let canvas = try fixture.draw()
        // Lampang (52) has no sales in the middle window.
        let group = "stack:52/1"
        #expect(
            canvas.shapes.filter { $0.groups.last == group && $0.kind == .fill }.isEmpty,
            "no segment, not even a flat one")
        #expect(canvas.texts.filter { $0.groups.last == group }.map(\.string) == ["–"])
        // A category with no sales in a window is 0 (no segment) while the stack itself stands.
        let zeroFood = canvas.shapes.filter { $0.groups.last == "stack:51/2" && $0.kind == .fill }
        #expect(zeroFood.count == 4 && !zeroFood.contains { $0.color == ChartColors.standard.series[0] })
        #expect(canvas.texts.contains { $0.groups.last == "stack:51/2" && $0.string != "–" })
    }

    @Test func axisReadsInMillionBahtOrBaht() throws {
        let big = try BreakdownFixture.zone().draw()
        #expect(big.texts.contains { $0.string == "ล้านบาท" && $0.groups == ["value-axis"] })
        let small = try BreakdownFixture.zone(scale: 0.001).draw()
        #expect(small.texts.contains { $0.string == "บาท" })
        #expect(!small.texts.contains { $0.string == "ล้านบาท" })
    }

    // MARK: Names

    @Test func legendNamesTheCategoriesOrTheChannels() throws {
        let category = try BreakdownFixture.zone().draw()
        #expect(
            category.texts.filter { $0.groups == ["legend"] }.map(\.string)
                == ["ผลิตภัณฑ์อาหาร", "เครื่องดื่ม", "ผ้า เครื่องแต่งกาย", "ของใช้ ของตกแต่ง ของที่ระลึก", "สมุนไพรที่ไม่ใช่อาหาร"])
        #expect(
            category.shapes.filter { $0.groups == ["legend"] }.map(\.color)
                == Array(ChartColors.standard.series.prefix(5)))
        let channel = try BreakdownFixture.zone(breakdown: .channel).draw()
        #expect(channel.texts.filter { $0.groups == ["legend"] }.map(\.string) == ["ออนไลน์", "ออฟไลน์"])
        let english = try BreakdownFixture.zone(breakdown: .channel).draw(options: ChartOptions(language: .english))
        #expect(english.texts.filter { $0.groups == ["legend"] }.map(\.string) == ["Online", "Offline"])
        #expect(
            english.texts.contains { $0.groups == ["title"] && $0.string.hasPrefix("OTOP sales by sales channel — ") })
    }

    @Test func indicatorSpellings() throws {
        #expect(SalesBreakdown(indicator: "otop.sales") == .category)
        #expect(SalesBreakdown(indicator: "otop.sales.category") == .category)
        #expect(SalesBreakdown(indicator: "otop.sales.channel") == .channel)
        #expect(SalesBreakdown(indicator: "OTOP.Sales.Channel") == .channel)
        #expect(SalesBreakdown(indicator: "otop.sales.food") == nil)
        #expect(
            SalesBreakdown.category.parts.map(\.indicatorID)
                == [
                    "otop.sales.food", "otop.sales.beverage", "otop.sales.textile", "otop.sales.decorative",
                    "otop.sales.herbal",
                ])
        #expect(SalesBreakdown.channel.parts.map(\.indicatorID) == ["otop.sales.online", "otop.sales.offline"])
        // Every part is an indicator of the catalog.
        for part in SalesBreakdown.allCases.flatMap(\.parts) {
            #expect(IndicatorCatalog.bundled[id: part.indicatorID] != nil)
        }
        let fixture = BreakdownFixture.zone()
        let renderer = ChartRenderer(format: .svg)
        let summary = fixture.summary()
        #expect(throws: ChartRenderer.ChartError.self) {
            try renderer.render(
                ChartRequest(kind: .breakdown, indicators: .id("otop.sales.food"), scope: fixture.scope), of: summary)
        }
        let svg = try renderer.render(
            ChartRequest(kind: .breakdown, indicators: .id("otop.sales"), scope: fixture.scope), of: summary)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    // MARK: From a CSV

    @Test func buildsFromASummarizedCSV() throws {
        let files = TemporaryFolder()
        let csv = files.write(
            "otop.csv",
            """
            month,province_code,district_code,product_id,category,channel,sales_baht
            2024-07,50,5001,P1,food,online,300.00
            2024-08,50,5001,P1,food,offline,"1,200.00"
            2024-09,50,5001,P2,เครื่องดื่ม,offline,500.00
            2024-09,50,5002,P3,herbal,online,250.00

            """)
        let (summary, _) = try Summarizer().summarize(
            SummaryRequest(
                files: [csv], windowCount: 1,
                filter: AreaFilter(levels: [.district], scope: .province(50))))
        let scope = ChartScope(level: .district, in: .province(50))
        for breakdown in SalesBreakdown.allCases {
            let parts = try breakdown.parts.map {
                try #require(IndicatorSeries(summary: summary, indicatorID: $0.indicatorID, level: .district))
            }
            let canvas = try RecordingCanvas(size: Size(width: 1600, height: 900))
            BreakdownChart(breakdown: breakdown, parts: parts, scope: scope, options: ChartOptions()).draw(on: canvas)
            let heights = { (code: Int) in
                canvas.shapes.filter { $0.groups.last == "stack:\(code)/0" && $0.kind == .fill }.compactMap {
                    rectangle($0.path)?.height
                }
            }
            let first = heights(5001)
            let second = heights(5002)
            switch breakdown {
            case .category:
                // 5001: food 1,500, beverage 500; 5002: herbal 250.
                #expect(first.count == 2 && second.count == 1)
                #expect(abs(first[0] / first[1] - 3) < 1e-9)
                #expect(abs(first[1] / second[0] - 2) < 1e-9)
            case .channel:
                // 5001: online 300, offline 1,700; 5002: online 250.
                #expect(first.count == 2 && second.count == 1)
                #expect(abs(first[1] / first[0] - 1_700.0 / 300) < 1e-9)
                #expect(abs(first[0] / second[0] - 300.0 / 250) < 1e-9)
            }
            #expect(canvas.texts.contains { $0.groups.last == "stack:5001/0" && $0.string == "2,000" })
            expectTextsInsideAndApart(canvas)
        }
    }
}

// MARK: - Helpers

private let breakdownWindows = [6, 9, 12].map { Window(endingIn: YearMonth(year: 2024, month: $0)!) }

/// OTOP breakdown rows built directly: `values[code][window][part]`, with the total
/// `otop.sales` the sum of the parts.
private struct BreakdownFixture {
    var breakdown: SalesBreakdown
    var level: AreaLevel
    var scope: ChartScope
    var areas: [(code: Int, thai: String, english: String)]
    var values: [Int: [[Double?]]]

    /// Provinces 50, 51, 52 of zone 15; 52 has no sales in the middle window; 51 no food in the last.
    static func zone(breakdown: SalesBreakdown = .category, scale: Double = 1) -> BreakdownFixture {
        let areas = [(50, "เชียงใหม่", "Chiang Mai"), (51, "ลำพูน", "Lamphun"), (52, "ลำปาง", "Lampang")]
        var values: [Int: [[Double?]]] = [:]
        for (index, area) in areas.enumerated() {
            values[area.0] = breakdownWindows.indices.map { window in
                if area.0 == 52 && window == 1 { return Array(repeating: nil, count: breakdown.parts.count) }
                return breakdown.parts.indices.map { part in
                    if area.0 == 51 && window == 2 && part == 0 { return 0 }
                    return (Double(part + 1) * 400_000 + Double(index) * 250_000 + Double(window) * 123_456.78) * scale
                }
            }
        }
        return BreakdownFixture(
            breakdown: breakdown, level: .province, scope: ChartScope(level: .province, in: .zone(15)),
            areas: areas.map { (code: $0.0, thai: $0.1, english: $0.2) }, values: values)
    }

    /// The first `count` districts of Chiang Mai.
    static func districts(_ count: Int, breakdown: SalesBreakdown) -> BreakdownFixture {
        let districts = Array(Geography.bundled.districts(ofProvince: 50).prefix(count))
        var values: [Int: [[Double?]]] = [:]
        for (index, district) in districts.enumerated() {
            values[district.code] = breakdownWindows.indices.map { window in
                breakdown.parts.indices.map { part in Double((index * 7 + part * 13 + window * 5) % 17 + 1) * 25_000 }
            }
        }
        return BreakdownFixture(
            breakdown: breakdown, level: .district, scope: ChartScope(level: .district, in: .province(50)),
            areas: districts.map { (code: $0.code, thai: $0.nameThai, english: $0.nameEnglish) }, values: values)
    }

    /// Chiang Mai alone.
    static func single() -> BreakdownFixture {
        var fixture = zone()
        fixture.areas = [fixture.areas[0]]
        fixture.values = [50: fixture.values[50]!]
        fixture.scope = ChartScope(level: .province, in: .province(50))
        return fixture
    }

    func summary() -> Summary {
        var rows: [SummaryRow] = []
        func add(_ id: String, _ area: (code: Int, thai: String, english: String), _ perWindow: [Double?]) {
            for (window, value) in zip(breakdownWindows, perWindow) {
                rows.append(
                    SummaryRow(
                        level: level, areaCode: area.code, areaNameThai: area.thai, areaNameEnglish: area.english,
                        indicatorID: id, window: window, value: value, dataAsOf: value == nil ? nil : window.lastDay,
                        areasReporting: value == nil ? 0 : 1, areasInInput: 1))
            }
        }
        for area in areas {
            let perWindow = values[area.code]!
            for (index, part) in breakdown.parts.enumerated() {
                add(part.indicatorID, area, perWindow.map { $0[index] })
            }
            add(
                SalesBreakdown.totalID, area,
                perWindow.map { parts in parts.contains { $0 == nil } ? nil : parts.reduce(0) { $0 + $1! } })
        }
        let ids = breakdown.parts.map(\.indicatorID) + [SalesBreakdown.totalID]
        return Summary(
            rows: rows, windows: breakdownWindows, indicators: ids.sorted().map { IndicatorCatalog.bundled[id: $0]! })
    }

    func chart(options: ChartOptions) throws -> BreakdownChart {
        let summary = summary()
        let parts = try breakdown.parts.map { part in
            try #require(IndicatorSeries(summary: summary, indicatorID: part.indicatorID, level: level))
        }
        return BreakdownChart(breakdown: breakdown, parts: parts, scope: scope, options: options)
    }

    func draw(options: ChartOptions = ChartOptions()) throws -> RecordingCanvas {
        let canvas = try RecordingCanvas(size: options.size)
        try chart(options: options).draw(on: canvas)
        return canvas
    }

    /// How the totals read: the same formatter the chart picks from the largest total.
    var formatter: ValueFormatter {
        let largest = values.values.flatMap { $0 }.compactMap { parts in
            parts.contains { $0 == nil } ? nil : parts.reduce(0) { $0 + $1! }
        }.max()!
        return ValueFormatter(
            definition: IndicatorCatalog.bundled[id: breakdown.parts[0].indicatorID]!, largest: largest,
            language: .thai, digits: .arabic)
    }
}
