import Foundation
import Testing

@testable import KPICore

/// Hand-computed summaries of small inputs, one indicator family at a time.
@Suite struct AggregationFixtureTests {
    let files = TestFiles()
    let june2024 = YearMonth(year: 2024, month: 6)!

    func summarize(_ paths: [String], asOf: YearMonth? = nil, windows: Int = 3, filter: AreaFilter = AreaFilter())
        throws -> Summary
    {
        try Summarizer().summarize(SummaryRequest(files: paths, asOf: asOf, windowCount: windows, filter: filter)).0
    }

    func row(_ summary: Summary, _ level: AreaLevel, _ code: Int?, _ indicator: String, windowEnd: String)
        -> SummaryRow?
    {
        summary.rows.first {
            $0.level == level && $0.areaCode == code && $0.indicatorID == indicator
                && $0.window.lastDay.description == windowEnd
        }
    }

    /// Women's Fund in Chiang Mai (5001, 5002), Lamphun (5101) and Bangkok (1001), windows Q1–Q3
    /// of FY 2567. 5002 skips the June snapshot, so May is its latest in Q3; Q1 has no data;
    /// dates mix ISO and Thai B.E.; a quoted note holds a line break; CRLF line ends; a BOM.
    @Test func womensFundStockRatios() throws {
        let text =
            "\u{FEFF}as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht,note\r\n"
            + "2024-03-31,50,5001,A1,1000.00,100.00,\r\n"
            + "2024-03-31,50,5001,A2,2000.00,50.00,\"two\r\nlines\"\r\n"
            + "30/6/2567,50,5001,A1,1000.00,200.00,\r\n"
            + "2024-06-30,50,5001,A2,2000.00,0.00,\r\n"
            + "2024-05-31,50,5001,A1,5000.00,5000.00,older snapshot in the window\r\n"
            + "31/5/2567,50,5002,B1,\"1,500.50\",300.10,\r\n"
            + "2024-03-31,50,5002,B1,1500.50,150.05,\r\n"
            + "2024-06-30,51,5101,C1,0.00,0.00,zero outstanding\r\n"
            + "2024-06-30,10,1001,D1,400.00,100.00,\r\n"
            + "2024-07-31,50,5001,A1,9999.00,9999.00,after the as-of month\r\n"
        let summary = try summarize([files.write("wf.csv", text)], asOf: june2024)
        let ratio = "womens-fund.overdue-ratio"

        let mueang = try #require(row(summary, .district, 5001, ratio, windowEnd: "2024-06-30"))
        #expect(mueang.numerator == .satang(200_00))
        #expect(mueang.denominator == .satang(3000_00))
        #expect(mueang.value == 200.0 / 3000.0)
        #expect(mueang.targetMet == true)
        #expect(mueang.dataAsOf == CivilDate(year: 2024, month: 6, day: 30))
        #expect(mueang.areasReporting == 1 && mueang.areasInInput == 1)
        let march = try #require(row(summary, .district, 5001, ratio, windowEnd: "2024-03-31"))
        #expect(march.value == 150.0 / 3000.0)
        #expect(abs(mueang.change! - (200.0 - 150.0) / 3000.0) < 1e-15)
        #expect(abs(mueang.pctChange! - (50.0 / 3000.0) / (150.0 / 3000.0)) < 1e-12)

        let q1 = try #require(row(summary, .district, 5001, ratio, windowEnd: "2023-12-31"))
        #expect(q1.value == nil && q1.numerator == nil && q1.dataAsOf == nil && q1.rank == nil)
        #expect(q1.areasReporting == 0 && q1.areasInInput == 1)
        #expect(march.change == nil, "no change from a window without a value")

        let skipper = try #require(row(summary, .district, 5002, ratio, windowEnd: "2024-06-30"))
        #expect(skipper.numerator == .satang(300_10))
        #expect(skipper.denominator == .satang(1500_50))
        #expect(skipper.dataAsOf == CivilDate(year: 2024, month: 5, day: 31))
        #expect(skipper.targetMet == false)

        #expect(
            row(summary, .district, 5101, ratio, windowEnd: "2024-06-30") == nil,
            "a zero denominator gives no value, and a district without any value is not shown")
        #expect(row(summary, .province, 51, ratio, windowEnd: "2024-06-30") == nil)
        #expect(row(summary, .district, 5101, "womens-fund.outstanding", windowEnd: "2024-06-30")?.value == 0)

