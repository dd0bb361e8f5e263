import KPICore

/// Areas (rows) × indicators (columns): each cell the newest window's value on a background that
/// says whether it meets the indicator's target (dark blue met, light orange missed, light grey
/// no target), with the change from the previous window under it, and the scope's total (the
/// province under its districts) in bold in the last row. More areas make it taller, and very
/// many indicators wider: draw it on a canvas of its size rule (`size(paged:measuringWith:)`).
public struct ScorecardChart: Chart {
    /// One row: an area and its newest-window row of each indicator (`nil`: no row).
    struct Row {
        var code: Int?
        var nameThai: String
        var nameEnglish: String
        var cells: [SummaryRow?]
        /// The area's label in the chart (`AreaLabels`), set once every row is known.
        var label = ""

        func name(in language: Language) -> String { language == .thai ? nameThai : nameEnglish }
    }

    /// An area's label in the chart's language and digits ("เขตตรวจราชการที่ ๑๕"), by `AreaLabels`.
    func name(of row: Row) -> String { row.label }

    /// An indicator's name in the chart's language and digits.
    func name(of definition: IndicatorDefinition) -> String {
        options.digits.apply(to: definition.name(in: options.language))
    }

    /// The columns, in order.
    public let indicators: [IndicatorDefinition]
    /// The areas drawn and the level they are at; its total comes last.
    public let scope: ChartScope
    /// Language, digits, size and style.
    public let options: ChartOptions
    /// The window shown, and the one its change is from.
    let newest: Window
    let previous: Window?
    /// The areas of `scope.level` with a value of some indicator in some window, by code.
    let rows: [Row]
    /// The scope's total (`scope.total`), when the summary has it.
    let total: Row?
    /// How each column's values read: one scale per column, chosen from its largest value; the
    /// money columns share one, chosen from the largest value of any of them, so that online
    /// and offline sales read in the same unit.
    let formatters: [ValueFormatter]
    /// Notes under the title after the chart's own: districts without data, say.
    public var footnotes: [String] = []
    /// Which way the table runs.
    public var orientation: Orientation = .areasDown
    /// The areas with data in the whole table when this chart is one page of it (its rows
    /// otherwise): what the note of the scope's areas without data counts against.
    public var areasWithData: [Int?]?

    /// Which way a scorecard's table runs.
    public enum Orientation: Sendable {
        /// An area a row, an indicator a column: many areas (a province's districts).
        case areasDown
        /// An indicator a row, an area a column: a few areas and many indicators (a zone's
        /// provinces), each indicator's long name on its own line.
        case indicatorsDown
    }

    /// The scorecard of `indicators` over the areas of `scope` in `summary`, or `nil` when none of
    /// them has a value at `scope.level`.
    public init?(summary: Summary, indicators: [IndicatorDefinition], scope: ChartScope, options: ChartOptions) {
        guard let newest = summary.windows.last, !indicators.isEmpty else { return nil }
        var areas: [Int: Row] = [:]
        var total: Row?
        // Each column's rows, sorted out in one pass (a briefing builds many scorecards to fit its pages).
        let wanted = Set(indicators.map(\.id))
        let rowsOf = Dictionary(grouping: summary.rows.filter { wanted.contains($0.indicatorID) }, by: \.indicatorID)
        var column = summary
        for (index, definition) in indicators.enumerated() {
            column.rows = rowsOf[definition.id] ?? []
            for area in IndicatorSeries(summary: column, indicatorID: definition.id, level: scope.level)?.areas ?? [] {
                areas[
                    area.code ?? -1,
                    default: Row(
                        code: area.code, nameThai: area.nameThai, nameEnglish: area.nameEnglish,
                        cells: Array(repeating: nil, count: indicators.count))
                ].cells[index] = area.newest
            }
            if let scopeTotal = scope.total,
                let area = IndicatorSeries(summary: column, indicatorID: definition.id, level: scopeTotal.level)?.areas
                    .first(where: { $0.code == scopeTotal.code })
            {
                if total == nil {
                    total = Row(
                        code: area.code, nameThai: area.nameThai, nameEnglish: area.nameEnglish,
                        cells: Array(repeating: nil, count: indicators.count))
                }
                total?.cells[index] = area.newest
            }
        }
        guard !areas.isEmpty else { return nil }
        self.indicators = indicators
        self.scope = scope
        self.options = options
        self.newest = newest
        previous = summary.windows.count > 1 ? summary.windows[summary.windows.count - 2] : nil
        var rows = areas.values.sorted { ($0.code ?? -1) < ($1.code ?? -1) }
        let labels = AreaLabels.labels(
            names: rows.map { $0.name(in: options.language) }, codes: rows.map(\.code), level: scope.level,
            language: options.language, digits: options.digits)
        for index in rows.indices { rows[index].label = labels[index] }
        self.rows = rows
        if let name = total?.name(in: options.language) { total?.label = options.digits.apply(to: name) }
        self.total = total
        let all = rows + (total.map { [$0] } ?? [])
        func largest(_ columns: [Int]) -> Double {
            columns.flatMap { column in all.compactMap { $0.cells[column]?.value.map(abs) } }.max() ?? 0
        }
        let money = indicators.indices.filter { indicators[$0].unit == "baht" }
        formatters = indicators.enumerated().map { column, definition in
            ValueFormatter(
                definition: definition, largest: largest(money.contains(column) ? money : [column]),
                language: options.language, digits: options.digits)
        }
    }

