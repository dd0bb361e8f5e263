import Foundation
import Testing

@testable import KPICore

@Suite struct WorkbookWriterTests {
    // MARK: - Sheet names

    @Test func longNamesKeepTheirStartAndEndWithin31Characters() {
        var names = SheetNames()
        let food = names.unique("ยอดจำหน่ายผลิตภัณฑ์ OTOP ประเภทอาหาร")
        let textile = names.unique("ยอดจำหน่ายผลิตภัณฑ์ OTOP ประเภทผ้า เครื่องแต่งกาย")
        for name in [food, textile] {
            #expect(name.utf16.count <= 31)
            #expect(name.hasPrefix("ยอดจำหน่าย"))
            #expect(name.contains("…"))
        }
        #expect(food.hasSuffix("ประเภทอาหาร"))
        #expect(textile.hasSuffix("เครื่องแต่งกาย"))
        // Cut between characters: a vowel or tone mark never starts or ends a part.
        for part in food.split(separator: "…") {
            #expect(part.first.map { !$0.unicodeScalars.first!.properties.isGraphemeExtend } == true)
        }
        #expect(names.unique("Short name") == "Short name")
    }

    @Test func forbiddenCharactersBecomeSpaces() {
        var names = SheetNames()
        #expect(names.unique("OTOP sales: food") == "OTOP sales food")
        #expect(names.unique("38,000 บาท/คน/ปี") == "38,000 บาท คน ปี")
        #expect(names.unique("a\\b?c*d[e]f") == "a b c d e f")
        #expect(names.unique("'quoted'") == "quoted")
        #expect(names.unique("tab\there") == "tab here")
        #expect(names.unique(":/?") == "Sheet")
    }

    @Test func namesAreUniqueIgnoringCase() {
        var names = SheetNames()
        #expect(names.unique("Summary") == "Summary")
        #expect(names.unique("SUMMARY") == "SUMMARY (2)")
        #expect(names.unique("summary") == "summary (3)")
        #expect(names.unique("History") == "History (2)")
        let long = String(repeating: "ก", count: 40)
        let first = names.unique(long)
        let second = names.unique(long)
        #expect(first != second)
        #expect(second.hasSuffix(" (2)"))
        #expect(first.utf16.count == 31 && second.utf16.count <= 31)
    }

    // MARK: - XML text

    @Test func markupIsEscapedAndForbiddenCharactersDropped() {
        #expect(XMLEscaping.escaped(#"A & B <C> "D" 'E'"#) == "A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;")
        #expect(XMLEscaping.escaped("a\u{0}b\u{1}c\u{1F}d\u{FFFE}e\u{FFFF}") == "abcde")
        #expect(XMLEscaping.escaped("tab\tline\ncr\r ไทย 😀") == "tab\tline\ncr\r ไทย 😀")
    }

    // MARK: - Cells

    @Test func columnsAreNamedAsSpreadsheetsDo() {
        #expect(WorkbookWriter.Rows.columnName(0) == "A")
        #expect(WorkbookWriter.Rows.columnName(25) == "Z")
        #expect(WorkbookWriter.Rows.columnName(26) == "AA")
        #expect(WorkbookWriter.Rows.columnName(701) == "ZZ")
        #expect(WorkbookWriter.Rows.columnName(16_383) == "XFD")
    }

    /// Serial numbers as Excel shows them for these dates (1900 date system).
    @Test func datesAreSpreadsheetSerialNumbers() {
        #expect(WorkbookWriter.Rows.serialNumber(of: CivilDate(year: 1900, month: 3, day: 1)!) == 61)
        #expect(WorkbookWriter.Rows.serialNumber(of: CivilDate(year: 2024, month: 1, day: 1)!) == 45_292)
        #expect(WorkbookWriter.Rows.serialNumber(of: CivilDate(year: 2024, month: 6, day: 30)!) == 45_473)
        #expect(WorkbookWriter.Rows.serialNumber(of: CivilDate(year: 1900, month: 2, day: 28)!) == nil)
        #expect(WorkbookWriter.Rows.serialNumber(of: CivilDate(year: 10_000, month: 1, day: 1)!) == nil)
    }

    @Test func numbersMustBePlainDecimals() {
        for good in ["0", "-7", "1234.50", "0.0734125"] { #expect(WorkbookWriter.Cell.isPlainDecimal(good)) }
        for bad in ["", "-", "1.", ".5", "1e5", "1,000", "NaN", "1.2.3", " 1"] {
            #expect(!WorkbookWriter.Cell.isPlainDecimal(bad))
        }
    }

    @Test func sheetBeyondASpreadsheetsRowsIsRefused() {
        let sheet = WorkbookWriter.Sheet(name: "big") { rows in
            for _ in 0...WorkbookWriter.Rows.maximumRows { rows.appendBlank() }
        }
        #expect(throws: WorkbookWriteError.sheetTooLarge(sheet: "big")) { try WorkbookWriter.archive([sheet]) }
    }

    // MARK: - Read back

    /// Every kind of cell, read back by a reader of our own in Python's standard library.
    @Test(.enabled(if: ExternalTool.systemPython != nil))
    func cellsReadBackWithTheirTypesAndFormats() throws {
        let first = WorkbookWriter.Sheet(name: "Bob's: data", columnWidths: [10, 20], frozenRows: 1) { rows in
            rows.append([.text("name", bold: true), .text("amount", bold: true)])
            rows.append([
                .text("1/1"), .number("-1234.50", format: .decimal2), .text(nil),
                WorkbookWriter.Cell(.date(CivilDate(year: 2024, month: 6, day: 30)!)),
                WorkbookWriter.Cell(.boolean(true)),
            ])
        }
        let second = WorkbookWriter.Sheet(name: "Bob's/data") { rows in
            rows.append([.number("0.0734125", format: .percent)])
        }
        let files = TestFiles()
        let path = files.write("cells.xlsx", try WorkbookWriter.archive([first, second]))
        let sheets = try WorkbookInspector.read(path)

        #expect(sheets.map(\.name) == ["Bob's data", "Bob's data (2)"])
        #expect(sheets.map(\.frozenRows) == [1, 0])
        // A quote in a sheet's name is doubled where a formula names it.
        #expect(sheets.map(\.printTitles) == ["'Bob''s data'!$1:$1", ""])
        let rows = sheets[0].rows
        #expect(rows[0]["A"] == WorkbookInspector.Cell(kind: "s", value: "name", format: "General", bold: true))
        #expect(rows[1]["A"] == WorkbookInspector.Cell(kind: "s", value: "1/1", format: "General", bold: false))
        #expect(rows[1]["B"] == WorkbookInspector.Cell(kind: "n", value: "-1234.50", format: "#,##0.00", bold: false))
        #expect(rows[1]["C"] == nil)
        #expect(rows[1]["D"]?.kind == "d" && rows[1]["D"]?.value == "2024-06-30")
        #expect(rows[1]["E"] == WorkbookInspector.Cell(kind: "b", value: "true", format: "General", bold: false))
        #expect(
            sheets[1].rows[0]["A"]
                == WorkbookInspector.Cell(kind: "n", value: "0.0734125", format: "0.00%", bold: false))
    }
}
