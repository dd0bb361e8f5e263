/// Writes a summary for people on a terminal (`kpi summarize --format table`).
///
/// One section per indicator (its name, unit and target as a heading), one table per level,
/// one line per area: the value in each window ("ไตรมาส 3/2567" / "Q3 FY2024" as column labels),
/// then for the newest window the change from the one before (▲/▼), whether the target is met,
/// the rank, the districts reporting and the data's date. Ratios show as percents, money with
/// thousands separators, missing values as "–". Columns are aligned by display width, so Thai
/// vowels and tone marks take no column. A last line gives the date of the newest data.
public struct SummaryTableWriter: SummaryWriter {
    /// The language of headings and names.
    public let language: Language
    /// Arabic or Thai digits.
    public let digits: DigitStyle
    /// Dates and window labels, with ASCII digits (see `render`).
    private let calendar: CalendarFormatter
    private let numbers: DisplayNumberFormat

    /// A writer in `language` with `digits`.
    public init(language: Language = .thai, digits: DigitStyle = .arabic) {
        self.language = language
        self.digits = digits
        calendar = CalendarFormatter(language: language)
        numbers = DisplayNumberFormat(language: language)
    }

    /// The table of `summary` as text for a terminal, columns aligned by display width.
    public func render(_ summary: Summary) -> String {
        guard !summary.rows.isEmpty else { return LocalizedText(thai: "ไม่มีข้อมูล", english: "No data")(language) + "\n" }
        let definition = summary.definitionLookup()
        let areas = AreaLines(summary)
        // Indicators by id, as the CSV sorts them; levels from district up.
        let sections = areas.indicatorIDs.map { id in
            let tables = AreaLevel.allCases.compactMap { level in
                areas[id, level].map { lines in
                    name(of: level) + "\n" + table(lines, of: definition(id), windows: summary.windows).rendered()
                }
            }
            return ([definition(id).heading(in: language) + "\n"] + tables).joined(separator: "\n")
        }
        var text = sections.joined(separator: "\n")
        if let asOf = summary.rows.compactMap(\.dataAsOf).max() {
            text += "\n" + calendar.dataAsOf(asOf) + "\n"
        }
        // Numbers, dates and labels are built with ASCII digits and styled once, here.
        return digits.apply(to: text)
    }

    // MARK: - Private

    private func name(of level: AreaLevel) -> String {
        switch level {
        case .district: return LocalizedText(thai: "ระดับอำเภอ", english: "Districts")(language)
        case .province: return LocalizedText(thai: "ระดับจังหวัด", english: "Provinces")(language)
        case .zone: return LocalizedText(thai: "ระดับเขตตรวจราชการ", english: "Inspection zones")(language)
        case .nation: return LocalizedText(thai: "ระดับประเทศ", english: "Nation")(language)
        }
    }

    /// One level's areas for one indicator.
    private func table(_ lines: [AreaLines.Line], of definition: IndicatorDefinition, windows: [Window]) -> TextTable {
        let hasTarget = definition.target != nil
        var headers =
            [
                LocalizedText(thai: "รหัส", english: "Code")(language),
                LocalizedText(thai: "พื้นที่", english: "Area")(language),
            ] + windows.map(calendar.windowShortLabel)
        headers +=
            [LocalizedText(thai: "เปลี่ยนแปลง", english: "Change")(language)]
            + (hasTarget ? [LocalizedText(thai: "เป้าหมาย", english: "Target")(language)] : [])
        headers += [
            LocalizedText(thai: "อันดับ", english: "Rank")(language),
            LocalizedText(thai: "รายงาน", english: "Reporting")(language),
            LocalizedText(thai: "ข้อมูล ณ", english: "As of")(language),
        ]
        var alignments = [TextTable.Alignment](repeating: .right, count: headers.count)
        alignments[1] = .left
        if hasTarget { alignments[3 + windows.count] = .left }

        var table = TextTable(headers: headers, alignments: alignments)
        for line in lines {
            let newest = windows.last.flatMap { line.rows[$0] }
            var cells = [line.code.map(String.init) ?? "", line.name(in: language)]
            cells += windows.map { window in
                line.rows[window].map { numbers.value(of: $0, ratio: definition.ratio) } ?? DisplayNumberFormat.missing
            }
            cells.append(newest.map { numbers.change(of: $0, ratio: definition.ratio) } ?? DisplayNumberFormat.missing)
            if hasTarget { cells.append(newest?.targetMet.map(targetCell) ?? DisplayNumberFormat.missing) }
            cells.append(newest?.rank.map(String.init) ?? DisplayNumberFormat.missing)
            cells.append(newest.map(SummaryColumns.areasReporting) ?? DisplayNumberFormat.missing)
            cells.append(newest?.dataAsOf.map(calendar.date) ?? DisplayNumberFormat.missing)
            table.append(cells)
        }
        return table
    }

    private func targetCell(_ met: Bool) -> String {
        met ? LocalizedText(thai: "ผ่าน", english: "✓")(language) : LocalizedText(thai: "ไม่ผ่าน", english: "✗")(language)
    }
}
