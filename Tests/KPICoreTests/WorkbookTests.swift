import Foundation
import Testing

@testable import KPICore

/// Excel workbooks read as the data contract says: the same summaries and errors as the same data
/// in a CSV file, cells placed by reference, numbers, dates and strings as Excel shows them, and a
/// damaged archive refused with an error naming the file. The fixtures (Fixtures/workbooks) were
/// made by openpyxl, LibreOffice and by hand; make_fixtures.py says how.
@Suite struct WorkbookTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(
        path: "Fixtures/workbooks")

    static func path(_ name: String) -> String { folder.appending(path: name).path }

    /// The CSV summary of `file`.
    private func summary(_ file: String) throws -> String {
        let (summary, _) = try Summarizer().summarize(SummaryRequest(files: [file]))
        return SummaryCSVWriter().render(summary)
    }

    @Test(arguments: ["womens-fund-openpyxl.xlsx", "womens-fund-libreoffice.xlsx"])
    func workbookSummaryEqualsTheCSVs(_ workbook: String) throws {
        let expected = try summary(Self.path("womens-fund.csv"))
        #expect(expected.split(separator: "\n").count > 10)
        #expect(try summary(Self.path(workbook)) == expected)
    }

    @Test func workbookErrorsEqualTheCSVs() throws {
        func errors(_ name: String) throws -> [String] {
            try Summarizer().validate([Self.path(name)]).firstErrors.map {
                "\($0.line) \($0.column ?? "-") \($0.reason)"
            }
        }
        let expected = try errors("womens-fund-errors.csv")
        #expect(expected.count == 8, "\(expected)")
        #expect(try errors("womens-fund-errors.xlsx") == expected)
    }

    @Test func skipInvalidCountsTheSameRowsAsTheCSV() throws {
        func report(_ name: String) throws -> IngestReport {
            try Summarizer().summarize(SummaryRequest(files: [Self.path(name)], skipInvalid: true)).1
        }
        let csv = try report("womens-fund-errors.csv")
        let workbook = try report("womens-fund-errors.xlsx")
        #expect(workbook.issues.countByReason == csv.issues.countByReason)
        #expect(workbook.files.map(\.rows) == csv.files.map(\.rows))
        #expect(csv.issues.count >= 7 && (csv.files.first?.rows ?? 0) > 0)
    }

    @Test func aLaterSheetNamesItselfInErrorsAndCountsItsEmptyRows() throws {
        let path = Self.path("two-sheets.xlsx")
        let report = try Summarizer().validate([path], reading: ReadOptions(sheet: "ข้อมูล"))
        let csv = try Summarizer().validate([Self.path("womens-fund-errors.csv")])
        // The CSV's rows start on row 3 of the sheet, with an empty row after the sheet's row 5.
        let rows = csv.firstErrors.map { $0.line < 4 ? $0.line + 2 : $0.line + 3 }
        #expect(report.firstErrors.map(\.line) == rows)
        #expect(
            report.firstErrors.map(\.reason)
                == csv.firstErrors.map { $0.reason.replacingOccurrences(of: "line 2", with: "line 4") })
        #expect(report.firstErrors.allSatisfy { $0.file == "\(path)[ข้อมูล]" })
        #expect(report.files.map(\.path) == ["\(path)[ข้อมูล]"])
        #expect(report.files.first?.emptyRowsSkipped == 1)
    }

    // MARK: - Cells

    @Test func moneyIsRoundedToTheSatangOnlyWithinAMillionthOfABaht() throws {
        let rows = try read("money-rounding.xlsx")
        // 1234.5600000000001, 1234.5600009, 1234.5599991, 99.999999, 7.000002, 0.1 + 0.2, 1.2345E3
        #expect(rows.map { $0.fields[4] } == ["1234.56", "1234.56", "1234.56", "100", "7.000002", "0.3", "1234.5"])
        #expect(rows.map { $0.fields[1] } == Array(repeating: "50", count: 7), "codes stay codes")
        #expect(rows.map { $0.fields[0] } == Array(repeating: "2025-10-31", count: 7), "date cells")
    }

    @Test func cellsArePlacedByReferenceAndReadAsExcelShowsThem() throws {
        let sheet = try WorkbookSheet(
            path: Self.path("features.xlsx"), displayName: "f.xlsx", options: ReadOptions(sheet: "second & more"))
        #expect(sheet.displayName == "f.xlsx[second & more]")
        // Header on row 3 (row 2 has only empty cells); column A is empty in it.
        #expect(sheet.header == ["", "as_of", "loan_id", "amount", "note"])
        let result = try collect(sheet, chunks: 1)
        #expect(
            result.rows == [
                Row(line: 4, fields: ["", "2024-10-31", "", "1234.5", ""]),
                Row(line: 7, fields: ["0", "1900-02-29", "WF-0001 ", "two & more", "A & B <ok> กข"]),
                Row(line: 8, fields: ["", "1900-03-01T12:00:00", "TRUE", "#DIV/0!", "line\rbreak"]),
                Row(line: 9, fields: ["", "2024-10-31", "45596", "0.3", "กข"]),
                Row(line: 12, fields: ["", "1900-01-01", "", "", ""]),
            ])
        #expect(result.emptyLines == [5, 6, 10, 11])
    }

    @Test func theFirstSheetIsReadByDefaultAndNamedByTheFileAlone() throws {
        let sheet = try WorkbookSheet(path: Self.path("features.xlsx"), displayName: "f.xlsx")
        #expect(sheet.displayName == "f.xlsx")
        #expect(sheet.header == ["only"])
        #expect(try collect(sheet, chunks: 1).rows == [Row(line: 2, fields: ["1"])])
        let named = try WorkbookSheet(
            path: Self.path("features.xlsx"), displayName: "f.xlsx", options: ReadOptions(sheet: "FIRST"))
        #expect(named.displayName == "f.xlsx")
    }

    @Test func anUnknownSheetNamesTheSheetsThereAre() {
        #expect { try WorkbookSheet(path: Self.path("features.xlsx"), options: ReadOptions(sheet: "third")) } throws: {
            error in
            "\(error)".contains("no sheet named 'third'") && "\(error)".contains("'second & more'")
        }
    }

    @Test func the1904DateSystemCountsFrom1904() throws {
        let sheet = try WorkbookSheet(
            path: Self.path("features-1904.xlsx"), options: ReadOptions(sheet: "second & more"))
        let rows = try collect(sheet, chunks: 1).rows
        // Serial 45596 and 1 in the 1904 system: 1462 days after the 1900 system's.
        #expect(rows.first?.fields[1] == "2028-11-01")
        #expect(rows.last?.fields[1] == "1904-01-02")
    }

    // MARK: - Chunks

    @Test func manyChunksGiveTheRowsOfOne() throws {
        let sheet = try WorkbookSheet(path: Self.path("womens-fund-openpyxl.xlsx"))
        let one = try collect(sheet, chunks: 1)
        let four = try collect(sheet, chunks: 4)
        #expect(one.rows.count == 240)
        #expect(four.rows == one.rows)
        #expect(four.rowsPerChunk.filter { $0 > 0 }.count > 1, "\(four.rowsPerChunk)")
    }

    @Test(arguments: [2, 3, 5, 9])
    func partsOfASheetWithRowsWithoutNumbersGiveTheRowsOfOne(_ chunks: Int) throws {
        let sheet = try WorkbookSheet(path: Self.path("features.xlsx"), options: ReadOptions(sheet: "second & more"))
        let one = try collect(sheet, chunks: 1)
        let many = try collect(sheet, chunks: chunks)
        #expect(many.rows == one.rows)
        #expect(many.emptyLines == one.emptyLines)
    }

    @Test func partsStartAtRowTags() throws {
        let sheet = try WorkbookSheet(path: Self.path("womens-fund-openpyxl.xlsx"))
        let rows = try collect(sheet, chunks: 3)
        let lines = rows.rows.map(\.line)
        #expect(lines == Array(2...241))
    }

    // MARK: - Damaged archives

    @Test func aTruncatedWorkbookIsRefusedNamingTheFile() throws {
        let bytes = try Array(Data(contentsOf: Self.folder.appending(path: "womens-fund-openpyxl.xlsx")))
        let files = TestFiles()
        let path = files.write("cut.xlsx", Array(bytes.prefix(bytes.count / 2)))
        #expect { try RecordSources.open(path: path, displayName: "cut.xlsx") } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("cut.xlsx:") && text.contains("not a readable Excel workbook")
        }
    }

    @Test func aChangedByteFailsTheCRC() throws {
        var bytes = try Array(Data(contentsOf: Self.folder.appending(path: "features.xlsx")))
        // The entries are stored: change a letter of the first sheet's only text.
        let marker = Array("<t>only</t>".utf8)
        let at = try #require(
            (0...(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        bytes[at + 3] = UInt8(ascii: "O")
        let files = TestFiles()
        let path = files.write("changed.xlsx", bytes)
        let sheet = try WorkbookSheet(path: path, displayName: "changed.xlsx")
        #expect(sheet.header == ["only"], "the header is read before the end of the part")
        #expect { try collect(sheet, chunks: 1) } throws: { error in
            "\(error)".hasPrefix("changed.xlsx:") && "\(error)".contains("CRC")
        }
    }

    @Test func aZipWithoutAWorkbookIsRefused() throws {
        var bytes = try Array(Data(contentsOf: Self.folder.appending(path: "features.xlsx")))
        // Renamed in the archive's headers, not in the relationships that point to it.
        let name = Array("xl/workbook.xml".utf8)
        let target = Array("Target=\"".utf8)
        for start in target.count...(bytes.count - name.count)
        where Array(bytes[start..<(start + name.count)]) == name
            && Array(bytes[(start - target.count)..<start]) != target
        {
            bytes[start + 3] = UInt8(ascii: "W")
        }
        let files = TestFiles()
        let path = files.write("other.xlsx", bytes)
        #expect { try RecordSources.open(path: path, displayName: "other.xlsx") } throws: { error in
            "\(error)".hasPrefix("other.xlsx:") && "\(error)".contains("workbook part")
        }
    }

    // MARK: - Helpers

    struct Row: Equatable, CustomStringConvertible {
        var line: Int
        var fields: [String]
        var description: String { "\(line): \(fields)" }
    }

    private struct Collected {
        var rows: [Row]
        var emptyLines: [Int]
        var rowsPerChunk: [Int]
    }

    private struct CollectingSink: CSVRecordSink {
        var rows: [Row] = []
        var emptyLines: [Int] = []
        var problems: [CSVProblem] = []

        mutating func consume(_ record: CSVRecord) {
            rows.append(
                Row(
                    line: record.line,
                    fields: (0..<record.fieldCount).map { String(decoding: record[$0], as: UTF8.self) }))
        }

        mutating func reject(_ problem: CSVProblem) { problems.append(problem) }

        mutating func skipEmptyRecord(line: Int) { emptyLines.append(line) }

        var needsFileLinesWhileReading: Bool { false }

        mutating func shiftLines(by delta: Int) {
            for index in rows.indices { rows[index].line += delta }
            for index in problems.indices { problems[index].line += delta }
            for index in emptyLines.indices { emptyLines[index] += delta }
        }
    }

    private func collect(_ sheet: WorkbookSheet, chunks: Int) throws -> Collected {
        let sinks = try sheet.read(chunks: chunks) { _ in CollectingSink() }
        #expect(sinks.flatMap(\.problems).isEmpty)
        return Collected(
            rows: sinks.flatMap(\.rows), emptyLines: sinks.flatMap(\.emptyLines), rowsPerChunk: sinks.map(\.rows.count))
    }

    private func read(_ name: String) throws -> [Row] {
        try collect(WorkbookSheet(path: Self.path(name)), chunks: 1).rows
    }
}
