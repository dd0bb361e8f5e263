import Testing

@testable import KPICore

@Suite struct MoneyTableTests {
    /// The largest amount a money field holds: 15 digits of baht and 2 of satang.
    private let largest: Int64 = 99_999_999_999_999_999

    @Test func sumsPastSixtyFourBitsStayExactWhenAddedAndMerged() throws {
        var first = MoneyTable<WomensFundAccumulator.Lanes>(districtCount: 3)
        var second = MoneyTable<WomensFundAccumulator.Lanes>(districtCount: 3)
        // 150 of the largest pass Int64.max (about 92 of them) while added, and the 70 more of
        // the second table pass it again when merged.
        for _ in 0..<150 { first.add((largest, 1), district: 1, period: 20_000) }
        for _ in 0..<70 { second.add((largest, 2), district: 1, period: 20_000) }
        second.add((5, 0), district: 2, period: 20_001)
        first.merge(second)

        let series = first.widened().series()
        #expect(series[1]?.map(\.period) == [20_000])
        #expect(series[2]?.map(\.period) == [20_001])
        let district1 = try #require(series[1]?.first?.totals)
        let district2 = try #require(series[2]?.first?.totals)
        #expect(district1.outstanding == Int128(largest) * 220)
        #expect(district1.overdue == Int128(150 + 2 * 70))
        #expect(district2.outstanding == 5)
        #expect(first.latestPeriod == 20_001)
    }

    @Test func eachLaneOfACellOverflowsOnItsOwn() throws {
        // OTOP: a row adds to its category's lane and its channel's lane.
        var table = MoneyTable<OTOPSalesAccumulator.Lanes>(districtCount: 1)
        for index in 0..<200 { table.add((index % 2, 1, largest), district: 0, period: 24_300) }
        let totals = try #require(table.widened().series()[0]?.first?.totals)
        #expect(totals.category(0) == Int128(largest) * 100)
        #expect(totals.category(1) == Int128(largest) * 100)
        #expect(totals.channel(1) == Int128(largest) * 200)
        #expect(totals.channel(0) == 0)
        #expect(totals.total == Int128(largest) * 200)
    }
}
