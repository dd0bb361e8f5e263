import KPICore

/// The scorecard turned: an indicator a row (its name, unit and target at the left), an area a
/// column, the scope's total in the last column in bold. Each cell holds the value with ✓ or ✗
/// and, under it, the change and what it means, on the same fills as the upright table.
extension ScorecardChart {
    /// Widths, type and row heights of the turned table, `width` wide.
    struct TransposedLayout {
        let pad: Double
        let gutter: Double
        /// The indicator column, and each area's.
        let nameWidth: Double
        let columnWidth: Double
        let names: FittedText
        let notes: FittedText
        let headers: FittedText
        let values: FittedText
        let changes: FittedText
        let headerHeight: Double
        /// Each indicator row's height, with the gutter.
        let rowHeights: [Double]
        /// Space before the total column.
        let totalGap: Double

        init(_ chart: ScorecardChart, width: Double, theme: ChartTheme, canvas: Canvas) {
            // Compact on a briefing page; a third larger as a figure of its own.
            let size = { (units: Double) in theme.textSize(chart.options.density == .compact ? units : units * 4 / 3) }
            pad = theme.gap / 5
            gutter = 2 * theme.unit
            totalGap = theme.gap / 2
            let areas = chart.transposedColumns
            nameWidth = min(width * 0.42, 560 * theme.unit)
            columnWidth = (width - nameWidth - (chart.total == nil ? 0 : totalGap)) / Double(max(1, areas.count))
            let textWidth = columnWidth - gutter - 2 * pad
            names = FittedText(
                chart.indicators.map(chart.name(of:)), width: nameWidth - 2 * pad,
                style: theme.axis.with(size: size(16), weight: .bold), minimumSize: theme.textSize(14), maxLines: 2,
                canvas: canvas)
            notes = FittedText(
                chart.indicators.indices.map(chart.note).filter { !$0.isEmpty }, width: nameWidth - 2 * pad,
                style: theme.note.with(size: size(13)), minimumSize: theme.textSize(13), maxLines: 2, canvas: canvas)
            headers = FittedText(
                areas.indices.map(chart.columnName), width: textWidth,
                style: theme.axis.with(size: size(19), weight: .bold, alignment: .center),
                minimumSize: theme.textSize(14), maxLines: 2, canvas: canvas)
            let cells = chart.indicators.indices.flatMap { row in areas.map { ($0.cells[row], row) } }
            values = FittedText(
                cells.map { chart.valueText($0, column: $1) }, width: textWidth,
                style: TextStyle(size: size(15), weight: .bold, alignment: .center), minimumSize: theme.textSize(14),
                canvas: canvas)
            changes = FittedText(
                cells.map { chart.changeText($0, column: $1) }.filter { !$0.isEmpty }, width: textWidth,
                style: theme.note.with(size: size(13), weight: .bold, alignment: .center),
                minimumSize: theme.textSize(13), maxLines: 2, canvas: canvas)
            headerHeight = headers.height + 2 * pad
            let (names, notes, values, changes, pad, gutter) = (names, notes, values, changes, pad, gutter)
            rowHeights = chart.indicators.indices.map { row in
                let label =
                    canvas.measure(chart.name(of: chart.indicators[row]), style: names.style).height
                    + (chart.note(row).isEmpty ? 0 : canvas.measure(chart.note(row), style: notes.style).height)
                let tallestChange =
                    areas.map {
                        canvas.measure(chart.changeText($0.cells[row], column: row), style: changes.style).height
                    }.max() ?? 0
                return max(label, values.height + tallestChange) + 2 * pad + gutter
            }
        }

        /// The table's height.
        var height: Double { headerHeight + rowHeights.reduce(0, +) }
    }

    /// The columns: the areas, then the scope's total.
    var transposedColumns: [Row] { rows + (total.map { [$0] } ?? []) }

    /// Column `index`'s heading: the area's name, "รวมเขตตรวจราชการที่ 15 …" for the total.
    func columnName(_ index: Int) -> String {
        index < rows.count ? name(of: rows[index]) : totalName(transposedColumns[index])
    }

