import KPICore
import Testing

@testable import KPIChart

/// The scope as a chart's title names it.
@Suite struct ChartScopeTests {
    @Test func aProvinceOrZoneAtItsOwnLevelIsJustItsName() {
        #expect(ChartScope(level: .province, in: .province(50)).description(in: .english) == "Chiang Mai")
        #expect(ChartScope(level: .province, in: .province(50)).description(in: .thai) == "จังหวัดเชียงใหม่")
        #expect(ChartScope(level: .zone, in: .zone(15)).description(in: .english) == "Inspection Zone 15")
        #expect(ChartScope(level: .zone, in: .zone(15)).description(in: .thai) == "เขตตรวจราชการที่ 15")
        #expect(ChartScope(level: .nation).description(in: .thai) == "ทั้งประเทศ")
    }

    @Test func areasOfAScopeAreNamedByLevel() {
        #expect(ChartScope(level: .district, in: .province(50)).description(in: .english) == "Districts of Chiang Mai")
        #expect(ChartScope(level: .district, in: .province(50)).description(in: .thai) == "รายอำเภอ จังหวัดเชียงใหม่")
        #expect(
            ChartScope(level: .province, in: .zone(15)).description(in: .english) == "Provinces of Inspection Zone 15")
        #expect(ChartScope(level: .province).description(in: .thai) == "รายจังหวัด ทั้งประเทศ")
        #expect(ChartScope(level: .province).description(in: .english) == "Provinces nationwide")
        #expect(ChartScope(level: .zone).description(in: .thai) == "รายเขตตรวจราชการ")
        #expect(ChartScope(level: .zone).description(in: .english) == "Inspection zones")
    }

    @Test func bangkoksDistrictsAreเขต() {
        #expect(ChartScope(level: .district, in: .province(10)).description(in: .thai) == "รายเขต กรุงเทพมหานคร")
        #expect(ChartScope(level: .province, in: .province(10)).description(in: .thai) == "กรุงเทพมหานคร")
        #expect(ChartScope(level: .district, in: .province(10)).description(in: .english) == "Districts of Bangkok")
        let note = ChartScope(level: .district, in: .province(10)).noDataNote(
            present: [], language: .thai, digits: .arabic)
        #expect(note == "ไม่มีข้อมูล \(Geography.bundled.districts(ofProvince: 10).count) เขต")
    }

    @Test func theSummaryRowsOfAChartAreDerivedFromItsScope() {
        let scope = ChartScope(level: .district, in: .province(50))
        #expect(scope.total == .province(50))
        #expect(scope.filter().levels == [.district])
        #expect(scope.filter(withTotal: true).levels == [.district, .province])
        #expect(scope.filter().scope == .province(50))
        #expect(ChartScope(level: .province, in: .province(50)).total == nil)
        #expect(ChartScope(level: .zone).filter(withTotal: true).levels == [.zone, .nation])
    }
}

/// Areas of the scope without data are counted in the subtitle, so that 12 provinces are not
/// mistaken for the country.
@Suite struct NoDataNoteTests {
    @Test func theNationalRankingCountsTheProvincesWithoutData() throws {
        let areas = Array(
            SeriesChartFixture.provinces { index, window in SeriesChartFixture.scattered(index, window) }.prefix(12))
        let summary = SeriesChartFixture.summary("womens-fund.overdue-ratio", level: .province, areas: areas)
        for (language, note) in [(Language.thai, "ไม่มีข้อมูล 65 จังหวัด"), (.english, "65 provinces have no data")] {
            let canvas = try RecordingCanvas(size: Size(width: 1600, height: 900))
            RankingChart(
                series: SeriesChartFixture.series(summary, level: .province), scope: ChartScope(level: .province),
                options: ChartOptions(language: language)
            ).draw(on: canvas)
            #expect(canvas.texts.contains { $0.groups == ["title"] && $0.string.contains(note) }, "\(language)")
        }
    }

    @Test func groupedBarsOfAProvinceCountItsDistrictsWithoutData() throws {
        let summary = SeriesChartFixture.summary(
            "womens-fund.overdue-ratio", areas: SeriesChartFixture.districts(of: 50, count: 20) { _, _ in 0.1 })
        let canvas = try RecordingCanvas(size: Size(width: 1600, height: 900))
        GroupedBarsChart(
            series: SeriesChartFixture.series(summary), scope: ChartScope(level: .district, in: .province(50)),
            options: ChartOptions()
        ).draw(on: canvas)
        #expect(canvas.texts.contains { $0.groups == ["title"] && $0.string.contains("ไม่มีข้อมูล 5 อำเภอ") })
    }

    @Test func noNoteWhenEveryAreaHasData() {
        let scope = ChartScope(level: .province, in: .zone(15))
        let codes = Geography.bundled.zone(number: 15)!.provinceCodes
        #expect(scope.noDataNote(present: codes, language: .thai, digits: .arabic) == nil)
        #expect(
            scope.noDataNote(present: Array(codes.dropFirst()), language: .english, digits: .arabic)
                == "1 province has no data")
        #expect(ChartScope(level: .nation).noDataNote(present: [], language: .thai, digits: .arabic) == nil)
    }
}
