import Foundation
import KPICore
import Testing

/// Issue 12: errors that say what is wrong once, and name what they are about.
@Suite struct ReportWordingTests {
    let files = TestFiles()
    let header = "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"

    /// Women's Fund rows whose loan ids hold a byte that is not UTF-8 (Windows-874 'ก').
    func windows874File(_ name: String, rows: Int) -> String {
        var bytes = Array(header.utf8)
        for row in 0..<rows {
            bytes += Array("2024-06-30,50,5001,L".utf8) + [0xA1] + Array("\(row),100.00,0.00\n".utf8)
        }
        return files.write(name, bytes)
    }

    @Test func theWindows874HintIsGivenOncePerFile() throws {
        let first = windows874File("a.csv", rows: 3)
        let second = windows874File("b.csv", rows: 30)
        let report = try Summarizer().validate([first, second], kind: .womensFund)
        #expect(report.issues.count == 33)
        let listed = report.firstErrors
        #expect(listed.count == IngestIssues.listLimit)
        #expect(listed.map(\.file) == [first, first, first] + Array(repeating: second, count: 17))
        #expect(listed.allSatisfy { $0.reason.hasPrefix("invalid UTF-8") && $0.column == "loan_id" })
        let hinted = listed.filter { $0.reason.contains("--encoding tis-620") }
        #expect(hinted.map(\.file) == [first, second])
        #expect(hinted.map(\.line) == [2, 2])
    }

    /// Without `--kind`, a header that lacks a column of the kind it nearly is names the column.
    @Test func aMissingColumnIsNamedWithoutKind() throws {
        let cases = [
            (
                "as_of,province_code,district_code,loan_id,outstanding_baht\n",
                ": womens-fund lacks column overdue_baht; give --kind"
            ),
            (
                "indicator_id,period_end,province_code,district_code,numerator\n",
                ": indicator-values lacks column denominator; give --kind"
            ),
            (
                "as_of,province_code,district_code\n",
                ": womens-fund lacks columns loan_id, outstanding_baht, overdue_baht; kkcj lacks columns fund_id, status, outstanding_baht; give --kind"
            ),
            ("a,b\n", "no separator gives a dataset's columns): give --kind"),
        ]
        for (header, words) in cases {
            let path = files.write("file.csv", header)
            do {
                _ = try Summarizer().validate([path])
                Issue.record("no error for \(header)")
            } catch let error as IngestError {
                #expect(error.problem == .notADataset)
                #expect(error.detail.line == 1)
                #expect(error.detail.reason.contains(words), "\(error.detail.reason)")
            }
        }
    }

    /// A duplicate names where the first occurrence is: another line of its file, or another
    /// file and its line; never its own line.
    @Test func aDuplicateNamesItsFirstOccurrence() throws {
        let row = "2024-06-30,50,5001,L-1,100.00,0.00\n"
        let first = files.write("first.csv", header + row)
        let second = files.write("second.csv", header + "2024-06-30,50,5002,L-2,100.00,0.00\n" + row + row)
        let report = try Summarizer().validate([first, second], kind: .womensFund)
        #expect(
            report.firstErrors.map(\.description) == [
                "\(second):3: column loan_id: duplicate loan_id 'L-1' in snapshot 2024-06-30 (first on \(first):2)",
                "\(second):4: column loan_id: duplicate loan_id 'L-1' in snapshot 2024-06-30 (first on \(first):2)",
            ])
    }

    /// Thirty loans given twice: all thirty duplicates counted, the first twenty worded in line
    /// order, and `--skip-invalid` leaves out exactly the second occurrences.
    @Test func manyDuplicatesAreCountedAndTheFirstWorded() throws {
        let rows = (0..<30).map { "2024-06-30,50,5001,L-\($0),\(100 + $0).00,0.00\n" }.joined()
        let path = files.write("wf.csv", header + rows + rows)
        let report = try Summarizer().validate([path], kind: .womensFund)
        #expect(report.issues.count == 30)
        #expect(report.issues.countByReason == ["duplicate id": 30])
        #expect(
            report.firstErrors.map(\.description)
                == (0..<20).map {
                    "\(path):\(32 + $0): column loan_id: duplicate loan_id 'L-\($0)' in snapshot 2024-06-30 (first on line \(2 + $0))"
                })
        var request = SummaryRequest(files: [path], asOf: YearMonth(year: 2024, month: 6), windowCount: 1)
        request.skipInvalid = true
        let (summary, skipped) = try Summarizer().summarize(request)
        #expect(skipped.files.first?.rows == 30)
        let outstanding = summary.rows.first {
            $0.level == .district && $0.areaCode == 5001 && $0.indicatorID == "womens-fund.outstanding"
        }
        #expect(outstanding?.value == Double((0..<30).map { 100 + $0 }.reduce(0, +)), "each loan once")
    }
}
