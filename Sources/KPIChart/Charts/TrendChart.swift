import KPICore

/// One line per area across the windows: which way each area is going, with the target as a
/// dashed line and each line's last value labelled at its right end.
///
/// End labels are spread so that none overlap: they keep the order of the values, with thin
/// leader lines to their points, and lines that end on the same point with the same value
/// share one label. When even a smaller type cannot fit them all, only the best and worst few
/// are labelled, their lines drawn strong and the rest faint, and the legend says so. Colours
/// follow the categorical palette, with another dash pattern and marker shape each time it
/// comes round. A missing value breaks its line; it is never drawn as 0.
///
/// More than `mostColouredLines` areas would be spaghetti: every line is drawn in light grey,
/// and only the best two and worst two of the newest window (by the indicator's direction) are
/// coloured and labelled.
public struct TrendChart: Chart {
    /// Above this many areas, only the best and worst lines are coloured.
    public static let mostColouredLines = 8
    /// The lines coloured when there are more than `mostColouredLines`.
    static let highlighted = 4

    /// The indicator's values per area and window.
    public let series: IndicatorSeries
    /// The areas drawn and the level they are at.
    public let scope: ChartScope
    /// Language, digits, size and style.
    public let options: ChartOptions

    /// A trend of `series`: a line per area across the windows.
    public init(series: IndicatorSeries, scope: ChartScope, options: ChartOptions) {
        self.series = series
        self.scope = scope
        self.options = options
    }

