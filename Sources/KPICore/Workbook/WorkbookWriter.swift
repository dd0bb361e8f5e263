import Foundation

/// Writes an Excel workbook (`.xlsx`: Office Open XML SpreadsheetML in a zip archive) of sheets
/// of typed cells: text, numbers, dates and booleans, some bold, numbers and dates with their
/// formats, the header rows frozen and printed on every page, each sheet printed landscape at
/// one page wide.
///
/// Text goes into the cells themselves (inline strings), so that rows stream into the
/// compressed sheet without a table of all strings; the same sheets give the same bytes.
package enum WorkbookWriter {
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    /// The longest page header or footer text kept (Excel takes 255 characters with its codes).
    private static let maximumPageTextLength = 200

    /// The bytes of a workbook of `sheets`, in order; their names made valid and unique
    /// (`SheetNames`). Throws `WorkbookWriteError` for a sheet too large for a spreadsheet and
    /// `ZipWriteError` for a workbook too large for a zip.
    package static func archive(_ sheets: [Sheet]) throws -> [UInt8] {
        precondition(!sheets.isEmpty, "a workbook has at least one sheet")
        var names = SheetNames()
        let sheetNames = sheets.map { names.unique($0.name) }
        var zip = ZipWriter()
        try zip.addEntry(named: "[Content_Types].xml", text: contentTypes(sheetCount: sheets.count))
        try zip.addEntry(
            named: "_rels/.rels",
            text: relationships([
                ("officeDocument", "xl/workbook.xml")
            ]))
        try zip.addEntry(named: "xl/workbook.xml", text: workbook(sheetNames, frozenRows: sheets.map(\.frozenRows)))
        try zip.addEntry(
            named: "xl/_rels/workbook.xml.rels",
            text: relationships(
                sheets.indices.map { ("worksheet", "worksheets/sheet\($0 + 1).xml") } + [("styles", "styles.xml")]
            ))
        try zip.addEntry(named: "xl/styles.xml", text: WorkbookStyles.xml)
        for (index, sheet) in sheets.enumerated() {
            try zip.addEntry(named: "xl/worksheets/sheet\(index + 1).xml") { stream in
                try write(sheet, named: sheetNames[index], selected: index == 0, to: stream)
            }
        }
        return try zip.finish()
    }

    // MARK: - Parts

    private static func contentTypes(sheetCount: Int) -> String {
        func override(_ part: String, _ type: String) -> String {
            "<Override PartName=\"/\(part)\" ContentType=\"\(contentType)\(type)\"/>"
        }
        return xmlDeclaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + override("xl/workbook.xml", "sheet.main+xml")
            + (1...sheetCount).map { override("xl/worksheets/sheet\($0).xml", "worksheet+xml") }.joined()
            + override("xl/styles.xml", "styles+xml")
            + "</Types>"
    }

    /// A relationships part: `rId1`, `rId2`, … for the targets, in order.
    private static func relationships(_ targets: [(type: String, target: String)]) -> String {
        let entries = targets.enumerated().map { index, relationship in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipsNamespace)/\(relationship.type)\" Target=\"\(relationship.target)\"/>"
        }
        return xmlDeclaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">" + entries.joined()
            + "</Relationships>"
    }

    /// The workbook part: the sheets, and each sheet's frozen rows printed atop every page.
    private static func workbook(_ sheetNames: [String], frozenRows: [Int]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(XMLEscaping.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let printTitles = zip(sheetNames, frozenRows).enumerated().compactMap { index, sheet -> String? in
            guard sheet.1 > 0 else { return nil }
            let reference = "'" + sheet.0.replacingOccurrences(of: "'", with: "''") + "'!$1:$\(sheet.1)"
            return
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XMLEscaping.escaped(reference))</definedName>"
        }
        return xmlDeclaration
            + "<workbook xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets>" + sheets.joined() + "</sheets>"
            + (printTitles.isEmpty ? "" : "<definedNames>" + printTitles.joined() + "</definedNames>")
            + "</workbook>"
    }

    /// A worksheet part, its rows streamed from `sheet.rows`.
    private static func write(_ sheet: Sheet, named name: String, selected: Bool, to stream: ZipEntryDeflater) throws {
        stream.write(
            xmlDeclaration + "<worksheet xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">")
        stream.write("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        stream.write("<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">")
        if sheet.frozenRows > 0 {
            let topLeft = "A\(sheet.frozenRows + 1)"
            stream.write(
                "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            )
            stream.write("<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>")
        }
        stream.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if !sheet.columnWidths.isEmpty {
            stream.write("<cols>")
            for (index, width) in sheet.columnWidths.prefix(Rows.maximumColumns).enumerated() {
                let characters = min(max(width, 1), 255)
                stream.write(
                    "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(characters)\" customWidth=\"1\"/>")
            }
            stream.write("</cols>")
        }
        stream.write("<sheetData>")
        let rows = Rows(stream: stream, sheetName: name)
        sheet.rows(rows)
        if let failure = rows.failure { throw failure }
        stream.write("</sheetData>")
        stream.write(
            "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        stream.write("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        if sheet.pageHeader != nil || sheet.pageFooter != nil {
            stream.write("<headerFooter>")
            if let header = sheet.pageHeader { stream.write("<oddHeader>" + pageText(header) + "</oddHeader>") }
            if let footer = sheet.pageFooter { stream.write("<oddFooter>" + pageText(footer) + "</oddFooter>") }
            stream.write("</headerFooter>")
        }
        stream.write("</worksheet>")
    }

    /// `text` as a page header or footer on the left: `&` doubled (a single one starts a code),
    /// cut to `maximumPageTextLength` characters.
    private static func pageText(_ text: String) -> String {
        let kept = text.count > maximumPageTextLength ? String(text.prefix(maximumPageTextLength - 1)) + "…" : text
        return XMLEscaping.escaped("&L" + kept.replacingOccurrences(of: "&", with: "&&"))
    }
}
