/// The styles part of a workbook (`xl/styles.xml`): one cell format for each number format,
/// plain and bold, so that a cell's style index follows from the cell alone.
enum WorkbookStyles {
    /// The index of `cell`'s format in `cellXfs`: a date is always shown as a date.
    static func index(of cell: WorkbookWriter.Cell) -> Int {
        let format: WorkbookWriter.NumberFormat
        if case .date = cell.value { format = .date } else { format = cell.format }
        return format.rawValue * 2 + (cell.bold ? 1 : 0)
    }

    /// The text of `xl/styles.xml`.
    static var xml: String {
        let formats = WorkbookWriter.NumberFormat.allCases
        let own: [String] = formats.compactMap { format in
            guard let code = format.code else { return nil }
            return "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(XMLEscaping.escaped(code))\"/>"
        }
        // In `index(of:)` order: each format plain (font 0), then bold (font 1).
        var cellFormats: [String] = []
        for format in formats {
            for font in 0...1 {
                var xf = "<xf numFmtId=\"\(format.id)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                if format != .general { xf += " applyNumberFormat=\"1\"" }
                if font == 1 { xf += " applyFont=\"1\"" }
                cellFormats.append(xf + "/>")
            }
        }
        let font = "<sz val=\"11\"/><name val=\"Tahoma\"/><family val=\"2\"/>"
        let parts: [String] = [
            WorkbookWriter.xmlDeclaration,
            "<styleSheet xmlns=\"\(WorkbookWriter.spreadsheetNamespace)\">",
            "<numFmts count=\"\(own.count)\">", own.joined(), "</numFmts>",
            "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>",
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
            "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
            "<cellXfs count=\"\(cellFormats.count)\">", cellFormats.joined(), "</cellXfs>",
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
            "</styleSheet>",
        ]
        return parts.joined()
    }
}