    /// Draws the chart over the whole of `canvas`.
    public func draw(on canvas: Canvas) {
        let parts = ValueChartParts(
            definition: series.definition, range: series.valueRange!, size: canvas.size, options: options)
        let (theme, formatter, target, axis) = (parts.theme, parts.formatter, parts.target, parts.axis)
        let titles = ChartTitles(series: series, scope: scope, options: options, formatter: formatter)
        let ends = TrendEndLabels(
            series: series, formatter: formatter, language: options.language, theme: theme, canvas: canvas)
        let labelColumn = max(ends.columnWidth, target.map { $0.labelSize(on: canvas).width } ?? 0)

        var legend: [ChartFrame.LegendEntry] = []
        if let label = titles.targetLabel {
            legend.append(.init(label: label, color: theme.colors.target, dashed: true))
        }
        func frame(note: String?) -> ChartFrame {
            ChartFrame(
                titles: titles, legend: legend + (note.map { [.note($0)] } ?? []), sourceLine: options.sourceLine)
        }
        func layout(note: String?) -> TrendLayout {
            let area = frame(note: note).draw(
                on: MeasuringCanvas(size: canvas.size, measuringWith: canvas), theme: theme)
            return TrendLayout(
                area: area, series: series, axis: axis, labelColumn: labelColumn, calendar: options.calendar,
                theme: theme, canvas: canvas)
        }

        // Every label if they fit (in a smaller type if need be), else the best and worst few.
        var note: String?
        var chosen = layout(note: nil)
        let spaghetti = series.areas.count > Self.mostColouredLines
        var placement = spaghetti ? nil : ends.placeAll(in: chosen, target: target, canvas: canvas)
        if placement == nil {
            let capacity = ends.capacity(in: chosen, target: target, canvas: canvas)
            var count = spaghetti ? min(Self.highlighted, capacity) : capacity
            while placement == nil, count >= 1 {
                let extremes = ends.extremes(count)
                note = ends.note(
                    best: extremes.best, worst: extremes.worst, of: series.areas.count, level: series.level,
                    digits: options.digits)
                chosen = layout(note: note)
                placement = ends.place(
                    extremes.labels, style: ends.styles[0], in: chosen, target: target, canvas: canvas)
                count -= 1
            }
        }
        let area = frame(note: note).draw(on: canvas, theme: theme)
        assert(area == chosen.area, "the measured frame and the drawn frame agree")
        let plot = chosen.plot

        axis.draw(on: canvas, plot: plot, top: chosen.top, bottom: chosen.bottom)
        canvas.group("windows") {
            for index in series.windows.indices {
                chosen.windowLabels.draw(
                    index, slotX: chosen.x(window: index) - chosen.spacing / 2, top: plot.maxY + theme.gap, on: canvas)
            }
        }
        if let target {
            let y = axis.y(target.value, top: chosen.top, bottom: chosen.bottom)
            canvas.group("target") {
                target.stroke(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y), on: canvas)
                if let start = placement?.targetStart {
                    let size = target.labelSize(on: canvas)
                    canvas.stroke(
                        .line(
                            from: Point(x: plot.maxX, y: y),
                            to: Point(x: chosen.labelX - theme.gap / 4, y: start + size.height / 2)),
                        color: theme.colors.target, width: 1.5 * theme.unit)
                    target.drawLabel(at: Point(x: chosen.labelX, y: start), on: canvas)
                }
            }
        }
        let labelledAreas = (placement?.labels ?? []).sorted { $0.start < $1.start }.flatMap(\.areas)
        let labelled = Set(labelledAreas)
        let faint = labelled.count < series.areas.count
        // Highlighted lines take the palette in the labels' order; the others are grey.
        let palette =
            spaghetti
            ? Dictionary(uniqueKeysWithValues: labelledAreas.enumerated().map { ($1, $0) })
            : Dictionary(uniqueKeysWithValues: series.areas.indices.map { ($0, $0) })
        canvas.group("lines") {
            // Faint (unlabelled) lines first, so that the labelled ones lie on top.
            let order = series.areas.indices.sorted {
                (labelled.contains($0) ? 1 : 0, $0) < (labelled.contains($1) ? 1 : 0, $1)
            }
            for index in order {
                drawLine(
                    index, slot: palette[index], strong: !faint || labelled.contains(index), layout: chosen,
                    theme: theme, canvas: canvas)
            }
        }
        if let placement {
            canvas.group("end-labels") {
                for label in placement.labels {
                    let point = chosen.point(window: label.window, value: label.value)
                    let style = placement.style
                    let size = canvas.measure(label.text, style: style)
                    // One line's label takes its colour; a shared label is joined in grey.
                    let color = label.areas.count == 1 ? theme.line(palette[label.areas[0]]!).color : theme.colors.axis
                    canvas.stroke(
                        .line(
                            from: Point(x: point.x + 8 * theme.unit, y: point.y),
                            to: Point(x: chosen.labelX - theme.gap / 4, y: label.start + size.height / 2)),
                        color: color, width: 1.5 * theme.unit)
                    canvas.draw(label.text, style: style, at: Point(x: chosen.labelX, y: label.start))
                }
            }
        }
    }

    /// One area's line: segments between consecutive windows that both have a value, and a
    /// marker on every value; in palette colour `slot`, or light grey without one.
    private func drawLine(
        _ index: Int, slot: Int?, strong: Bool, layout: TrendLayout, theme: ChartTheme, canvas: Canvas
    ) {
        let (base, dash) = slot.map(theme.line) ?? (theme.colors.fadedLine, [])
        let color =
            strong || slot == nil
            ? base : Color(red: base.red, green: base.green, blue: base.blue, alpha: base.alpha * 0.4)
        let values = series.areas[index].values
        var path = Path()
        var open = false
        for (window, value) in values.enumerated() {
            guard let value else {
                open = false
                continue
            }
            let point = layout.point(window: window, value: value)
            if open { path.line(to: point) } else { path.move(to: point) }
            open = true
        }
        canvas.stroke(path, color: color, width: (strong ? 3 : 2) * theme.unit, dash: dash.map { $0 * theme.unit })
        let shape = TrendMarker(cycle: (slot ?? 0) / theme.colors.series.count)
        for (window, value) in values.enumerated() {
            guard let value else { continue }
            canvas.fill(
                shape.path(at: layout.point(window: window, value: value), radius: (strong ? 5.5 : 4) * theme.unit),
                color: color)
        }
    }
}

/// Where the parts of a trend chart go, once the frame has left `area`.
///
/// The windows sit evenly across the plot, the newest close to its right edge so that the
/// leaders to the end labels stay short; the oldest half a spacing in from the left, so that
/// its label stays clear of the value axis.
struct TrendLayout {
    let area: Rect
    /// The lines' box: windows across, values up; the value axis's labels to its left, the
    /// window labels under it, the end labels right of it.
    let plot: Rect
    let axis: ValueAxis
    /// The distance between windows along the x axis (each window's label is centred in it).
    let spacing: Double
    /// Where the axis's top and bottom ticks fall.
    let top: Double
    let bottom: Double
    let windowLabels: CategoryLabels
    /// The left edge of the end labels.
    let labelX: Double
    private let newestX: Double
    private let windowCount: Int

