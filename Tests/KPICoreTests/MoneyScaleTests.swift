import Testing

@testable import KPICore

/// Money in the summary always has exactly 2 decimals, however an indicator-values figure was
/// written: a workbook's `580724.7` and a CSV's `580724.70` give the same summary.
@Suite struct MoneyScaleTests {
    @Test func moneyFiguresAreWrittenInSatang() throws {
        let files = TestFiles()
        let header = "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
        func summary(_ september: String, _ december: String) throws -> [Substring] {
            let path = files.write(
                "iv-\(september)-\(december).csv",
                header
                    + "thai-textile.sales,2026-09-30,50,5001,\(september),\n"
                    + "thai-textile.sales,2026-12-31,50,5001,\(december),\n")
            let summary = try Summarizer().summarize(
                SummaryRequest(
                    files: [path], asOf: YearMonth(year: 2026, month: 12),
                    windowCount: 2, filter: AreaFilter(levels: [.district]))
            ).0
            return SummaryCSVWriter().render(summary).split(separator: "\n")
        }
        let plain = try summary("263458", "265094.3")
        let rows = plain.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let numerator = SummaryColumns.names.firstIndex(of: "numerator")!
        let change = SummaryColumns.names.firstIndex(of: "change")!
        #expect(rows.map { String($0[numerator]) } == ["263458.00", "265094.30"])
        #expect(rows.map { String($0[change]) } == ["", "1636.30"])
        #expect(try summary("263458.00", "265094.30") == plain)
    }

    /// Issue 12: 265094.3 against 263458.64 is a change of 1635.66, in the scale of the figure
    /// with more decimals, and both numerators are written with 2 decimals.
    @Test func aChangeKeepsTheDecimalsOfTheMoreExactFigure() throws {
        let files = TestFiles()
        let path = files.write(
            "iv.csv",
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
                + "thai-textile.sales,2026-09-30,50,5001,263458.64,\n"
                + "thai-textile.sales,2026-12-31,50,5001,265094.3,\n")
        let summary = try Summarizer().summarize(
            SummaryRequest(
                files: [path], asOf: YearMonth(year: 2026, month: 12),
                windowCount: 2, filter: AreaFilter(levels: [.district]))
        ).0
        let rows = SummaryCSVWriter().render(summary).split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let numerator = SummaryColumns.names.firstIndex(of: "numerator")!
        let change = SummaryColumns.names.firstIndex(of: "change")!
        #expect(rows.map { String($0[numerator]) } == ["263458.64", "265094.30"])
        #expect(rows.map { String($0[change]) } == ["", "1635.66"])
    }
}