    /// The whole table on one page, on pages or not (see `preferredSize(measuringWith:)`).
    public func size(paged: Bool, measuringWith measurer: TextMeasurer) -> Size {
        preferredSize(measuringWith: MeasuringCanvas(size: options.size, measuringWith: measurer))
    }

    /// The canvas size the whole table needs, never smaller than `options.size`: taller for
    /// more rows than fit, wider when so many indicators are asked for that a column would be
    /// narrower than `Layout.minimumColumnWidth`. Text is measured with `canvas`; nothing is drawn
    /// on it.
    func preferredSize(measuringWith canvas: Canvas) -> Size {
        if orientation == .indicatorsDown { return transposedPreferredSize(measuringWith: canvas) }
        let theme = ChartTheme(size: options.size, options: options)
        var width = options.size.width
        let names = Layout.nameColumnWidth(self, tableWidth: width - 2 * theme.margin, theme: theme, canvas: canvas)
        let needed =
            names + Double(indicators.count) * Layout.minimumColumnWidth(theme, options.density) + 2 * theme.margin
        width = max(width, needed.rounded(.up))
        let chrome = frame(theme: theme).chromeHeight(width: width, theme: theme, measuringWith: canvas)
        let layout = Layout(self, width: width - 2 * theme.margin, theme: theme, canvas: canvas)
        let height = max(
            options.size.height, (chrome + layout.height(rows: rows.count, total: total != nil)).rounded(.up))
        return Size(width: width, height: height)
    }

    /// Draws the table over the whole of `canvas` (see `size(paged:measuringWith:)`).
    public func draw(on canvas: Canvas) {
        if orientation == .indicatorsDown { return drawTransposed(on: canvas) }
        // Type sizes follow the size asked for, not the canvas, which may be taller.
        let theme = ChartTheme(size: options.size, options: options)
        let plot = frame(theme: theme).draw(on: canvas, theme: theme)
        let layout = Layout(self, width: plot.width, theme: theme, canvas: canvas)
        let rowCount = rows.count + (total == nil ? 0 : 1)
        // Spare height loosens the rows a little; the rest stays below the table.
        let spare = plot.height - layout.height(rows: rows.count, total: total != nil)
        let rowHeight = layout.rowHeight + min(max(0, spare) / Double(rowCount), layout.rowHeight / 2)
        let tableWidth = layout.nameWidth + Double(indicators.count) * layout.columnWidth

        canvas.group("scorecard-header") {
            let style = layout.names.style.with(alignment: .leading)
            let height = canvas.measure(levelHeading, style: style).height
            canvas.draw(
                levelHeading, style: style,
                at: Point(x: plot.minX + layout.pad, y: plot.minY + layout.headerHeight - layout.pad - height))
            for (column, definition) in indicators.enumerated() {
                let x =
                    plot.minX + layout.nameWidth + Double(column) * layout.columnWidth + layout.gutter / 2 + layout.pad
                let name = self.name(of: definition)
                let note = self.note(column)
                let nameHeight = canvas.measure(name, style: layout.headers.style).height
                let noteHeight = note.isEmpty ? 0 : canvas.measure(note, style: layout.notes.style).height
                var y = plot.minY + layout.headerHeight - layout.pad - nameHeight - noteHeight
                y = canvas.draw(name, style: layout.headers.style, at: Point(x: x, y: y)).maxY
                if !note.isEmpty { canvas.draw(note, style: layout.notes.style, at: Point(x: x, y: y)) }
            }
            let y = plot.minY + layout.headerHeight
            canvas.stroke(
                .line(from: Point(x: plot.minX, y: y), to: Point(x: plot.minX + tableWidth, y: y)),
                color: theme.colors.axis, width: 1.5 * theme.unit)
        }

        var y = plot.minY + layout.headerHeight
        for row in rows {
            canvas.group("scorecard-row:\(row.code.map(String.init) ?? "nation")") {
                drawRow(row, bold: false, top: y, height: rowHeight, left: plot.minX, layout: layout, on: canvas)
            }
            y += rowHeight
        }
        if let total {
            canvas.group("scorecard-total:\(total.code.map(String.init) ?? "nation")") {
                let rule = y + layout.totalGap / 2
                canvas.stroke(
                    .line(from: Point(x: plot.minX, y: rule), to: Point(x: plot.minX + tableWidth, y: rule)),
                    color: theme.colors.axis, width: 1.5 * theme.unit)
                drawRow(
                    total, bold: true, top: y + layout.totalGap, height: max(rowHeight, layout.totalRowHeight),
                    left: plot.minX,
                    layout: layout, on: canvas)
            }
        }
    }

