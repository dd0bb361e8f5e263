import Foundation
import Testing

@testable import KPICore

/// `SummaryRequest.indicators`: only the indicators asked for, the same rows as without it.
@Suite struct IndicatorFilterTests {
    let files = TestFiles()
    let june2024 = YearMonth(year: 2024, month: 6)!

    private func womensFund() -> String {
        files.write(
            "wf.csv",
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
                + "2024-03-31,50,5001,A1,1000.00,100.00\n"
                + "2024-06-30,50,5001,A1,1000.00,200.00\n"
                + "2024-06-30,50,5002,B1,1500.50,0.00\n"
                + "2024-06-30,51,5101,C1,400.00,100.00\n")
    }

    @Test func onlyTheIndicatorsAskedFor() throws {
        let path = womensFund()
        let all = try Summarizer().summarize(SummaryRequest(files: [path], asOf: june2024)).0
        let wanted: Set<String> = ["womens-fund.overdue-ratio"]
        let some = try Summarizer().summarize(SummaryRequest(files: [path], asOf: june2024, indicators: wanted)).0
        #expect(Set(all.rows.map(\.indicatorID)).count > 1)
        #expect(!some.rows.isEmpty)
        #expect(some.rows == all.rows.filter { wanted.contains($0.indicatorID) })
        #expect(some.indicators.map(\.id) == ["womens-fund.overdue-ratio"])
    }

    @Test func anIndicatorTheFilesLackGivesNoRows() throws {
        let summary = try Summarizer().summarize(
            SummaryRequest(
                files: [womensFund()], asOf: june2024,
                indicators: ["otop.sales"])
        ).0
        #expect(summary.rows.isEmpty)
        #expect(summary.indicators.isEmpty)
    }

    @Test func anUnknownIDFailsBeforeReading() throws {
        let error = try #require(throws: UnknownIndicatorError.self) {
            try Summarizer().summarize(SummaryRequest(files: ["/nonexistent/file.csv"], indicators: ["otop.sale"]))
        }
        #expect(error.closest.first == "otop.sales")
    }
}
