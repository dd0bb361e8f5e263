import Foundation
import Testing

@testable import KPICore

/// The package's folder: this file is in Tests/KPICoreTests/Workbook.
private let packageRoot = (0..<4).reduce(URL(fileURLWithPath: #filePath)) { url, _ in url.deletingLastPathComponent() }

/// The sample data summarized for Lamphun (province 51): every dataset, every level.
private func summarizeLamphun() throws -> (summary: Summary, report: IngestReport) {
    let files = DatasetKind.allCases.map { packageRoot.appending(path: "Datasets/sample/\($0.rawValue).csv").path }
    return try Summarizer().summarize(SummaryRequest(files: files, filter: AreaFilter(scope: .province(51))))
}

private func workbook(_ summary: Summary, files: [IngestReport.FileSummary] = []) throws -> [UInt8] {
    Array(try SummaryXLSXWriter(files: files).data(for: summary))
}

/// The fields of a CSV text, quotes undone (RFC 4180).
private func csvRecords(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var characters = text.makeIterator()
    while let character = characters.next() {
        switch (character, quoted) {
        case ("\"", true):
            // A doubled quote is one quote; a single one ends the quoted part.
            if let next = characters.next() {
                if next == "\"" {
                    field.append("\"")
                } else {
                    quoted = false
                    if next == "," {
                        fields.append(field)
                        field = ""
                    } else if next == "\n" {
                        fields.append(field)
                        records.append(fields)
                        fields = []
                        field = ""
                    } else {
                        field.append(next)
                    }
                }
            } else {
                quoted = false
            }
        case ("\"", false): quoted = true
        case (",", false):
            fields.append(field)
            field = ""
        case ("\n", false):
            fields.append(field)
            records.append(fields)
            fields = []
            field = ""
        default: field.append(character)
        }
    }
    return records
}

@Suite struct SummaryXLSXWriterTests {
    /// The first sheet is the CSV: the same header and rows, numbers with the CSV's digits as
    /// number cells, dates as date cells, target_met as booleans, the rest (areas_reporting
    /// included) as text, and no cell where the CSV is empty.
    @Test(.enabled(if: ExternalTool.systemPython != nil))
    func firstSheetIsTheCSVSummaryWithTypedCells() throws {
        let lamphun = try summarizeLamphun()
        let files = TestFiles()
        let path = files.write("lamphun.xlsx", try workbook(lamphun.summary, files: lamphun.report.files))
        let sheet = try #require(try WorkbookInspector.read(path).first)
        let csv = csvRecords(SummaryCSVWriter().render(lamphun.summary))
        #expect(sheet.frozenRows == 1)
        #expect(sheet.rows.count == csv.count)
        #expect(csv.count > 100)

        let header = csv[0]
        let columns = header.indices.map(WorkbookWriter.Rows.columnName)
        let numbers: Set = [
            "area_code", "numerator", "denominator", "value", "change", "pct_change", "yoy_change", "rank",
        ]
        let dates: Set = ["window_start", "window_end", "data_as_of"]
        for (column, name) in zip(columns, header) {
            #expect(
                sheet.rows[0][column] == WorkbookInspector.Cell(kind: "s", value: name, format: "General", bold: true))
        }
        var kindsSeen: Set<String> = []
        for (record, row) in zip(csv.dropFirst(), sheet.rows.dropFirst()) {
            for (index, field) in record.enumerated() {
                let cell = row[columns[index]]
                guard !field.isEmpty else {
                    #expect(cell == nil, "\(header[index]) of \(record)")
                    continue
                }
                let kind =
                    numbers.contains(header[index])
                    ? "n" : dates.contains(header[index]) ? "d" : header[index] == "target_met" ? "b" : "s"
                #expect(
                    cell?.kind == kind && cell?.value == field,
                    "\(header[index]) of \(record): \(String(describing: cell))")
                kindsSeen.insert(kind)
            }
            #expect(row["Q"]?.value.contains("/") == true)
        }
        #expect(kindsSeen == ["n", "d", "b", "s"])
    }

    /// Each indicator's sheet: heading, as-of date, source, then areas down and windows across,
    /// with the values of the long table, the newest change and whether the target is met.
    @Test(.enabled(if: ExternalTool.systemPython != nil))
    func indicatorSheetsLayAreasDownAndWindowsAcross() throws {
        let lamphun = try summarizeLamphun()
        let files = TestFiles()
        let path = files.write("lamphun.xlsx", try workbook(lamphun.summary, files: lamphun.report.files))
        let sheets = try WorkbookInspector.read(path)
        let indicators = Set(lamphun.summary.rows.map(\.indicatorID))
        #expect(sheets.count == 1 + indicators.count)

        let overdue = try #require(sheets.first { $0.rows.first?["A"]?.value.hasPrefix("สัดส่วนหนี้เกินกำหนดชำระ") == true })
        #expect(overdue.name.utf16.count <= 31)
        #expect(overdue.frozenRows == 5)
        #expect(overdue.printTitles == "'\(overdue.name)'!$1:$5")
        #expect(overdue.rows[0]["A"]?.bold == true)
        #expect(overdue.rows[0]["A"]?.value.contains("เป้าหมาย: ต่ำกว่า 10.00%") == true)
        #expect(overdue.rows[1]["A"]?.value.hasPrefix("ข้อมูล ณ วันที่ ") == true)
        let source = try #require(overdue.rows[2]["A"]?.value)
        #expect(
            source.contains("กรมการพัฒนาชุมชน") && source.contains("womens-fund.csv")
                && !source.contains("otop-sales.csv"))

        let windows = lamphun.summary.windows
        let labels = windows.map(CalendarFormatter(language: .thai).windowShortLabel)
        let header = overdue.rows[4].sorted { ($0.key.count, $0.key) < ($1.key.count, $1.key) }.map(\.value.value)
        #expect(header == ["ระดับ", "รหัส", "พื้นที่"] + labels + ["เปลี่ยนแปลง", "ผ่านเป้าหมาย"])

        // Every area of every level has a line, with the long table's value in each window.
        let rows = lamphun.summary.rows.filter { $0.indicatorID == "womens-fund.overdue-ratio" }
        let lines = overdue.rows.dropFirst(5)
        #expect(lines.count == Set(rows.map { "\($0.level)\($0.areaCode ?? 0)" }).count)
        let byArea = Dictionary(grouping: rows) { "\($0.areaNameThai)" }
        let targetColumn = WorkbookWriter.Rows.columnName(4 + windows.count)
        var valuesSeen = 0
        for line in lines {
            let name = try #require(line["C"]?.value)
            let areaRows = try #require(byArea[name])
            for (index, window) in windows.enumerated() {
                let cell = line[WorkbookWriter.Rows.columnName(3 + index)]
                guard let value = areaRows.first(where: { $0.window == window })?.value else {
                    #expect(cell == nil)
                    continue
                }
                #expect(cell?.kind == "n" && cell?.format == "0.00%")
                #expect(abs((Double(cell?.value ?? "") ?? .nan) - value) < 1e-9)
                valuesSeen += 1
            }
            let newest = areaRows.first { $0.window == windows.last }
            #expect(line[targetColumn]?.value == newest?.targetMet.map { $0 ? "ผ่าน" : "ไม่ผ่าน" })
        }
        #expect(valuesSeen > lines.count)
    }

    @Test func sameSummaryGivesTheSameBytes() throws {
        let lamphun = try summarizeLamphun()
        #expect(
            try workbook(lamphun.summary, files: lamphun.report.files)
                == workbook(lamphun.summary, files: lamphun.report.files))
    }

    /// Markup in names reaches the cell as text; characters XML cannot hold are dropped.
    @Test(.enabled(if: ExternalTool.systemPython != nil))
    func textWithMarkupIsEscaped() throws {
        let window = Window(endingIn: YearMonth(year: 2024, month: 6)!)
        let row = SummaryRow(
            level: .district, areaCode: 5001, areaNameThai: "เมือง <&> \"ก\" 'ข'\u{1}",
            areaNameEnglish: "A & B <C>", indicatorID: "kkcj.problem-funds", window: window,
            numerator: .count(3), value: 3, areasReporting: 1, areasInInput: 1)
        let summary = Summary(
            rows: [row], windows: [window], indicators: [IndicatorCatalog.bundled[id: "kkcj.problem-funds"]!])
        let files = TestFiles()
        let sheets = try WorkbookInspector.read(files.write("markup.xlsx", try workbook(summary)))
        #expect(sheets[0].rows[1]["C"]?.value == "เมือง <&> \"ก\" 'ข'")
        #expect(sheets[0].rows[1]["D"]?.value == "A & B <C>")
        #expect(sheets[1].rows[5]["C"]?.value == "เมือง <&> \"ก\" 'ข'")
    }

    /// openpyxl (pip's), as a Python user opens the workbook: the same values as the CSV, as
    /// numbers, dates and text.
    @Test(.enabled(if: ExternalTool.openpyxlPython != nil))
    func openpyxlReadsTheCSVValues() throws {
        let lamphun = try summarizeLamphun()
        let files = TestFiles()
        let path = files.write("lamphun.xlsx", try workbook(lamphun.summary, files: lamphun.report.files))
        let csvPath = files.write("lamphun.csv", SummaryCSVWriter().render(lamphun.summary))
        let script = #"""
            import csv, datetime, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            rows = list(sheet.iter_rows(values_only=True))
            records = list(csv.reader(open(sys.argv[2], encoding='utf-8')))
            assert len(rows) == len(records), (len(rows), len(records))
            assert list(rows[0]) == records[0]
            for row, record in zip(rows[1:], records[1:]):
                for name, cell, field in zip(records[0], row, record):
                    if field == '':
                        assert cell is None, (name, cell)
                    elif name in ('window_start', 'window_end', 'data_as_of'):
                        assert isinstance(cell, datetime.datetime) and cell.date().isoformat() == field, (name, cell, field)
                    elif name == 'target_met':
                        assert cell is (field == 'true'), (name, cell, field)
                    elif name in ('area_code', 'numerator', 'denominator', 'value', 'change', 'pct_change', 'yoy_change', 'rank'):
                        assert isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(field) == cell, (name, cell, field)
                    else:
                        assert cell == field, (name, cell, field)
            print(len(rows) - 1)
            """#
        let result = try ExternalTool.openpyxlPython!.run(["-c", script, path, csvPath])
        #expect(result.status == 0, "\(result.errors)")
        #expect(Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) == lamphun.summary.rows.count)
    }

    /// LibreOffice opens the workbook and prints it to a PDF.
    @Test(.enabled(if: ExternalTool.libreOffice != nil))
    func libreOfficeConvertsItToPDF() throws {
        let lamphun = try summarizeLamphun()
        let files = TestFiles()
        let path = files.write("lamphun.xlsx", try workbook(lamphun.summary, files: lamphun.report.files))
        // A profile of its own, so that no other LibreOffice running holds it.
        let profile = files.folder.appending(path: "profile").absoluteString
        let result = try ExternalTool.libreOffice!.run([
            "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
            "--outdir", files.folder.path, path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let pdf = try Data(contentsOf: files.folder.appending(path: "lamphun.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 10_000)
    }
}