    /// The frame: title and subtitle, the met / missed / no-target legend, as-of line and source.
    func frame(theme: ChartTheme) -> ChartFrame {
        let calendar = options.calendar
        var notes: [String] = []
        if let previous {
            notes.append(
                LocalizedText(
                    thai: "▲▼ เทียบกับ\(calendar.windowShortLabel(previous))",
                    english: "▲▼ change from \(calendar.windowShortLabel(previous))")(options.language))
        }
        if (rows + (total.map { [$0] } ?? [])).contains(where: { $0.cells.contains { $0?.value == nil } }) {
            notes.append(LocalizedText(thai: "– ไม่มีข้อมูล", english: "– no data")(options.language))
        }
        if let note = scope.noDataNote(
            present: areasWithData ?? rows.map(\.code), language: options.language, digits: options.digits)
        {
            notes.append(note)
        }
        notes += footnotes
        let subject =
            indicators.count == 1
            ? name(of: indicators[0])
            : LocalizedText(
                thai: "ผลการดำเนินงานตามตัวชี้วัด",
                english: "Indicator scorecard")(options.language)
        let dataAsOf = (rows + (total.map { [$0] } ?? [])).flatMap { $0.cells.compactMap { $0?.dataAsOf } }.max()
        let titles = ChartTitles(
            subject: subject, scope: scope, windows: [newest], notes: notes, dataAsOf: dataAsOf, options: options)
        var legend: [ChartFrame.LegendEntry] = []
        if indicators.contains(where: { $0.target != nil }) {
            legend += TargetMark.legendEntries(language: options.language, colors: theme.colors)
        }
        if indicators.contains(where: { $0.target == nil }) {
            legend.append(
                .init(
                    label: LocalizedText(
                        thai: "ไม่มีเป้าหมาย",
                        english: "No target")(options.language), color: theme.colors.noTarget))
        }
        return ChartFrame(titles: titles, legend: legend, sourceLine: options.sourceLine)
    }

    /// The total row's name: "รวมจังหวัดเชียงใหม่", "รวมทั้งประเทศ" / "Chiang Mai total".
    func totalName(_ row: Row) -> String {
        guard options.language == .thai else { return name(of: row) + " total" }
        if case .province? = scope.total { return "รวม" + scope.area.name().thai }
        return "รวม" + name(of: row)
    }

    /// The heading of the area column: "อำเภอ" / "District", …
    fileprivate var levelHeading: String {
        switch (scope.level, options.language) {
        case (.district, .thai): return scope.area.noun(of: .district).thai
        case (.district, .english): return "District"
        case (.province, .thai): return "จังหวัด"
        case (.province, .english): return "Province"
        case (.zone, .thai): return "เขตตรวจราชการ"
        case (.zone, .english): return "Inspection zone"
        case (.nation, _): return ""
        }
    }

