/// Grouped bars lying down, for many areas: one row per area, its name level at the left
/// (wrapped, never broken inside), a thin bar per window (oldest on top), the value axis across
/// the top, the target as a dashed vertical line. The newest window's value stands at the end of
/// the row's bars (every window's, when the bars are as thick as a label), on a white box, and
/// never across the target line.
struct GroupedBarsRows {
    let chart: GroupedBarsChart
    let parts: GroupedBarsChart.Parts
    let area: Rect
    let nameStyle: TextStyle
    let nameWidth: Double
    let valueStyle: TextStyle
    let valueWidth: Double
    let bandHeight: Double
    let minimumRowHeight: Double

    init(_ chart: GroupedBarsChart, parts: GroupedBarsChart.Parts, size: Size, canvas: Canvas) {
        self.chart = chart
        self.parts = parts
        let theme = parts.theme
        area = parts.frame.draw(on: MeasuringCanvas(size: size, measuringWith: canvas), theme: theme)
        let widest = parts.names.map { canvas.measure($0, style: theme.axis).width }.max() ?? 0
        nameWidth = min(widest + 1, area.width * 0.28)
        let valueStyle = theme.valueLabel.with(weight: .bold)
        let nameStyle = theme.axis.with(alignment: .trailing, wrapWidth: nameWidth)
        self.valueStyle = valueStyle
        let texts = chart.series.areas.flatMap { area in
            zip(area.values, area.rows).compactMap { value, row in
                value.map {
                    parts.formatter.label($0)
                        + (row.flatMap { parts.formatter.reportingNote($0, short: true) }.map { " · " + $0 } ?? "")
                }
            }
        }
        valueWidth = (texts.map { canvas.measure($0, style: valueStyle).width }.max() ?? 0) + theme.gap / 2
        var heights = [parts.axis.labelHeight(on: canvas)]
        if let target = parts.target { heights.append(target.labelSize(on: canvas).height) }
        if let unit = parts.formatter.unitLabel { heights.append(canvas.measure(unit, style: theme.axis).height) }
        bandHeight = heights.max()! + theme.gap / 2
        let tallestName = parts.names.map { canvas.measure($0, style: nameStyle).height }.max() ?? 0
        self.nameStyle = nameStyle
        let valueHeight = canvas.measure("ก", style: valueStyle).height
        minimumRowHeight = max(
            GroupedBarsChart.minimumRowHeightPerWindow * Double(chart.series.windows.count) * theme.unit,
            tallestName + theme.unit, valueHeight + 2 * theme.unit)
    }

    /// The height the rows have on this canvas, and the height they need at their minimum.
    var rowsHeight: Double { area.height - bandHeight }
    var minimumRowsHeight: Double { Double(chart.series.areas.count) * minimumRowHeight }

