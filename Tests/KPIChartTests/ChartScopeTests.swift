import Testing
import KPICore
@testable import KPIChart

/// The scope as a chart's title names it.
@Suite struct ChartScopeTests {
    @Test func aProvinceOrZoneAtItsOwnLevelIsJustItsName() {
        #expect(ChartScope(level: .province, province: 50).description(in: .english) == "Chiang Mai")
        #expect(ChartScope(level: .province, province: 50).description(in: .thai) == "จังหวัดเชียงใหม่")
        #expect(ChartScope(level: .zone, zone: 15).description(in: .english) == "Inspection Zone 15")
        #expect(ChartScope(level: .zone, zone: 15).description(in: .thai) == "เขตตรวจราชการที่ 15")
        #expect(ChartScope(level: .nation).description(in: .thai) == "ทั้งประเทศ")
    }

    @Test func areasOfAScopeAreNamedByLevel() {
        #expect(ChartScope(level: .district, province: 50).description(in: .english) == "Districts of Chiang Mai")
        #expect(ChartScope(level: .district, province: 50).description(in: .thai) == "รายอำเภอ จังหวัดเชียงใหม่")
        #expect(ChartScope(level: .province, zone: 15).description(in: .english) == "Provinces of Inspection Zone 15")
        #expect(ChartScope(level: .province).description(in: .thai) == "รายจังหวัด ทั้งประเทศ")
    }
}
