import Foundation
import KPICore
import Testing

/// The malformed-input corpus (Fixtures/malformed): each file's first error is reported on the
/// exact physical line, with the contract's column name and a reason that says what is wrong.
@Suite struct MalformedInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var kind: DatasetKind?
        var line: Int
        var column: String?
        /// Words the reason must contain.
        var reason: String
        var testDescription: String { file }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(
        path: "Fixtures/malformed")

    static let cases: [Case] = [
        Case(file: "wf-field-count.csv", line: 3, column: nil, reason: "5 fields"),
        Case(file: "wf-unterminated-quote.csv", line: 4, column: nil, reason: "unterminated"),
        Case(
            file: "wf-bad-record-after-multiline.csv", line: 4, column: "as_of",
            reason: "'2024-06-31' is not a day of the calendar"),
        Case(file: "wf-invalid-utf8.csv", line: 3, column: "loan_id", reason: "--encoding tis-620"),
        Case(
            file: "wf-unknown-district.csv", line: 3, column: "district_code",
            reason: "'5099' is not in the geography tables"),
        Case(
            file: "wf-district-outside-province.csv", line: 3, column: "district_code",
            reason: "district '5101' does not belong to province 50"),
        Case(
            file: "wf-unknown-province.csv", line: 2, column: "province_code",
            reason: "'99' is not in the geography tables"),
        Case(file: "wf-february-31.csv", line: 3, column: "as_of", reason: "'31/2/2567' is not a day of the calendar"),
        Case(file: "wf-ce-year-in-thai-date.csv", line: 3, column: "as_of", reason: "Common Era year in a Thai form"),
        Case(file: "wf-be-year-in-iso-date.csv", line: 3, column: "as_of", reason: "Buddhist Era year in the ISO form"),
        Case(file: "wf-month-13.csv", line: 3, column: "as_of", reason: "'2024-13-01' is not a day of the calendar"),
        Case(file: "wf-negative-money.csv", line: 3, column: "outstanding_baht", reason: "negative"),
        Case(file: "wf-money-letters.csv", line: 3, column: "outstanding_baht", reason: "'12a4.00' is not a number"),
        Case(file: "wf-money-three-decimals.csv", line: 3, column: "outstanding_baht", reason: "more than 2 decimals"),
        Case(file: "wf-bad-thousands.csv", line: 3, column: "outstanding_baht", reason: "'1,23.00' is not a number"),
        Case(
            file: "wf-overdue-above-outstanding.csv", line: 3, column: "overdue_baht",
            reason: "overdue is more than outstanding"),
        Case(
            file: "wf-duplicate-loan.csv", line: 4, column: "loan_id",
            reason: "duplicate loan_id 'L-1' in snapshot 2024-06-30 (first on line 2)"),
        Case(file: "otop-bad-channel.csv", line: 3, column: "channel", reason: "'shop' is not one of online, offline"),
        Case(file: "otop-bad-category.csv", line: 2, column: "category", reason: "'toys' is not one of food"),
        Case(file: "otop-bad-month.csv", line: 2, column: "month", reason: "'2024-6' is not a date"),
        Case(file: "bmn-income-not-surveyed.csv", line: 2, column: "income_baht", reason: "not surveyed"),
        Case(file: "bmn-passed-two.csv", line: 2, column: "passed", reason: "'2' is not one of 0, 1"),
        Case(file: "bmn-ce-survey-year.csv", line: 2, column: "survey_year", reason: "not a Buddhist Era year"),
        Case(
            file: "kkcj-bad-status.csv", line: 2, column: "status",
            reason: "'closed' is not one of normal, ปกติ, problem, มีปัญหา"),
        Case(file: "iv-unknown-indicator.csv", line: 2, column: "indicator_id", reason: "not in the indicator catalog"),
        Case(file: "iv-missing-denominator.csv", line: 2, column: "denominator", reason: "needs a denominator"),
        Case(
            file: "iv-province-district-clash.csv", line: 4, column: "district_code",
            reason: "ambiguous: click-chumchon.shops for province 50"),
        Case(file: "iv-not-month-end.csv", line: 2, column: "period_end", reason: "not the last day of a month"),
    ]

    @Test(arguments: cases)
    func firstErrorIsExact(_ testCase: Case) throws {
        let path = Self.folder.appending(path: testCase.file).path
        let report = try Summarizer().validate([path], kind: testCase.kind)
        let error = try #require(report.firstErrors.first, "an error is reported")
        #expect(error.file == path)
        #expect(error.line == testCase.line)
        #expect(error.column == testCase.column)
        #expect(error.reason.contains(testCase.reason), "\(error.reason)")
        #expect(report.issues.count == 1, "exactly one invalid record: \(report.firstErrors)")
    }

    @Test func emptyFileIsReportedOnLineOne() {
        let path = Self.folder.appending(path: "wf-empty.csv").path
        #expect(throws: IngestError(.unreadable, RowError(file: path, line: 1, column: nil, reason: "empty file"))) {
            try Summarizer().validate([path])
        }
    }

    @Test func missingColumnIsReportedOnLineOne() {
        let path = Self.folder.appending(path: "wf-missing-column.csv").path
        #expect(
            throws: IngestError(
                .notADataset,
                RowError(
                    file: path, line: 1, column: "overdue_baht",
                    reason: "missing required column overdue_baht for womens-fund data"))
        ) {
            try Summarizer().validate([path], kind: .womensFund)
        }
    }

    @Test func unknownHeaderAsksForKind() throws {
        let path = Self.folder.appending(path: "wf-missing-column.csv").path
        do {
            _ = try Summarizer().validate([path])
            Issue.record("no error")
        } catch let error as IngestError {
            #expect(error.problem == .notADataset)
            #expect(error.detail.line == 1)
            #expect(error.detail.reason.contains("--kind"))
        }
    }

    @Test func corpusHasEnoughFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".csv")
        }
        #expect(files.count >= 20)
        #expect(
            Set(files) == Set(Self.cases.map(\.file) + ["wf-empty.csv", "wf-missing-column.csv"]),
            "every corpus file has a case")
    }
}