    init(
        area: Rect, series: IndicatorSeries, axis: ValueAxis, labelColumn: Double, calendar: CalendarFormatter,
        theme: ChartTheme, canvas: Canvas
    ) {
        self.area = area
        self.axis = axis
        let names = series.windows.indices.map { series.shortLabel($0, calendar: calendar) }
        // Leaders clear the newest window's label, which is centred under the newest point.
        let leader = max(3 * theme.gap, canvas.measure(names.last!, style: theme.axis).width / 2 + 1.5 * theme.gap)
        labelX = area.maxX - labelColumn
        newestX = labelX - leader
        let left = area.minX + axis.labelWidth(on: canvas)
        windowCount = series.windows.count
        spacing = (newestX - left) / (Double(windowCount) - 0.5)
        windowLabels = CategoryLabels(names: names, slotWidth: spacing, theme: theme, canvas: canvas)
        let plotTop = area.minY + axis.unitHeight(on: canvas)
        let plotBottom = area.maxY - windowLabels.height - theme.gap
        plot = Rect(x: left, y: plotTop, width: newestX + theme.gap - left, height: plotBottom - plotTop)
        top = plot.minY + theme.gap
        bottom = plot.maxY
    }

    /// Where window `window`'s values are drawn across.
    func x(window: Int) -> Double { newestX - Double(windowCount - 1 - window) * spacing }

    /// Where `value` in `window` is drawn.
    func point(window: Int, value: Double) -> Point {
        Point(x: x(window: window), y: axis.y(value, top: top, bottom: bottom))
    }

    /// The room end labels may take along the right edge: the whole height of the plot and the
    /// window labels under it (the leader keeps them clear of the newest window's label).
    var labelBounds: ClosedRange<Double> { area.minY...area.maxY }
}

/// The labels at the lines' right ends: each area's name and last value; areas whose lines end
/// on the same point with the same value label share one label ("แม่วาง, แม่ออน 0.0%").
struct TrendEndLabels {
    struct Label {
        /// The areas (indexes into the series) the label names.
        var areas: [Int]
        /// The window of the last value.
        var window: Int
        var value: Double
        var text: String
        /// Top of the placed label.
        var start: Double = 0
    }

    /// Labels placed along the right edge.
    struct Placement {
        var style: TextStyle
        var labels: [Label]
        /// Top of the target's label, when there is a target.
        var targetStart: Double?
    }

    /// Best first.
    let all: [Label]
    /// The value-label type, then a smaller one, tried before giving up on labelling every line.
    let styles: [TextStyle]
    /// The width of the labels' column: the widest label (a shared label takes more lines
    /// rather than more than a quarter of the canvas).
    let columnWidth: Double
    let theme: ChartTheme
    let language: Language

    /// Space between neighbouring labels.
    var gap: Double { 2 * theme.unit }

    init(series: IndicatorSeries, formatter: ValueFormatter, language: Language, theme: ChartTheme, canvas: Canvas) {
        struct Key: Hashable { var window: Int, text: String }
        let areaNames = series.areaNames(in: language, digits: formatter.digits)
        var groups: [Key: Label] = [:]
        for (index, area) in series.areas.enumerated() {
            guard let window = area.values.lastIndex(where: { $0 != nil }), let value = area.values[window] else {
                continue
            }
            let key = Key(window: window, text: formatter.label(value))
            groups[key, default: Label(areas: [], window: window, value: value, text: "")].areas.append(index)
        }
        let higher = series.definition.direction == .higher
        let style = theme.valueLabel
        let widest = canvas.size.width / 4
        all = groups.map { key, group in
            var label = group
            // Names are never broken (Pango would break ไชยปราการ after ไชย): a shared label
            // goes onto a new line only between names, the value staying with the last.
            var names = group.areas.map { areaNames[$0] }
            names[names.count - 1] += " " + key.text
            var lines: [String] = []
            for name in names {
                if let last = lines.last, canvas.measure(last + ", " + name, style: style).width <= widest {
                    lines[lines.count - 1] = last + ", " + name
                } else {
                    if !lines.isEmpty { lines[lines.count - 1] += "," }
                    lines.append(name)
                }
            }
            label.text = lines.joined(separator: "\n")
            return label
        }.sorted { lhs, rhs in
            lhs.value != rhs.value
                ? (higher ? lhs.value > rhs.value : lhs.value < rhs.value) : lhs.areas[0] < rhs.areas[0]
        }
        styles = [style, style.with(size: theme.textSize(16))]
        columnWidth = all.map { canvas.measure($0.text, style: style).width }.max() ?? 0
        self.theme = theme
        self.language = language
    }