        let chiangMai = try #require(row(summary, .province, 50, ratio, windowEnd: "2024-06-30"))
        #expect(chiangMai.numerator == .satang(200_00 + 300_10))
        #expect(chiangMai.denominator == .satang(3000_00 + 1500_50))
        #expect(chiangMai.value == Double(500_10) / Double(4500_50))
        #expect(chiangMai.areasReporting == 2 && chiangMai.areasInInput == 2)
        #expect(chiangMai.dataAsOf == CivilDate(year: 2024, month: 6, day: 30))

        let zone15 = try #require(row(summary, .zone, 15, ratio, windowEnd: "2024-06-30"))
        #expect(zone15.numerator == .satang(500_10))
        #expect(zone15.denominator == .satang(4500_50))
        #expect(zone15.areasReporting == 2 && zone15.areasInInput == 3, "5101 has no value")
        #expect(row(summary, .zone, nil, ratio, windowEnd: "2024-06-30") == nil)

        let nation = try #require(row(summary, .nation, nil, ratio, windowEnd: "2024-06-30"))
        #expect(nation.numerator == .satang(500_10 + 100_00), "Bangkok rolls up straight to the nation")
        #expect(nation.denominator == .satang(4500_50 + 400_00))
        #expect(nation.areasReporting == 3 && nation.areasInInput == 4)

        let outstanding = try #require(row(summary, .province, 50, "womens-fund.outstanding", windowEnd: "2024-06-30"))
        #expect(outstanding.numerator == .satang(4500_50) && outstanding.denominator == nil)
        #expect(outstanding.value == 4500.50)
        #expect(outstanding.change == 4500.50 - 4500.50)

