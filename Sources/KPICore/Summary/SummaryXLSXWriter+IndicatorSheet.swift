extension SummaryXLSXWriter {
    /// The sheet of one indicator: a heading, the as-of date and the source, a blank row, then
    /// the table of areas by windows; the rows down to its header stay in view and are printed
    /// on every page.
    func indicatorSheet(_ definition: IndicatorDefinition, lines: AreaLines, summary: Summary) -> WorkbookWriter.Sheet {
        let levels = AreaLevel.allCases.compactMap { level in lines[definition.id, level].map { (level, $0) } }
        let rows = summary.rows.filter { $0.indicatorID == definition.id }
        let sources = files.filter { $0.kind.gives(definition.id) }
        let hasTarget = definition.target != nil
        var headers = [
            LocalizedText(thai: "ระดับ", english: "Level")(language),
            LocalizedText(thai: "รหัส", english: "Code")(language),
            LocalizedText(thai: "พื้นที่", english: "Area")(language),
        ]
        headers += summary.windows.map(calendar.windowShortLabel)
        headers +=
            [LocalizedText(thai: "เปลี่ยนแปลง", english: "Change")(language)]
            + (hasTarget ? [LocalizedText(thai: "ผ่านเป้าหมาย", english: "Target met")(language)] : [])

        let widestName = levels.flatMap { $0.1 }.map { TextTable.displayWidth($0.name(in: language)) }.max() ?? 0
        let widestLevel = levels.map { TextTable.displayWidth(levelName($0.0)) }.max() ?? 0
        var widths = [widestLevel, 6, widestName].enumerated().map {
            Double(max($1, TextTable.displayWidth(headers[$0])) + 2)
        }
        widths += headers.dropFirst(3).map { Double(max(TextTable.displayWidth($0), 12) + 3) }

        return WorkbookWriter.Sheet(
            name: digits.apply(to: definition.name(in: language)), columnWidths: widths, frozenRows: 5
        ) { sheet in
            sheet.append([.text(digits.apply(to: definition.heading(in: language)), bold: true)])
            sheet.append([.text(asOfLine(rows))])
            sheet.append([.text(sourceLine(sources))])
            sheet.appendBlank()
            sheet.append(headers.map { .text($0, bold: true) })
            for (level, areaLines) in levels {
                for line in areaLines {
                    sheet.append(cells(of: line, level: level, definition: definition, windows: summary.windows))
                }
            }
        }
    }

    /// One area's line: level, code, name, the value in each window, the newest change and target.
    private func cells(
        of line: AreaLines.Line, level: AreaLevel, definition: IndicatorDefinition,
        windows: [Window]
    ) -> [WorkbookWriter.Cell] {
        let ratio = definition.ratio
        var cells: [WorkbookWriter.Cell] = [
            .text(levelName(level)), .number(line.code.map(String.init)), .text(line.name(in: language)),
        ]
        cells += windows.map { window in
            guard let row = line.rows[window] else { return .text(nil) }
            return .number(
                SummaryNumberFormat.value(of: row, ratio: ratio)?.description,
                format: Self.formats(of: row, ratio: ratio).value)
        }
        let newest = windows.last.flatMap { line.rows[$0] }
        cells.append(
            newest.map { row in
                .number(
                    SummaryNumberFormat.difference(row.change, of: row, ratio: ratio)?.description,
                    format: Self.formats(of: row, ratio: ratio).change)
            } ?? .text(nil))
        if definition.target != nil {
            cells.append(
                .text(
                    newest?.targetMet.map {
                        $0
                            ? LocalizedText(thai: "ผ่าน", english: "met")(language)
                            : LocalizedText(thai: "ไม่ผ่าน", english: "missed")(language)
                    }))
        }
        return cells
    }

    /// How a row's value and change are shown: a ratio as a percent, money with 2 decimals and
    /// a count whole, both with thousands separators; other decimals as they are.
    private static func formats(of row: SummaryRow, ratio: Bool) -> (
        value: WorkbookWriter.NumberFormat, change: WorkbookWriter.NumberFormat
    ) {
        if ratio { return (.percent, .signedPercent) }
        switch row.numerator?.scale {
        case 0: return (.integer, .signedInteger)
        case 2: return (.decimal2, .signedDecimal2)
        default: return (.general, .general)
        }
    }

    private func levelName(_ level: AreaLevel) -> String {
        switch level {
        case .district: return LocalizedText(thai: "อำเภอ", english: "District")(language)
        case .province: return LocalizedText(thai: "จังหวัด", english: "Province")(language)
        case .zone: return LocalizedText(thai: "เขตตรวจราชการ", english: "Inspection zone")(language)
        case .nation: return LocalizedText(thai: "ประเทศ", english: "Nation")(language)
        }
    }
}
