import Foundation

/// Writes a summary as an Excel workbook (`kpi summarize --format xlsx`).
///
/// The first sheet is the contract's long table, exactly the CSV's columns and rows: numbers as
/// number cells holding the CSV's digits, dates as date cells, `target_met` as TRUE/FALSE,
/// `areas_reporting` (`1/1`) as text so that no spreadsheet takes it for a date, and no cell
/// where the CSV field is empty. Then one sheet per indicator, for people: its name, unit and
/// target, the data's as-of date and the source, then a line per area (level, code, name) with
/// its value in each window ("ไตรมาส 3/2567"), the change of the newest window from the one
/// before, and whether the newest meets the target; those first rows are printed on every page.
/// The long table, which has no room for them, prints the as-of date and the source in its
/// page header and footer.
public struct SummaryXLSXWriter: SummaryOutput {
    /// The files the summary was computed from: each sheet names those of its data.
    public let files: [IngestReport.FileSummary]
    /// The language of the indicator sheets (the long table keeps the contract's names).
    public let language: Language
    /// The digits of dates and window labels in text; numbers are number cells.
    public let digits: DigitStyle
    let calendar: CalendarFormatter

    /// A writer naming `files` as the source, with labels in `language` and `digits`.
    public init(files: [IngestReport.FileSummary] = [], language: Language = .thai, digits: DigitStyle = .arabic) {
        self.files = files
        self.language = language
        self.digits = digits
        calendar = CalendarFormatter(language: language, digits: digits)
    }

    /// The workbook's bytes. Throws `WorkbookWriteError` when the long table has more rows than
    /// a spreadsheet holds.
    public func data(for summary: Summary) throws -> Data {
        let lines = AreaLines(summary)
        let definition = summary.definitionLookup()
        let indicatorSheets = lines.indicatorIDs.map { id in
            indicatorSheet(definition(id), lines: lines, summary: summary)
        }
        return Data(try WorkbookWriter.archive([longSheet(summary)] + indicatorSheets))
    }

    // MARK: - The long table

    private func longSheet(_ summary: Summary) -> WorkbookWriter.Sheet {
        let definition = summary.definitionLookup()
        return WorkbookWriter.Sheet(
            name: LocalizedText(thai: "ข้อมูลสรุป", english: "Summary")(language), columnWidths: longColumnWidths(summary),
            frozenRows: 1,
            pageHeader: asOfLine(summary.rows), pageFooter: sourceLine(files)
        ) { sheet in
            sheet.append(SummaryColumns.names.map { .text($0, bold: true) })
            for row in summary.rows {
                sheet.append(SummaryColumns.fields(of: row, ratio: definition(row.indicatorID).ratio).map(Self.cell))
            }
        }
    }

    private static func cell(_ field: SummaryColumns.Field) -> WorkbookWriter.Cell {
        switch field {
        case .text(let text): return .text(text)
        case .number(let number): return .number(number.description)
        case .flag(let flag): return WorkbookWriter.Cell(.boolean(flag))
        case .date(let date): return WorkbookWriter.Cell(.date(date))
        case .missing: return WorkbookWriter.Cell(.empty)
        }
    }

    /// Each column as wide as its name, and the names and ids as wide as the widest.
    private func longColumnWidths(_ summary: Summary) -> [Double] {
        var widest: [String: Int] = [:]
        for row in summary.rows {
            widest["area_name_th", default: 0] = max(
                widest["area_name_th", default: 0], TextTable.displayWidth(row.areaNameThai))
            widest["area_name_en", default: 0] = max(widest["area_name_en", default: 0], row.areaNameEnglish.count)
            widest["indicator_id", default: 0] = max(widest["indicator_id", default: 0], row.indicatorID.count)
        }
        // Dates show as 10 characters, numbers mostly within 14.
        let content = [
            "window_start": 10, "window_end": 10, "data_as_of": 10, "numerator": 14, "denominator": 14,
            "value": 12, "change": 12, "pct_change": 12, "yoy_change": 12,
        ]
        return SummaryColumns.names.map { name in
            Double(max(name.count, widest[name] ?? 0, content[name] ?? 0) + 2)
        }
    }

    // MARK: - Shared

    /// "ข้อมูล ณ วันที่ 30 มิถุนายน 2567" of the newest data in `rows`.
    func asOfLine(_ rows: [SummaryRow]) -> String {
        rows.compactMap(\.dataAsOf).max().map(calendar.dataAsOf)
            ?? LocalizedText(
                thai: "ข้อมูล ณ วันที่ –",
                english: "Data as of –")(language)
    }

    /// "ที่มา: ข้อมูลกรมการพัฒนาชุมชน จากแฟ้ม a.csv, b.csv · จัดทำด้วย ChumchonKPI".
    func sourceLine(_ files: [IngestReport.FileSummary]) -> String {
        var names: [String] = []
        for file in files {
            let name = String(file.path.split(separator: "/").last ?? Substring(file.path))
            if !names.contains(name) { names.append(name) }
        }
        let list = names.joined(separator: ", ")
        return language == .thai
            ? "ที่มา: ข้อมูลกรมการพัฒนาชุมชน" + (names.isEmpty ? "" : " จากแฟ้ม " + list) + " · จัดทำด้วย ChumchonKPI"
            : "Source: Community Development Department data" + (names.isEmpty ? "" : " from " + list)
                + " · made with ChumchonKPI"
    }
}