    /// Under a column's name: its unit when values are baht, and its target.
    func note(_ column: Int) -> String {
        let formatter = formatters[column]
        let unit = formatter.scale == .baht || formatter.scale == .millionBaht ? formatter.unitLabel : nil
        let target = ChartTitles.targetLabel(indicators[column], formatter: formatter, language: options.language)
        return [unit, target, comparisonNote(column)].compactMap { $0 }.joined(separator: " · ")
    }

    /// What a column's change is from when not the previous window: for an annual indicator the
    /// survey year shown with its data's date and the year before ("ปี 2569 ณ 30 เมษายน 2569 ▲▼
    /// เทียบปี 2568"), for a flow the same window last year, since sales are seasonal ("▲▼
    /// เทียบไตรมาส 4/2568").
    private func comparisonNote(_ column: Int) -> String? {
        if indicators[column].kind == .flow {
            let earlier = options.calendar.windowShortLabel(newest.yearEarlier)
            return LocalizedText(
                thai: "▲▼ เทียบ\(newest.fiscalQuarter == nil ? " " : "")\(earlier)", english: "▲▼ vs \(earlier)")(
                    options.language)
        }
        guard indicators[column].cadence == .annual, let december = YearMonth(year: newest.endMonth.year - 1, month: 12)
        else { return nil }
        let calendar = options.calendar
        let year = calendar.surveyYear(Window(endingIn: december))
        // The survey year shown and the date its data is as of, which is not the quarter's.
        let asOf = (rows + (total.map { [$0] } ?? [])).compactMap { $0.cells[column]?.dataAsOf }.max()
        let shown =
            calendar.surveyYear(newest)
            + (asOf.map {
                LocalizedText(
                    thai: " ณ ",
                    english: " as of ")(options.language) + calendar.date($0)
            } ?? "")
        return LocalizedText(thai: "\(shown) ▲▼ เทียบ\(year)", english: "\(shown), ▲▼ vs \(year)")(options.language)
    }

    /// A cell's value label, with ✓ or ✗ when the indicator has a target ("7.3% ✓"); "–" when
    /// it has none.
    func valueText(_ row: SummaryRow?, column: Int) -> String {
        guard let row, let value = row.value else { return "–" }
        return formatters[column].label(value, met: indicators[column].target == nil ? nil : row.targetMet)
    }

    /// A cell's change and what it means ("▲ 1.2 จุด แย่ลง"): from the previous window, or for a
    /// flow from the same window last year (`comparisonNote`); then who reported when not every
    /// district did ("3/4 อำเภอ"); empty when there is neither.
    func changeText(_ row: SummaryRow?, column: Int) -> String {
        guard let row, row.value != nil else { return "" }
        let formatter = formatters[column]
        let change = indicators[column].kind == .flow ? row.yoyChange : row.change
        return [change.map { formatter.changeWithVerdict($0) }, formatter.reportingNote(row)].compactMap { $0 }.joined(
            separator: " · ")
    }

    /// The fill of a cell: met, missed, no target; `nil` without a value.
    func fill(of row: SummaryRow?, definition: IndicatorDefinition) -> Color? {
        guard let row, row.value != nil else { return nil }
        let colors = options.style.colors
        guard definition.target != nil, let met = row.targetMet else { return colors.noTarget }
        return met ? colors.met : colors.missed
    }

