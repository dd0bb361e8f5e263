import Foundation
import Testing

@testable import KPICore

/// Issue 12: the largest values the contract admits are summed exactly (no trap, no wrap), and
/// what is out of bounds (too many digits, a year like 0000, a column given twice, a huge window
/// count) is an error on its line or a documented limit.
@Suite struct OverflowTests {
    let files = TestFiles()
    let june2024 = YearMonth(year: 2024, month: 6)!

    func summarize(_ path: String) throws -> Summary {
        try Summarizer().summarize(SummaryRequest(files: [path], asOf: june2024, windowCount: 1)).0
    }

    func numerator(_ summary: Summary, _ level: AreaLevel, _ code: Int?, _ indicator: String) throws -> Quantity {
        let row = summary.rows.first { $0.level == level && $0.areaCode == code && $0.indicatorID == indicator }
        return try #require(row?.numerator, "a row for \(indicator), \(level) \(code.map(String.init) ?? "")")
    }

    /// `indicator-values` rows for thai-textile.sales (a flow, in baht) in June 2024, one per
    /// district and numerator.
    func textileSales(_ figures: [(district: Int, numerator: String)]) -> String {
        files.write(
            "iv.csv",
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
                + figures.map { "thai-textile.sales,2024-06-30,\($0.district / 100),\($0.district),\($0.numerator),\n" }
                .joined())
    }

    // MARK: - Exact sums

    @Test func provinceSumRescaledToNineDecimals() throws {
        let summary = try summarize(textileSales([(5001, "9300000000"), (5002, "0.000000001")]))
        let total = try numerator(summary, .province, 50, "thai-textile.sales")
        #expect(total.description == "9300000000.000000001")
    }

    @Test func tenHugeNegativeNumerators() throws {
        let figures = (1...10).map { (5000 + $0, "-999999999999999999") }
        let total = try numerator(try summarize(textileSales(figures)), .province, 50, "thai-textile.sales")
        #expect(total.description == "-9999999999999999990.00", "money, written in satang")
    }

    @Test func womensFundSnapshotOfHugeLoans() throws {
        let loans = (1...93).map { "2024-06-30,50,5001,L\($0),999999999999999.99,999999999999999.99\n" }
        let path = files.write(
            "wf.csv", "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n" + loans.joined())
        #expect(try Summarizer().validate([path]).issues.count == 0)
        let total = try numerator(try summarize(path), .district, 5001, "womens-fund.outstanding")
        #expect(total.description == "92999999999999999.07")
    }

    @Test func otopSalesDoNotWrap() throws {
        let sales = (1...100).map { "2024-06,50,5001,P\($0),food,online,999999999999999.99\n" }
        let path = files.write(
            "otop.csv", "month,province_code,district_code,product_id,category,channel,sales_baht\n" + sales.joined())
        let summary = try summarize(path)
        for indicator in ["otop.sales", "otop.sales.food", "otop.sales.online"] {
            #expect(
                try numerator(summary, .nation, nil, indicator).description == "99999999999999999.00", "\(indicator)")
        }
    }

    @Test func quantityBeyondSixtyFourBits() {
        let huge = Quantity(units: -100_000_000_000_000_000_005, scale: 2)
        #expect(huge.description == "-1000000000000000000.05")
        #expect(huge.doubleValue == -1e18)
        #expect(huge.ratio(to: .satang(-100_000_000_000_000_000_000)) == 1)
    }

    // MARK: - Located errors

    /// The first error `validate` reports for a one-row Women's Fund file whose row is `row`.
    func firstError(womensFundRow row: String) throws -> RowError {
        let path = files.write(
            "wf.csv", "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n" + row + "\n")
        return try #require(try Summarizer().validate([path], kind: .womensFund).firstErrors.first)
    }

    @Test func sixteenDigitMoneyIsTooLarge() throws {
        let error = try firstError(womensFundRow: "2024-06-30,50,5001,L1,1234567890123456.00,0")
        #expect(error.line == 2 && error.column == "outstanding_baht")
        #expect(error.reason == "'1234567890123456.00' is too large (at most 15 digits before the decimal point)")
    }

    @Test func nineteenDigitDecimalIsTooLarge() throws {
        let path = textileSales([(5001, "1234567890123456789")])
        let error = try #require(try Summarizer().validate([path]).firstErrors.first)
        #expect(error.line == 2 && error.column == "numerator")
        #expect(error.reason == "'1234567890123456789' is too large (at most 18 digits)")
    }

    @Test(arguments: ["0000-02-11", "2201-01-31", "1/1/2442", "31/12/2744"])
    func yearOutsideTheCalendar(_ date: String) throws {
        let error = try firstError(womensFundRow: "\(date),50,5001,L1,100.00,0")
        #expect(error.line == 2 && error.column == "as_of")
        #expect(error.reason.contains("has a year outside 1900–2200 (B.E. 2443–2743)"), "\(error.reason)")
    }

    @Test func contractColumnGivenTwice() {
        let path = files.write(
            "wf.csv",
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht,outstanding_baht\n"
                + "2024-06-30,50,5001,L1,100.00,0,999.00\n")
        #expect(
            throws: IngestError(
                .notADataset,
                RowError(
                    file: path, line: 1, column: "outstanding_baht",
                    reason: "column outstanding_baht appears twice (fields 5 and 7)"))
        ) {
            try Summarizer().validate([path], kind: .womensFund)
        }
    }

    @Test func extraColumnMayRepeat() throws {
        let path = files.write(
            "wf.csv",
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht,note,note\n"
                + "2024-06-30,50,5001,L1,100.00,0,a,b\n")
        #expect(try Summarizer().validate([path], kind: .womensFund).issues.count == 0)
    }

    // MARK: - Window counts

    @Test func windowCountIsClamped() {
        #expect(Window.windows(endingIn: june2024, count: .max).count == Window.maximumCount)
        #expect(Window.windows(endingIn: june2024, count: 0).count == 1)
        let oldest = Window.windows(endingIn: june2024, count: .max)[0]
        #expect(oldest.firstDay.description == "2014-07-01")
    }
}
