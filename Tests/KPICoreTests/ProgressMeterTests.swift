import Testing

@testable import KPICore

@Suite struct ProgressMeterTests {
    @Test func bytesShowAPercentage() {
        let meter = ProgressMeter(total: 400, label: "reading", unit: nil, enabled: true)
        #expect(meter.line(done: 0) == "reading: 0%")
        #expect(meter.line(done: 199) == "reading: 49%")
        #expect(meter.line(done: 500) == "reading: 100%")
    }

    @Test func rowsShowAPercentageAndCounts() {
        let meter = ProgressMeter(total: 2_500_000, label: "womens-fund.csv", unit: "rows", enabled: true)
        #expect(meter.line(done: 1_050_000) == "womens-fund.csv: 42% (1,050,000 of 2,500,000 rows)")
        #expect(ProgressMeter(total: 0, label: "x", unit: "rows", enabled: true).line(done: 0) == "x: 0% (0 of 0 rows)")
    }

    /// Without a terminal there is nothing to report to, so readers skip the bookkeeping.
    @Test func noCallbackWhenNotShown() {
        #expect(ProgressMeter(total: 10, label: "reading", unit: nil, enabled: false).callback == nil)
        #expect(ProgressMeter(total: 10, label: "reading", unit: nil, enabled: true).callback != nil)
    }
}