    private func drawRow(
        _ row: Row, bold: Bool, top: Double, height: Double, left: Double, layout: Layout, on canvas: Canvas
    ) {
        let weight: TextStyle.Weight = bold ? .bold : .regular
        let name = bold ? totalName(row) : name(of: row)
        let nameStyle = layout.names.style.with(weight: weight, alignment: .leading)
        let nameHeight = canvas.measure(name, style: nameStyle).height
        canvas.draw(name, style: nameStyle, at: Point(x: left + layout.pad, y: top + (height - nameHeight) / 2))
        for (column, definition) in indicators.enumerated() {
            let cell = row.cells[column]
            let rect = Rect(
                x: left + layout.nameWidth + Double(column) * layout.columnWidth + layout.gutter / 2,
                y: top + layout.gutter / 2,
                width: layout.columnWidth - layout.gutter, height: height - layout.gutter)
            canvas.group("cell:\(definition.id)") {
                let textColor: Color
                if let fill = fill(of: cell, definition: definition) {
                    canvas.fill(.rectangle(rect), color: fill)
                    textColor = ChartTheme.textColor(on: fill)
                } else {
                    canvas.stroke(.rectangle(rect), color: layout.theme.colors.grid, width: max(1, layout.theme.unit))
                    textColor = layout.theme.colors.axis
                }
                let value = valueText(cell, column: column)
                let change = changeText(cell, column: column)
                let valueStyle = layout.values.style.with(weight: weight, color: textColor)
                let changeStyle = layout.changes.style.with(weight: weight, color: textColor)
                if bold ? layout.totalChangeBeside : layout.changeBeside {
                    // One line: value and change side by side, centred together, centres level.
                    let single = valueStyle.with(alignment: .leading, wrapWidth: .some(nil))
                    let small = changeStyle.with(alignment: .leading, wrapWidth: .some(nil))
                    let valueSize = canvas.measure(value, style: single)
                    let changeSize =
                        change.isEmpty
                        ? Size(width: -layout.separation, height: 0) : canvas.measure(change, style: small)
                    let x = rect.midX - (valueSize.width + layout.separation + changeSize.width) / 2
                    canvas.draw(value, style: single, at: Point(x: x, y: rect.midY - valueSize.height / 2))
                    if !change.isEmpty {
                        canvas.draw(
                            change, style: small,
                            at: Point(x: x + valueSize.width + layout.separation, y: rect.midY - changeSize.height / 2))
                    }
                } else {
                    let valueHeight = canvas.measure(value, style: valueStyle).height
                    let changeHeight = change.isEmpty ? 0 : canvas.measure(change, style: changeStyle).height
                    let x = rect.minX + layout.pad
                    let y = canvas.draw(
                        value, style: valueStyle, at: Point(x: x, y: rect.midY - (valueHeight + changeHeight) / 2)
                    ).maxY
                    if !change.isEmpty { canvas.draw(change, style: changeStyle, at: Point(x: x, y: y)) }
                }
            }
        }
    }

    /// Column widths, fitted type and row heights for a table `width` wide.
    struct Layout {
        let theme: ChartTheme
        /// Space between a cell's edge and its text; white space between cells.
        let pad: Double
        let gutter: Double
        /// The area column's width, and each indicator column's.
        let nameWidth: Double
        let columnWidth: Double
        let names: FittedText
        let headers: FittedText
        let notes: FittedText
        let values: FittedText
        let changes: FittedText
        let headerHeight: Double
        /// A row's height, with the gutter.
        let rowHeight: Double
        /// The total row's height: its name may take two lines where the areas' take one.
        let totalRowHeight: Double
        /// Space above the total row.
        let totalGap: Double
        /// Whether every cell's change fits on the value's line, `separation` after it.
        let changeBeside: Bool
        /// The same for the total row, whose change may also say who reported and so be longer.
        let totalChangeBeside: Bool
        let separation: Double

