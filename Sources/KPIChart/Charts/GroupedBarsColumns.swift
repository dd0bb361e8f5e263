/// Grouped bars standing up: areas along the bottom, their names level under them, a bar per
/// window in each group, the value axis on the left and each value on its own bar.
struct GroupedBarsColumns {
    let chart: GroupedBarsChart
    let parts: GroupedBarsChart.Parts

    init(_ chart: GroupedBarsChart, parts: GroupedBarsChart.Parts) {
        self.chart = chart
        self.parts = parts
    }

    func draw(on canvas: Canvas) {
        let (theme, axis, target, series) = (parts.theme, parts.axis, parts.target, chart.series)
        let area = parts.frame.draw(on: canvas, theme: theme)
        let targetWidth = target.map { $0.labelSize(on: canvas).width + theme.gap } ?? 0
        var plot = area.inset(top: axis.unitHeight(on: canvas), left: axis.labelWidth(on: canvas), right: targetWidth)
        let slot = plot.width / Double(series.areas.count)
        let labels = CategoryLabels(names: parts.names, slotWidth: slot, theme: theme, canvas: canvas)
        plot = plot.inset(bottom: labels.height + theme.gap)

        let values = series.areas.flatMap(\.values)
        let notes = series.areas.flatMap {
            $0.rows.map { $0.flatMap { parts.formatter.reportingNote($0, short: true) } }
        }
        let headroom = BarValueLabels.headroom(
            values: values, notes: notes, formatter: parts.formatter, theme: theme, canvas: canvas)
        let top = plot.minY + max(headroom, axis.overhang(on: canvas))
        let bottom = plot.maxY
        axis.draw(on: canvas, plot: plot, top: top, bottom: bottom)

        let windowCount = series.windows.count
        let groupPadding = slot * 0.12
        let barWidth = (slot - 2 * groupPadding) / Double(windowCount)
        let zeroY = axis.y(0, top: top, bottom: bottom)
        var bars: [BarValueLabels.Bar] = []
        canvas.group("bars") {
            for (index, area) in series.areas.enumerated() {
                let slotX = plot.minX + Double(index) * slot
                for (window, value) in area.values.enumerated() {
                    let x = slotX + groupPadding + Double(window) * barWidth
                    guard let value else {
                        BarValueLabels.drawMissing(at: Point(x: x + barWidth / 2, y: zeroY), theme: theme, on: canvas)
                        continue
                    }
                    let y = axis.y(value, top: top, bottom: bottom)
                    let rect = Rect(
                        x: x + barWidth * 0.06, y: min(y, zeroY), width: barWidth * 0.88, height: abs(zeroY - y))
                    canvas.fill(.rectangle(rect), color: parts.colors[window])
                    bars.append(
                        .init(
                            rect: rect, value: value, window: window,
                            note: area.rows[window].flatMap { parts.formatter.reportingNote($0, short: true) }))
                }
                labels.draw(index, slotX: slotX, top: plot.maxY + theme.gap, on: canvas)
            }
        }
        let targetY = target.map { axis.y($0.value, top: top, bottom: bottom) }
        if let target, let targetY {
            canvas.group("target") {
                target.stroke(from: Point(x: plot.minX, y: targetY), to: Point(x: plot.maxX, y: targetY), on: canvas)
                target.drawLabel(
                    at: Point(x: plot.maxX + theme.gap, y: targetY - target.labelSize(on: canvas).height / 2),
                    on: canvas)
            }
        }
        let valueLabels = BarValueLabels(
            bars: bars, newest: windowCount - 1, formatter: parts.formatter, theme: theme,
            plot: plot, targetY: targetY, canvas: canvas)
        canvas.group("bars") { canvas.group("values") { valueLabels.draw(on: canvas) } }
    }
}