    /// Every label, in the largest type that fits; `nil` when none does.
    func placeAll(in layout: TrendLayout, target: TargetLine?, canvas: Canvas) -> Placement? {
        for style in styles {
            if let placement = place(all, style: style, in: layout, target: target, canvas: canvas) { return placement }
        }
        return nil
    }

    /// How many single-line labels of the largest type could fit at best (fewer than all).
    func capacity(in layout: TrendLayout, target: TargetLine?, canvas: Canvas) -> Int {
        let height = canvas.measure("ก", style: styles[0]).height
        let span = layout.labelBounds.upperBound - layout.labelBounds.lowerBound
        let fitting = Int(((span + gap) / (height + gap)).rounded(.down)) - (target == nil ? 0 : 1)
        return max(0, min(fitting, all.count - 1))
    }

    /// The best `count` / 2 (rounded up) and worst `count` / 2 (rounded down) labels, with the
    /// number of areas each side names.
    func extremes(_ count: Int) -> (labels: [Label], best: Int, worst: Int) {
        let best = Array(all.prefix((count + 1) / 2))
        let worst = Array(all.suffix(count / 2))
        return (best + worst, best.map(\.areas.count).reduce(0, +), worst.map(\.areas.count).reduce(0, +))
    }

    /// The legend's note when only the extremes are labelled.
    func note(best: Int, worst: Int, of total: Int, level: AreaLevel, digits: DigitStyle) -> String {
        let text: String
        switch language {
        case .thai:
            let noun = [AreaLevel.district: "อำเภอ", .province: "จังหวัด", .zone: "เขต", .nation: "พื้นที่"][level]!
            text =
                worst > 0
                ? "แสดงชื่อเฉพาะ \(best) \(noun)ที่ดีที่สุดและ \(worst) \(noun)ที่แย่ที่สุด จาก \(total) \(noun)"
                : "แสดงชื่อเฉพาะ \(best) \(noun)ที่ดีที่สุด จาก \(total) \(noun)"
        case .english:
            let noun = [AreaLevel.district: "districts", .province: "provinces", .zone: "zones", .nation: "areas"][
                level]!
            text =
                worst > 0
                ? "Labelled: the best \(best) and the worst \(worst) of \(total) \(noun)"
                : "Labelled: the best \(best) of \(total) \(noun)"
        }
        return digits.apply(to: text)
    }

    /// `labels` (and the target's) spread along the right edge in `style`; `nil` when they do not fit.
    func place(_ labels: [Label], style: TextStyle, in layout: TrendLayout, target: TargetLine?, canvas: Canvas)
        -> Placement?
    {
        var items = labels.map { label in
            LabelSpreader.Item(
                center: layout.point(window: label.window, value: label.value).y,
                length: canvas.measure(label.text, style: style).height)
        }
        if let target {
            items.append(
                LabelSpreader.Item(
                    center: layout.axis.y(target.value, top: layout.top, bottom: layout.bottom),
                    length: target.labelSize(on: canvas).height))
        }
        guard let starts = LabelSpreader.spread(items, gap: gap, within: layout.labelBounds) else { return nil }
        var placed = labels
        for index in placed.indices { placed[index].start = starts[index] }
        return Placement(style: style, labels: placed, targetStart: target == nil ? nil : starts.last)
    }
}

/// The marker shape of a line: a circle for the palette's first round, then a square, a
/// diamond, a triangle, so that lines sharing a colour differ in their points too.
struct TrendMarker {
    let cycle: Int

    func path(at center: Point, radius r: Double) -> Path {
        let (x, y) = (center.x, center.y)
        switch cycle % 4 {
        case 0: return .circle(center: center, radius: r)
        case 1: return .rectangle(Rect(x: x - 0.85 * r, y: y - 0.85 * r, width: 1.7 * r, height: 1.7 * r))
        case 2:
            return .polygon([
                Point(x: x, y: y - 1.2 * r), Point(x: x + 1.2 * r, y: y), Point(x: x, y: y + 1.2 * r),
                Point(x: x - 1.2 * r, y: y),
            ])
        default:
            return .polygon([
                Point(x: x, y: y - 1.2 * r), Point(x: x + 1.1 * r, y: y + 0.8 * r),
                Point(x: x - 1.1 * r, y: y + 0.8 * r),
            ])
        }
    }
}