    func draw(on canvas: Canvas) {
        let (theme, axis, formatter) = (parts.theme, parts.axis, parts.formatter)
        let series = chart.series
        parts.frame.draw(on: canvas, theme: theme)
        let rowsTop = area.minY + bandHeight
        let rowHeight = min(rowsHeight / Double(series.areas.count), 2 * minimumRowHeight)
        let rowsBottom = rowsTop + rowHeight * Double(series.areas.count)
        let hasNegative = (series.valueRange?.lowerBound ?? 0) < 0
        let barLeft = area.minX + nameWidth + theme.gap + (hasNegative ? valueWidth : 0)
        let barRight = area.maxX - valueWidth
        let zeroX = axis.x(0, left: barLeft, right: barRight)

        var taken: [Rect] = []
        if let unit = formatter.unitLabel {
            canvas.group("band") {
                let size = canvas.measure(unit, style: theme.axis)
                taken.append(
                    canvas.draw(
                        unit, style: theme.axis, at: Point(x: area.minX, y: rowsTop - theme.gap / 2 - size.height)))
            }
        }
        let targetX = parts.target.map { axis.x($0.value, left: barLeft, right: barRight) }
        if let target = parts.target, let targetX {
            canvas.group("target-label") {
                let size = target.labelSize(on: canvas)
                let x = min(max(targetX - size.width / 2, area.minX), area.maxX - size.width)
                taken.append(target.drawLabel(at: Point(x: x, y: rowsTop - theme.gap / 2 - size.height), on: canvas))
            }
        }
        let labelRow = Rect(x: area.minX, y: area.minY, width: area.width, height: bandHeight - theme.gap / 2)
        axis.drawAcross(
            on: canvas, left: barLeft, right: barRight, top: rowsTop, bottom: rowsBottom, labelRow: labelRow,
            avoiding: taken)
        if let target = parts.target, let targetX {
            canvas.group("target") {
                target.stroke(from: Point(x: targetX, y: rowsTop), to: Point(x: targetX, y: rowsBottom), on: canvas)
            }
        }

        let windowCount = series.windows.count
        let thickness = rowHeight * 0.8 / Double(windowCount)
        let labelHeight = canvas.measure("ก", style: valueStyle).height
        let labelAll = thickness >= labelHeight
        canvas.group("bars") {
            for (index, area) in series.areas.enumerated() {
                let top = rowsTop + Double(index) * rowHeight
                let name = parts.names[index]
                let nameSize = canvas.measure(name, style: nameStyle)
                canvas.draw(
                    name, style: nameStyle, at: Point(x: self.area.minX, y: top + (rowHeight - nameSize.height) / 2))
                var rects: [Rect?] = []
                for (window, value) in area.values.enumerated() {
                    let y = top + rowHeight * 0.1 + Double(window) * thickness
                    guard let value else {
                        rects.append(nil)
                        let style = theme.valueLabel.with(color: theme.colors.axis)
                        let size = canvas.measure("–", style: style)
                        canvas.draw(
                            "–", style: style,
                            at: Point(x: zeroX + theme.gap / 4, y: y + thickness / 2 - size.height / 2))
                        continue
                    }
                    let endX = axis.x(value, left: barLeft, right: barRight)
                    let rect = Rect(
                        x: min(zeroX, endX), y: y + thickness * 0.06, width: abs(endX - zeroX), height: thickness * 0.88
                    )
                    canvas.fill(.rectangle(rect), color: parts.colors[window])
                    rects.append(rect)
                }
                canvas.group("values") {
                    for (window, value) in area.values.enumerated() where labelAll || window == windowCount - 1 {
                        guard let value, let rect = rects[window] else { continue }
                        let note = area.rows[window].flatMap { parts.formatter.reportingNote($0, short: true) }
                        drawValue(
                            value, note: note, bar: rect, window: window, row: rects.compactMap { $0 },
                            targetX: targetX, on: canvas)
                    }
                }
            }
        }
    }

    /// The value of `bar` beyond its end, clear of the other bars of its row that reach past it
    /// at its height and of the target line, on a white box.
    private func drawValue(
        _ value: Double, note: String?, bar: Rect, window: Int, row: [Rect], targetX: Double?, on canvas: Canvas
    ) {
        let theme = parts.theme
        let newest = window == chart.series.windows.count - 1
        let style = newest ? valueStyle : valueStyle.with(weight: .regular)
        let text = parts.formatter.label(value) + (note.map { " · " + $0 } ?? "")
        let size = canvas.measure(text, style: style)
        let y = bar.midY - size.height / 2
        let band = Rect(x: bar.minX, y: y, width: bar.width, height: size.height)
        let others = row.filter { $0.intersects(band) }
        var box: Rect
        if value < 0 {
            let x = (others.map(\.minX).min() ?? bar.minX) - theme.gap / 4 - size.width
            box = Rect(x: x, y: y, width: size.width, height: size.height)
            if let targetX, box.minX < targetX, box.maxX > targetX { box.x = targetX - theme.gap / 4 - size.width }
        } else {
            let x = (others.map(\.maxX).max() ?? bar.maxX) + theme.gap / 4
            box = Rect(x: x, y: y, width: size.width, height: size.height)
            if let targetX, box.minX < targetX, box.maxX > targetX { box.x = targetX + theme.gap / 4 }
        }
        canvas.fill(
            .rectangle(box.inset(top: 0, left: -theme.unit * 2, bottom: 0, right: -theme.unit * 2)),
            color: theme.colors.background)
        canvas.draw(text, style: style, at: Point(x: box.minX, y: box.minY))
    }
}
