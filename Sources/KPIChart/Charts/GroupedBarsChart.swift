import KPICore

/// Areas on the category axis, one bar per window: the 3-month comparison inspectors ask for,
/// with the target as a dashed line and the values on the bars ("3/4" under a value when only
/// 3 of the area's 4 districts reported).
public struct GroupedBarsChart {
    public let series: IndicatorSeries
    public let scope: ChartScope
    public let options: ChartOptions

    public init(series: IndicatorSeries, scope: ChartScope, options: ChartOptions) {
        self.series = series
        self.scope = scope
        self.options = options
    }

    public func draw(on canvas: Canvas) {
        let theme = ChartTheme(size: canvas.size, unit: options.unit)
        let range = series.valueRange!
        let formatter = ValueFormatter(definition: series.definition, largest: max(abs(range.lowerBound), abs(range.upperBound)),
                                       language: options.language, digits: options.digits)
        let titles = ChartTitles(series: series, scope: scope, options: options, formatter: formatter)
        let colors = ChartTheme.windowColors(series.windows.count)
        var legend = colors.indices.map { ChartFrame.LegendEntry(label: series.shortLabel($0, calendar: options.calendar), color: colors[$0]) }
        if let target = titles.targetLabel { legend.append(.init(label: target, color: ChartTheme.targetColor, dashed: true)) }
        let frame = ChartFrame(title: titles.title, subtitle: titles.subtitle, legend: legend,
                               asOfLine: titles.asOfLine, sourceLine: options.sourceLine)
        let area = frame.draw(on: canvas, theme: theme)

        let target = TargetLine(definition: series.definition, formatter: formatter, theme: theme)
        let axis = ValueAxis(range: range, extra: target.map { [$0.value] } ?? [], formatter: formatter, theme: theme)
        let targetWidth = target.map { $0.labelSize(on: canvas).width + theme.gap } ?? 0
        var plot = area.inset(top: axis.unitHeight(on: canvas), left: axis.labelWidth(on: canvas), right: targetWidth)

        let areaCount = series.areas.count
        let slot = plot.width / Double(areaCount)
        let labels = CategoryLabels(names: series.areaNames(in: options.language, digits: options.digits), slotWidth: slot, theme: theme, canvas: canvas)
        plot = plot.inset(bottom: labels.height + theme.gap)

        let bars = BarValueLabels(series: series, formatter: formatter, slot: slot, theme: theme, canvas: canvas)
        let top = plot.minY + max(bars.headroom, axis.overhang(on: canvas)), bottom = plot.maxY
        axis.draw(on: canvas, plot: plot, top: top, bottom: bottom)

        let windowCount = series.windows.count
        let groupPadding = slot * 0.12
        let barWidth = (slot - 2 * groupPadding) / Double(windowCount)
        let zeroY = axis.y(0, top: top, bottom: bottom)
        canvas.group("bars") {
            for (index, area) in series.areas.enumerated() {
                let slotX = plot.minX + Double(index) * slot
                let groupTop = axis.y(max(0, area.values.compactMap { $0 }.max() ?? 0), top: top, bottom: bottom)
                for (window, value) in area.values.enumerated() {
                    let x = slotX + groupPadding + Double(window) * barWidth
                    guard let value else {
                        bars.drawMissing(at: Point(x: x + barWidth / 2, y: zeroY), on: canvas)
                        continue
                    }
                    let y = axis.y(value, top: top, bottom: bottom)
                    let rect = Rect(x: x + barWidth * 0.06, y: min(y, zeroY), width: barWidth * 0.88, height: abs(zeroY - y))
                    canvas.fill(.rectangle(rect), color: colors[window])
                    bars.draw(value, note: area.rows[window].flatMap { formatter.reportingNote($0, short: true) }, window: window,
                              above: rect, groupTop: groupTop, negative: value < 0, on: canvas)
                }
                labels.draw(index, slotX: slotX, top: plot.maxY + theme.gap, on: canvas)
            }
        }
        if let target {
            let y = axis.y(target.value, top: top, bottom: bottom)
            canvas.group("target") {
                target.stroke(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y), on: canvas)
                target.drawLabel(at: Point(x: plot.maxX + theme.gap, y: y - target.labelSize(on: canvas).height / 2), on: canvas)
            }
        }
    }
}

