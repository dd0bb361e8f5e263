import Foundation
import Testing

@testable import KPICore

/// A workbook's cells cannot make memory grow without bound: a cell's text over 1 MiB, shared or
/// inline, and a row whose cells hold more than 64 MiB are errors of their row, as Excel numbers it.
@Suite struct WorkbookLimitsTests {
    let files = TestFiles()
    let contractColumns = ["as_of", "province_code", "district_code", "loan_id", "outstanding_baht", "overdue_baht"]

    /// A cell in the XML of a sheet.
    enum Cell {
        case shared(Int)
        case inline(String)
    }

    /// A workbook of one sheet, `rows` from row 1, with the shared strings `strings`, written
    /// with the package's zip writer as a hostile file would be (Excel itself keeps a cell to
    /// 32,767 characters).
    func workbook(strings: [String], rows: [[Cell]]) throws -> String {
        let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let sheetRows = rows.enumerated().map { index, cells in
            "<row r=\"\(index + 1)\">"
                + cells.map { cell in
                    switch cell {
                    case .shared(let string): "<c t=\"s\"><v>\(string)</v></c>"
                    case .inline(let text): "<c t=\"inlineStr\"><is><t>\(text)</t></is></c>"
                    }
                }.joined() + "</row>"
        }.joined()
        var zip = ZipWriter()
        try zip.addEntry(
            named: "xl/workbook.xml",
            text:
                "<workbook \(main) xmlns:r=\"\(relationship)\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        )
        try zip.addEntry(
            named: "xl/_rels/workbook.xml.rels",
            text: "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationship)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(relationship)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"
        )
        try zip.addEntry(
            named: "xl/sharedStrings.xml",
            text: "<sst \(main)>" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>")
        try zip.addEntry(
            named: "xl/worksheets/sheet1.xml",
            text: "<worksheet \(main)><sheetData>\(sheetRows)</sheetData></worksheet>")
        return files.write("book.xlsx", try zip.finish())
    }

    func loan(_ id: Cell) -> [Cell] {
        [.inline("2024-06-30"), .inline("50"), .inline("5001"), id, .inline("100.00"), .inline("0.00")]
    }

    @Test func aCellLongerThan1MiBIsAnErrorOfItsRow() throws {
        let long = String(repeating: "x", count: CSVLimits.fieldBytes + 1)
        let path = try workbook(
            strings: contractColumns + [long],
            rows: [
                contractColumns.indices.map(Cell.shared), loan(.inline("L-1")), loan(.shared(6)), loan(.inline(long)),
                loan(.inline(String(long.dropLast()))),
            ])
        let report = try Summarizer().validate([path], kind: .womensFund)
        #expect(
            report.firstErrors.map(\.description)
                == [3, 4].map { "\(path):\($0): column loan_id: \(SheetXMLScanner.cellTooLong)" })
        #expect(report.files.first?.rows == 2, "the rows around them are read")
    }

    @Test func aRowOfMoreThan64MiBOfSharedStringsIsRefused() throws {
        let header = contractColumns + (7...100).map { "extra\($0)" }
        let long = String(repeating: "x", count: 750_000)  // 94 of them: 70 MB
        let path = try workbook(
            strings: header + [long],
            rows: [
                header.map(Cell.inline), loan(.inline("L-1")) + Array(repeating: .shared(100), count: 94),
                loan(.inline("L-2")),
            ])
        let report = try Summarizer().validate([path], kind: .womensFund)
        #expect(report.firstErrors.map(\.description) == ["\(path):2: \(SheetXMLScanner.rowTooLong)"])
        #expect(report.files.first?.rows == 1)
    }

    @Test func aHeaderCellLongerThan1MiBIsAnErrorOnItsRow() throws {
        let path = try workbook(
            strings: [], rows: [[.inline("as_of"), .inline(String(repeating: "x", count: CSVLimits.fieldBytes + 1))]])
        #expect(throws: RowError(file: path, line: 1, reason: "header field 2: \(SheetXMLScanner.cellTooLong)")) {
            try WorkbookSheet(path: path)
        }
    }
}