        // Ranks among districts in Q3: 5001 (0.0667) before 5002 (0.2).
        #expect(mueang.rank == 1 && skipper.rank == 2)
    }

    @Test func rowsFollowTheContractOrder() throws {
        let text =
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
            + "2024-06-30,51,5101,C1,100.00,1.00\n2024-06-30,50,5001,A1,100.00,2.00\n2024-03-31,50,5001,A1,100.00,3.00\n"
        let summary = try summarize([files.write("wf.csv", text)], windows: 2)
        let keys = summary.rows.map {
            "\($0.level.rawValue) \($0.areaCode.map(String.init) ?? "-") \($0.indicatorID) \($0.window.lastDay)"
        }
        #expect(keys.first == "district 5001 womens-fund.outstanding 2024-03-31")
        #expect(keys.last == "nation - womens-fund.overdue-ratio 2024-06-30")
        #expect(summary.rows.map(\.level) == summary.rows.map(\.level).sorted())
        #expect(
            summary.windows.map(\.lastDay.description) == ["2024-03-31", "2024-06-30"],
            "as-of defaults to the latest month")
    }

    /// OTOP: sums over months, zero for a missing category in a district with rows, no value
    /// for a district without rows, year-on-year change, Thai category names.
    @Test func otopFlows() throws {
        let text =
            "month,province_code,district_code,product_id,category,channel,sales_baht\n"
            + "2024-04,50,5001,P1,food,online,100.00\n"
            + "2024-05,50,5001,P1,food,offline,50.25\n"
            + "2024-06,50,5001,P2,\"ผ้า, เครื่องแต่งกาย\",online,20.00\n"
            + "2023-05,50,5001,P1,อาหาร,online,70.00\n"
            + "2024-01,50,5002,P3,herbal,offline,10.00\n"
        let summary = try summarize([files.write("otop.csv", text)], asOf: june2024, windows: 2)
        let sales = try #require(row(summary, .district, 5001, "otop.sales", windowEnd: "2024-06-30"))
        #expect(sales.numerator == .satang(170_25))
        #expect(sales.value == 170.25)
        #expect(sales.dataAsOf == CivilDate(year: 2024, month: 6, day: 30))
        #expect(sales.yoyChange == 170.25 - 70.00)
        #expect(row(summary, .district, 5001, "otop.sales.textile", windowEnd: "2024-06-30")?.value == 20)
        #expect(row(summary, .district, 5001, "otop.sales.beverage", windowEnd: "2024-06-30")?.value == 0)
        #expect(row(summary, .district, 5001, "otop.sales.online", windowEnd: "2024-06-30")?.value == 120)
        #expect(row(summary, .district, 5001, "otop.sales", windowEnd: "2024-03-31")?.value == nil)
        let other = try #require(row(summary, .district, 5002, "otop.sales.food", windowEnd: "2024-03-31"))
        #expect(other.value == 0)
        #expect(row(summary, .district, 5002, "otop.sales", windowEnd: "2024-06-30")?.value == nil)
        let province = try #require(row(summary, .province, 50, "otop.sales", windowEnd: "2024-06-30"))
        #expect(province.value == 170.25)
        #expect(province.areasReporting == 1 && province.areasInInput == 2)
        #expect(province.targetMet == nil)
    }

    /// จปฐ.: the survey year is the B.E. year of the window's last day; households surveyed after
    /// the window's end do not count yet.
    @Test func bmnCumulativeCoverage() throws {
        let text =
            "survey_year,province_code,district_code,household_id,surveyed_on,members,income_baht,passed\n"
            + "2567,50,5001,H1,15/1/2567,2,100000.00,1\n"
            + "2567,50,5001,H2,2024-03-10,4,120000.00,0\n"
            + "2567,50,5001,H3,2024-04-02,1,30000.00,1\n"
            + "2567,50,5001,H4,,3,,\n"
            + "2566,50,5001,H1,2023-02-01,2,90000.00,1\n"
        let summary = try summarize([files.write("bmn.csv", text)], asOf: YearMonth(year: 2024, month: 3)!, windows: 2)
        let coverage = try #require(row(summary, .district, 5001, "bmn.coverage", windowEnd: "2024-03-31"))
        #expect(coverage.numerator == .count(2) && coverage.denominator == .count(4))
        #expect(coverage.value == 0.5 && coverage.targetMet == false)
        #expect(coverage.dataAsOf == CivilDate(year: 2024, month: 3, day: 10))
        let passRate = try #require(row(summary, .district, 5001, "bmn.pass-rate", windowEnd: "2024-03-31"))
        #expect(passRate.value == 0.5)
        // H2: 120,000 / 4 = 30,000 < 38,000 per person: low income; H1: 50,000 is not.
        #expect(row(summary, .district, 5001, "bmn.low-income", windowEnd: "2024-03-31")?.value == 1)
        // The window ending December 2023 uses survey year 2566: one household, surveyed.
        let earlier = try #require(row(summary, .district, 5001, "bmn.coverage", windowEnd: "2023-12-31"))
        #expect(earlier.value == 1.0 && earlier.targetMet == true)
    }

    /// A Windows-874 / TIS-620 export: Thai category names are read once converted.
    @Test func tis620Input() throws {
        let header = "month,province_code,district_code,product_id,category,channel,sales_baht\n"
        // "อาหาร" (food) in TIS-620: อ 0xCD, า 0xD2, ห 0xCB, า 0xD2, ร 0xC3.
        let bytes =
            Array(header.utf8) + Array("2024-06,50,5001,P1,".utf8) + [0xCD, 0xD2, 0xCB, 0xD2, 0xC3]
            + Array(",online,100.00\n".utf8)
        let path = files.write("otop-tis620.csv", bytes)
        #expect(throws: InvalidInput.self) { try summarize([path]) }
        let summary = try Summarizer().summarize(
            SummaryRequest(files: [path], windowCount: 1, reading: ReadOptions(encoding: .tis620))
        ).0
        #expect(row(summary, .district, 5001, "otop.sales.food", windowEnd: "2024-06-30")?.value == 100)
    }

    @Test func kkcjProblemShare() throws {
        let text =
            "as_of,province_code,district_code,fund_id,status,outstanding_baht\n"
            + "2024-06-30,50,5001,F1,normal,1000.00\n2024-06-30,50,5001,F2,มีปัญหา,500.00\n"
            + "2024-06-30,50,5001,F3,problem,0.00\n2024-06-30,50,5001,F4,ปกติ,10.00\n"
        let summary = try summarize([files.write("kkcj.csv", text)], windows: 1)
        #expect(row(summary, .district, 5001, "kkcj.problem-funds", windowEnd: "2024-06-30")?.value == 2)
        #expect(row(summary, .district, 5001, "kkcj.problem-share", windowEnd: "2024-06-30")?.value == 0.5)
    }

    /// Province-level figures feed the province and above when the province has no district rows
    /// in that window, and count as one area reporting.
    @Test func indicatorValuesProvinceFigures() throws {
        let text =
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
            + "click-chumchon.shops,2024-06-30,50,,40,\n"
            + "click-chumchon.shops,2024-06-30,51,5101,3,\n"
            + "click-chumchon.shops,2024-05-31,51,5101,2,\n"
            + "khok-nong-na.active-share,2024-06-30,51,5101,3,4\n"
            + "thai-textile.sales,2024-04-30,51,5101,100.5,\n"
            + "thai-textile.sales,2024-06-30,51,5101,200.25,\n"
        let summary = try summarize([files.write("iv.csv", text)], windows: 1)
        let chiangMai = try #require(row(summary, .province, 50, "click-chumchon.shops", windowEnd: "2024-06-30"))
        #expect(chiangMai.value == 40 && chiangMai.areasReporting == 1 && chiangMai.areasInInput == 1)
        #expect(
            row(summary, .district, 5101, "click-chumchon.shops", windowEnd: "2024-06-30")?.value == 3,
            "stock: latest row")
        #expect(row(summary, .zone, 15, "click-chumchon.shops", windowEnd: "2024-06-30")?.value == 43)
        #expect(row(summary, .district, 5101, "khok-nong-na.active-share", windowEnd: "2024-06-30")?.value == 0.75)
        #expect(
            row(summary, .district, 5101, "thai-textile.sales", windowEnd: "2024-06-30")?.numerator
                == Quantity(units: 30075, scale: 2))
    }

    /// Windows of indicator-values: a flow sums an area's months in the window, a stock takes the
    /// latest row whatever the file order, and a province-level figure counts only in a window
    /// where the province has no district figures of that indicator.
    @Test func indicatorValuesWindows() throws {
        let text =
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
            + "thai-textile.sales,2024-06-30,50,5001,1.25,\n"
            + "thai-textile.sales,2024-04-30,50,5001,100,\n"
            + "thai-textile.sales,2024-05-31,50,5001,20.5,\n"
            + "thai-textile.sales,2024-03-31,50,5001,7,\n"
            + "thai-textile.sales,2023-05-31,50,5001,60,\n"
            + "thai-textile.sales,2024-05-31,50,5002,10,\n"
            + "click-chumchon.shops,2024-06-30,50,5001,5,\n"
            + "click-chumchon.shops,2024-04-30,50,5001,9,\n"
            + "click-chumchon.shops,2024-01-31,50,,25,\n"
            + "click-chumchon.shops,2024-02-29,50,,30,\n"
            + "click-chumchon.shops,2024-05-31,50,,40,\n"
            + "khok-nong-na.active-share,2024-06-30,51,5101,1,4\n"
            + "khok-nong-na.active-share,2024-05-31,51,5101,3,4\n"
            + "khok-nong-na.active-share,2024-06-30,51,5102,2,4\n"
        let summary = try summarize([files.write("iv.csv", text)], asOf: june2024, windows: 2)
        let sales = "thai-textile.sales"
        let shops = "click-chumchon.shops"
        let share = "khok-nong-na.active-share"

        let mueangSales = try #require(row(summary, .district, 5001, sales, windowEnd: "2024-06-30"))
        #expect(mueangSales.numerator == Quantity(units: 121_75, scale: 2) && mueangSales.numerator?.scale == 2)
        #expect(mueangSales.dataAsOf == CivilDate(year: 2024, month: 6, day: 30))
        #expect(mueangSales.yoyChange == 121.75 - 60)
        #expect(row(summary, .district, 5001, sales, windowEnd: "2024-03-31")?.value == 7)
        let chiangMaiSales = try #require(row(summary, .province, 50, sales, windowEnd: "2024-06-30"))
        #expect(
            chiangMaiSales.value == 131.75 && chiangMaiSales.areasReporting == 2 && chiangMaiSales.areasInInput == 2)

        let mueangShops = try #require(row(summary, .district, 5001, shops, windowEnd: "2024-06-30"))
        #expect(
            mueangShops.value == 5 && mueangShops.dataAsOf == CivilDate(year: 2024, month: 6, day: 30),
            "stock: the latest row")
        #expect(row(summary, .district, 5001, shops, windowEnd: "2024-03-31")?.value == nil)
        let chiangMaiShops = try #require(row(summary, .province, 50, shops, windowEnd: "2024-06-30"))
        #expect(chiangMaiShops.value == 5, "the district figure, not the province-level 40")
        #expect(chiangMaiShops.areasReporting == 1 && chiangMaiShops.areasInInput == 1)
        let chiangMaiQ2 = try #require(row(summary, .province, 50, shops, windowEnd: "2024-03-31"))
        #expect(
            chiangMaiQ2.value == 30 && chiangMaiQ2.dataAsOf == CivilDate(year: 2024, month: 2, day: 29),
            "no district figures: the latest province-level one")
        #expect(chiangMaiQ2.areasReporting == 1)
        #expect(row(summary, .zone, 15, shops, windowEnd: "2024-03-31")?.value == 30)
        #expect(row(summary, .zone, 15, shops, windowEnd: "2024-06-30")?.value == 5)

        #expect(row(summary, .district, 5101, share, windowEnd: "2024-06-30")?.value == 0.25)
        #expect(row(summary, .district, 5102, share, windowEnd: "2024-06-30")?.value == 0.5)
        let lamphun = try #require(row(summary, .province, 51, share, windowEnd: "2024-06-30"))
        #expect(lamphun.numerator == .count(3) && lamphun.denominator == .count(8))
    }

    /// A province-level figure and district figures for the same indicator, province and
    /// period_end clash: one error per clash, on the later of the first province-level and the
    /// first district record, naming the earlier one (with its file when it is another).
    @Test func indicatorValuesClashes() throws {
        let header = "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
        let first = files.write(
            "first.csv",
            header
                + "click-chumchon.shops,2024-06-30,50,,40,\n"
                + "click-chumchon.shops,2024-06-30,50,5001,7,\n"
                + "click-chumchon.shops,2024-06-30,50,5002,8,\n"
                + "thai-textile.sales,2024-05-31,51,5101,3,\n"
                + "thai-textile.sales,2024-05-31,51,,9,\n"
                + "click-chumchon.shops,2024-05-31,50,,1,\n"
                + "click-chumchon.shops,2024-04-30,50,,2,\n")
        let second = files.write(
            "second.csv",
            header
                + "click-chumchon.shops,2024-05-31,50,5001,1,\n"
                + "click-chumchon.shops,2024-04-30,51,5101,2,\n"
                + "thai-textile.sales,2024-05-31,51,5102,4,\n")
        let report = try Summarizer().validate([first, second])
        func clash(_ file: String, _ line: Int, _ what: String, _ place: String) -> RowError {
            RowError(
                file: file, line: line, column: "district_code",
                reason: "ambiguous: \(what) has both a province-level figure and district figures (\(place))")
        }
        #expect(
            report.firstErrors == [
                clash(first, 3, "click-chumchon.shops for province 50 on 2024-06-30", "line 2"),
                clash(first, 6, "thai-textile.sales for province 51 on 2024-05-31", "line 5"),
                clash(second, 2, "click-chumchon.shops for province 50 on 2024-05-31", "\(first):7"),
            ])
        #expect(report.issues.countByReason == ["province and district figures clash": 3])
    }

    /// National indicator-values files hold millions of rows, each kept until the windows are known.
    @Test func indicatorFiguresStayCompact() {
        #expect(MemoryLayout<IndicatorFigure>.stride == 32)
    }

    /// An analyst's own catalog adds an indicator without rebuilding.
    @Test func ownCatalogAddsAnIndicator() throws {
        var definitions = IndicatorCatalog.bundled.definitions
        definitions.append(
            IndicatorDefinition(
                id: "village-savings.members", nameThai: "สมาชิกกลุ่มออมทรัพย์", nameEnglish: "Savings group members",
                unit: "count", kind: .stock, ratio: false, direction: .higher, target: 100))
        let entries = definitions.map { definition -> [String: Any] in
            [
                "id": definition.id, "name_th": definition.nameThai, "name_en": definition.nameEnglish,
                "unit": definition.unit,
                "kind": definition.kind.rawValue, "ratio": definition.ratio, "direction": definition.direction.rawValue,
                "target": definition.target.map { $0 as Any } ?? NSNull(),
            ]
        }
        let catalog = try IndicatorCatalog(
            json: try JSONSerialization.data(withJSONObject: entries), source: "mine.json")
        #expect(DatasetKind.builtInIndicatorIDs.allSatisfy { IndicatorCatalog.bundled[id: $0] != nil })
        let path = files.write(
            "iv.csv",
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
                + "village-savings.members,2024-06-30,50,5001,120,\n")
        #expect(throws: InvalidInput.self) { try summarize([path]) }
        let summary = try Summarizer(catalog: catalog).summarize(SummaryRequest(files: [path], windowCount: 1)).0
        let members = try #require(row(summary, .district, 5001, "village-savings.members", windowEnd: "2024-06-30"))
        #expect(members.value == 120 && members.targetMet == true)
    }

    @Test func filterByProvinceRanksWithinIt() throws {
        let text =
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
            + "2024-06-30,50,5001,A,100.00,20.00\n2024-06-30,50,5002,B,100.00,10.00\n2024-06-30,51,5101,C,100.00,1.00\n"
        let summary = try summarize([files.write("wf.csv", text)], windows: 1, filter: AreaFilter(scope: .province(50)))
        let ratios = summary.rows.filter { $0.indicatorID == "womens-fund.overdue-ratio" }
        #expect(ratios.map(\.level) == [.district, .district, .province, .zone, .nation])
        #expect(ratios.filter { $0.level == .district }.map(\.rank) == [2, 1])
        #expect(ratios.first { $0.level == .zone }?.value == 31.0 / 300.0, "the zone keeps every province")
    }

    @Test func duplicateIDsCountOnlyInTheSnapshotsUsed() throws {
        let header = "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
        // Loan A twice in May: the June snapshot is the one the quarter uses, so only validate minds.
        let may = files.write(
            "wf-may.csv",
            header
                + "2024-05-31,50,5001,A,100.00,20.00\n2024-05-31,50,5001,A,100.00,20.00\n2024-06-30,50,5001,A,100.00,10.00\n"
        )
        #expect(
            row(
                try summarize([may], asOf: june2024, windows: 1), .district, 5001, "womens-fund.overdue-ratio",
                windowEnd: "2024-06-30")?.value == 0.1)
        #expect(try Summarizer().validate([may]).issues.countByReason == ["duplicate id": 1])

        // The same in the June snapshot stops the summary.
        let june = files.write(
            "wf-june.csv",
            header
                + "2024-05-31,50,5001,A,100.00,20.00\n2024-06-30,50,5001,A,100.00,10.00\n2024-06-30,50,5001,A,100.00,10.00\n"
        )
        #expect(throws: InvalidInput.self) { try summarize([june], asOf: june2024, windows: 1) }

        // And in the year-earlier snapshot, which gives yoy_change.
        let yearEarlier = files.write(
            "wf-year-earlier.csv",
            header
                + "2023-06-30,50,5001,A,100.00,20.00\n2023-06-30,50,5001,A,100.00,20.00\n2024-06-30,50,5001,A,100.00,10.00\n"
        )
        #expect(throws: InvalidInput.self) { try summarize([yearEarlier], asOf: june2024, windows: 1) }
    }

    @Test func invalidRecordsStopOrAreSkipped() throws {
        let text =
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
            + "2024-06-30,50,5001,A,100.00,20.00\n2024-06-30,50,5001,B,100.00,200.00\n2024-06-30,50,5001,A,50.00,5.00\n"
        let path = files.write("wf.csv", text)
        #expect(throws: InvalidInput.self) { try summarize([path]) }
        let (summary, report) = try Summarizer().summarize(
            SummaryRequest(files: [path], windowCount: 1, skipInvalid: true))
        #expect(report.issues.count == 2)
        #expect(report.issues.countByReason == ["duplicate id": 1, "overdue is more than outstanding": 1])
        #expect(report.files.map(\.rows) == [1])
        #expect(row(summary, .district, 5001, "womens-fund.overdue-ratio", windowEnd: "2024-06-30")?.value == 0.2)
    }
}