/// Value labels on bars: over every bar when they fit, else over the newest window's bars only,
/// upright when a horizontal label is wider than its bar, and left out when nothing fits. A
/// label may carry a note on a line under the value (who reported: "3/4").
struct BarValueLabels {
    enum Mode { case all, newest, none }

    let formatter: ValueFormatter
    let style: TextStyle
    let mode: Mode
    let rotated: Bool
    let newest: Int
    /// Bars side by side in one slot.
    let barsPerSlot: Int
    /// Space above the tallest bar for its label.
    let headroom: Double

    init(series: IndicatorSeries, formatter: ValueFormatter, slot: Double, theme: ChartTheme, canvas: Canvas) {
        self.init(values: series.areas.flatMap(\.values),
                  notes: series.areas.flatMap { $0.rows.map { $0.flatMap { formatter.reportingNote($0, short: true) } } },
                  barsPerSlot: series.windows.count, newest: series.windows.count - 1, formatter: formatter, slot: slot, theme: theme,
                  canvas: canvas)
    }

    /// Labels of `values` (with `notes`, one per value, when given), drawn as bars `barsPerSlot`
    /// to a slot `slot` wide (76 % of it for the bars), the newest window being `newest`.
    init(values: [Double?], notes: [String?]? = nil, barsPerSlot: Int, newest: Int, formatter: ValueFormatter, slot: Double,
         theme: ChartTheme, canvas: Canvas) {
        self.formatter = formatter
        style = theme.valueLabel.with(alignment: .center)
        self.newest = newest
        self.barsPerSlot = barsPerSlot
        let texts = values.indices.compactMap { index in values[index].map { Self.text($0, note: notes?[index], formatter: formatter) } }
        let sizes = texts.map { canvas.measure($0, style: theme.valueLabel.with(weight: .bold)) }
        let widest = sizes.map(\.width).max() ?? 0, tallest = sizes.map(\.height).max() ?? 0
        let barWidth = slot * 0.76 / Double(barsPerSlot)
        let gap = theme.gap / 4
        if widest + gap <= barWidth {
            (mode, rotated) = (.all, false)
        } else if tallest + gap <= barWidth {
            (mode, rotated) = (.all, true)
        } else if widest + gap <= slot * 0.9 {
            (mode, rotated) = (.newest, false)
        } else if tallest + gap <= slot * 0.9 {
            (mode, rotated) = (.newest, true)
        } else {
            (mode, rotated) = (.none, false)
        }
        headroom = mode == .none ? theme.gap : (rotated ? widest : tallest) + theme.gap / 2
    }

    /// The label of `value` just beyond the bar's end; with only the newest window labelled, the
    /// label clears every bar of the group (`groupTop`), so it never sits on a neighbour. A bar
    /// alone in its slot is always labelled when its label fits the slot.
    func draw(_ value: Double, note: String? = nil, window: Int, above bar: Rect, groupTop: Double, negative: Bool, on canvas: Canvas) {
        guard mode == .all || (mode == .newest && (window == newest || barsPerSlot == 1)) else { return }
        var bar = bar
        if mode == .newest, !negative { bar = Rect(x: bar.x, y: min(bar.y, groupTop), width: bar.width, height: bar.maxY - min(bar.y, groupTop)) }
        let text = Self.text(value, note: note, formatter: formatter)
        let size = canvas.measure(text, style: style)
        let weighted = window == newest ? style.with(weight: .bold) : style
        if rotated {
            let y = negative ? bar.maxY + 2 + size.width : bar.minY - 2
            canvas.draw(text, style: weighted, at: Point(x: bar.midX - size.height / 2, y: y), quarterTurns: 1)
        } else {
            let y = negative ? bar.maxY + 1 : bar.minY - size.height - 1
            canvas.draw(text, style: weighted, at: Point(x: bar.midX - size.width / 2, y: y))
        }
    }

    /// The label of `value`, its note on a line under it.
    private static func text(_ value: Double, note: String?, formatter: ValueFormatter) -> String {
        formatter.label(value) + (note.map { "\n" + $0 } ?? "")
    }

    /// A small dash on the baseline where a window has no value (missing, not zero).
    func drawMissing(at point: Point, on canvas: Canvas) {
        let size = canvas.measure("–", style: style)
        canvas.draw("–", style: style.with(color: ChartTheme.axisColor), at: Point(x: point.x - size.width / 2, y: point.y - size.height))
    }
}