        init(_ chart: ScorecardChart, width: Double, theme: ChartTheme, canvas: Canvas) {
            self.theme = theme
            let unit = theme.unit
            let compact = chart.options.density == .compact
            pad = theme.gap / (compact ? 5 : 2)
            gutter = (compact ? 2 : 4) * unit
            totalGap = theme.gap
            let all = chart.rows + (chart.total.map { [$0] } ?? [])
            nameWidth = Self.nameColumnWidth(chart, tableWidth: width, theme: theme, canvas: canvas)
            columnWidth = min((width - nameWidth) / Double(chart.indicators.count), 320 * unit)
            let textWidth = columnWidth - gutter - 2 * pad

            names = FittedText(
                Self.nameTexts(chart), width: nameWidth - 2 * pad,
                style: theme.axis.with(size: theme.textSize(compact ? 15 : 21), weight: .bold),
                minimumSize: theme.textSize(14), maxLines: 2, canvas: canvas)
            headers = FittedText(
                chart.indicators.map(chart.name(of:)), width: textWidth,
                style: theme.axis.with(size: theme.textSize(compact ? 15 : 21), weight: .bold, alignment: .center),
                minimumSize: theme.textSize(13), maxLines: 3, canvas: canvas)
            let noteTexts = chart.indicators.indices.map(chart.note)
            notes = FittedText(
                noteTexts.filter { !$0.isEmpty }, width: textWidth,
                style: theme.note.with(size: theme.textSize(compact ? 14 : 19), alignment: .center),
                minimumSize: theme.textSize(12), maxLines: 2, canvas: canvas)
            // Fitted in bold, the total row's weight; the other rows are set lighter in the same size.
            let cells = all.flatMap { row in row.cells.enumerated().map { ($1, $0) } }
            values = FittedText(
                cells.map { chart.valueText($0, column: $1) }, width: textWidth,
                style: TextStyle(size: theme.textSize(compact ? 15 : 26), weight: .bold, alignment: .center),
                minimumSize: theme.textSize(13), canvas: canvas)
            let changeTexts = cells.map { chart.changeText($0, column: $1) }.filter { !$0.isEmpty }
            changes = FittedText(
                changeTexts, width: textWidth,
                style: theme.note.with(size: theme.textSize(compact ? 14 : 19), weight: .bold, alignment: .center),
                minimumSize: theme.textSize(12), canvas: canvas)

            let noteHeight = noteTexts.allSatisfy(\.isEmpty) ? 0 : notes.height
            headerHeight = max(headers.height + noteHeight, names.height) + 2 * pad
            let separation = theme.gap
            self.separation = separation
            let valueStyle = values.style.with(wrapWidth: .some(nil))
            let changeStyle = changes.style.with(wrapWidth: .some(nil))
            // Each value and its change on one line, when every cell of the rows has room.
            let valuesWrapped = values.wrapped
            func beside(_ rows: [Row]) -> Bool {
                !valuesWrapped
                    && rows.allSatisfy { row in
                        row.cells.indices.allSatisfy { column in
                            let change = chart.changeText(row.cells[column], column: column)
                            return change.isEmpty
                                || canvas.measure(chart.valueText(row.cells[column], column: column), style: valueStyle)
                                    .width
                                    + separation + canvas.measure(change, style: changeStyle).width <= textWidth
                        }
                    }
            }
            changeBeside = beside(chart.rows)
            totalChangeBeside = beside(chart.total.map { [$0] } ?? [])
            let changeLine = changeTexts.isEmpty ? 0 : canvas.measure("ก", style: changeStyle).height
            let content = changeBeside ? max(values.height, changeLine) : values.height + changeLine
            let totalContent =
                totalChangeBeside
                ? max(values.height, changeLine) : values.height + (changeTexts.isEmpty ? 0 : changes.height)
            let nameStyle = names.style
            let areaNames = (chart.rows.map(chart.name(of:)) + [chart.levelHeading]).map {
                canvas.measure($0, style: nameStyle).height
            }
            rowHeight = max(content, areaNames.max() ?? 0) + 2 * pad + gutter
            totalRowHeight = max(totalContent, names.height) + 2 * pad + gutter
        }

        /// Narrower indicator columns make the chart wider instead (`preferredSize`): a value at
        /// the smallest size still fits on one line, and a name in three or four.
        static func minimumColumnWidth(_ theme: ChartTheme, _ density: ChartDensity) -> Double {
            (density == .compact ? 84 : 120) * theme.unit
        }

        /// The area column: as wide as the longest area name in bold, up to a quarter of the table
        /// (longer names wrap, and so does the total's, which may take two lines).
        static func nameColumnWidth(_ chart: ScorecardChart, tableWidth: Double, theme: ChartTheme, canvas: Canvas)
            -> Double
        {
            let style = theme.axis.with(weight: .bold)
            let total = chart.total.map { canvas.measure(chart.totalName($0), style: style).width / 2 } ?? 0
            let names = chart.rows.map(chart.name(of:)) + [chart.levelHeading]
            let natural = max(names.map { canvas.measure($0, style: style).width }.max() ?? 0, total) + theme.gap
            return min(natural, tableWidth / 4)
        }

        /// The texts of the area column: the areas, the total, the column heading.
        static func nameTexts(_ chart: ScorecardChart) -> [String] {
            chart.rows.map(chart.name(of:)) + (chart.total.map { [chart.totalName($0)] } ?? []) + [chart.levelHeading]
        }

        /// The table's height with `rows` rows and a total row or none.
        func height(rows: Int, total: Bool) -> Double {
            headerHeight + Double(rows) * rowHeight + (total ? totalGap + totalRowHeight : 0)
        }
    }
}