    func transposedPreferredSize(measuringWith canvas: Canvas) -> Size {
        let theme = ChartTheme(size: options.size, options: options)
        let chrome = frame(theme: theme).chromeHeight(width: options.size.width, theme: theme, measuringWith: canvas)
        let layout = TransposedLayout(self, width: options.size.width - 2 * theme.margin, theme: theme, canvas: canvas)
        return Size(width: options.size.width, height: max(options.size.height, (chrome + layout.height).rounded(.up)))
    }

    func drawTransposed(on canvas: Canvas) {
        let theme = ChartTheme(size: options.size, options: options)
        let plot = frame(theme: theme).draw(on: canvas, theme: theme)
        let layout = TransposedLayout(self, width: plot.width, theme: theme, canvas: canvas)
        let columns = transposedColumns
        // Spare height loosens the rows a little; the rest stays below the table.
        let spare = max(0, plot.height - layout.height) / Double(max(1, indicators.count))
        let columnX = { (index: Int) in
            plot.minX + layout.nameWidth + Double(index) * layout.columnWidth
                + (index == self.rows.count ? layout.totalGap : 0)
        }
        canvas.group("scorecard-header") {
            for index in columns.indices {
                let style = layout.headers.style.with(weight: index == rows.count ? .bold : .regular)
                let name = columnName(index)
                let height = canvas.measure(name, style: style).height
                canvas.draw(
                    name, style: style,
                    at: Point(
                        x: columnX(index) + layout.gutter / 2 + layout.pad,
                        y: plot.minY + layout.headerHeight - layout.pad - height))
            }
            let y = plot.minY + layout.headerHeight
            canvas.stroke(
                .line(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y)), color: theme.colors.axis,
                width: 1.5 * theme.unit)
        }
        var y = plot.minY + layout.headerHeight
        for (row, definition) in indicators.enumerated() {
            let height = layout.rowHeights[row] + min(spare, layout.rowHeights[row] / 2)
            canvas.group("scorecard-row:\(definition.id)") {
                let name = self.name(of: definition)
                let note = self.note(row)
                let nameHeight = canvas.measure(name, style: layout.names.style).height
                let noteHeight = note.isEmpty ? 0 : canvas.measure(note, style: layout.notes.style).height
                let top = y + (height - nameHeight - noteHeight) / 2
                let nameBox = canvas.draw(
                    name, style: layout.names.style.with(alignment: .leading),
                    at: Point(x: plot.minX + layout.pad, y: top))
                if !note.isEmpty {
                    canvas.draw(
                        note, style: layout.notes.style.with(alignment: .leading),
                        at: Point(x: plot.minX + layout.pad, y: nameBox.maxY))
                }
                for (index, column) in columns.enumerated() {
                    let rect = Rect(
                        x: columnX(index) + layout.gutter / 2, y: y + layout.gutter / 2,
                        width: layout.columnWidth - layout.gutter, height: height - layout.gutter)
                    drawCell(
                        column.cells[row], row: row, in: rect, bold: index == rows.count, layout: layout, on: canvas)
                }
            }
            y += height
        }
    }

    private func drawCell(
        _ cell: SummaryRow?, row: Int, in rect: Rect, bold: Bool, layout: TransposedLayout, on canvas: Canvas
    ) {
        let textColor: Color
        if let fill = fill(of: cell, definition: indicators[row]) {
            canvas.fill(.rectangle(rect), color: fill)
            textColor = ChartTheme.textColor(on: fill)
        } else {
            canvas.stroke(.rectangle(rect), color: options.style.colors.grid, width: 1)
            textColor = options.style.colors.axis
        }
        let weight: TextStyle.Weight = bold ? .bold : .regular
        let value = valueText(cell, column: row)
        let change = changeText(cell, column: row)
        let valueStyle = layout.values.style.with(weight: .bold, color: textColor)
        let changeStyle = layout.changes.style.with(weight: weight, color: textColor)
        let valueHeight = canvas.measure(value, style: valueStyle).height
        let changeHeight = change.isEmpty ? 0 : canvas.measure(change, style: changeStyle).height
        let x = rect.minX + layout.pad
        let bottom = canvas.draw(
            value, style: valueStyle, at: Point(x: x, y: rect.midY - (valueHeight + changeHeight) / 2)
        ).maxY
        if !change.isEmpty { canvas.draw(change, style: changeStyle, at: Point(x: x, y: bottom)) }
    }
}
