import KPICore

/// OTOP sales stacked by product category or by sales channel: one stacked bar per area and
/// window (areas on the category axis, windows side by side within each area, oldest first), or
/// one per window when there is a single area; the total on top of each stack.
public struct BreakdownChart: Chart {
    /// What is stacked: OTOP sales by product category or by sales channel.
    public let breakdown: SalesBreakdown
    /// One series per part of `breakdown`, in its order (the stacking order, bottom first).
    public let parts: [IndicatorSeries]
    /// The areas drawn and the level they are at.
    public let scope: ChartScope
    /// Language, digits, size and style.
    public let options: ChartOptions

    /// An area of any part, with each part's values per window.
    struct Area {
        var code: Int?
        var nameThai: String
        var nameEnglish: String
        /// `values[window][part]`.
        var values: [[Double?]]

        /// The stack's total; `nil` when a part has no value: a district without rows in a window
        /// has none of its parts (data contract), and a stack is never drawn with a part left out.
        func total(_ window: Int) -> Double? {
            values[window].contains { $0 == nil } ? nil : values[window].reduce(0) { $0 + $1! }
        }
    }

    /// A breakdown of `parts`, one series per part of `breakdown` in its order.
    public init(breakdown: SalesBreakdown, parts: [IndicatorSeries], scope: ChartScope, options: ChartOptions) {
        precondition(parts.count == breakdown.parts.count, "one series per part of the breakdown")
        self.breakdown = breakdown
        self.parts = parts
        self.scope = scope
        self.options = options
    }

    /// The areas of every part, by code.
    var areas: [Area] {
        let windowCount = parts[0].windows.count
        var areas: [Int: Area] = [:]
        for (index, part) in parts.enumerated() {
            for area in part.areas {
                let key = area.code ?? -1
                var stacks =
                    areas[key]
                    ?? Area(
                        code: area.code, nameThai: area.nameThai, nameEnglish: area.nameEnglish,
                        values: Array(repeating: Array(repeating: nil, count: parts.count), count: windowCount))
                for (window, value) in area.values.enumerated() { stacks.values[window][index] = value }
                areas[key] = stacks
            }
        }
        return areas.values.sorted { ($0.code ?? -1) < ($1.code ?? -1) }
    }

    /// Draws the chart over the whole of `canvas`.
    public func draw(on canvas: Canvas) {
        let language = options.language
        let calendar = options.calendar
        let windows = parts[0].windows
        let areas = self.areas
        let totals = areas.flatMap { area in windows.indices.map { area.total($0) } }
        let largest = totals.compactMap { $0 }.max() ?? 0
        // The parts' targets are not the stacks': no target line.
        let valueParts = ValueChartParts(
            definition: parts[0].definition, range: 0...largest, size: canvas.size, options: options,
            drawsTarget: false)
        let (theme, formatter, axis) = (valueParts.theme, valueParts.formatter, valueParts.axis)
        let colors = breakdown.parts.indices.map { theme.colors.series[$0 % theme.colors.series.count] }

        // One area: a bar per window, windows on the axis. Several: a group of bars per area.
        let single = areas.count == 1
        let groupCount = single ? windows.count : areas.count
        let barsPerGroup = single ? 1 : windows.count
        let windowNames = windows.map(calendar.windowShortLabel)

        // The plot's width is the frame's less the axis labels, whatever the titles say: the
        // labels under the bars are laid out first, so that when the windows cannot be named
        // under their bars (in a few lines, not turned upright) the subtitle names their order.
        let plotWidth = canvas.size.width - 2 * theme.margin - axis.labelWidth(on: canvas)
        let slot = plotWidth / Double(groupCount)
        let barSlot = slot * 0.76 / Double(barsPerGroup)
        // Windows under their bars in small grey type, area names under them in bold.
        let areaNames = AreaLabels.labels(
            names: areas.map { language == .thai ? $0.nameThai : $0.nameEnglish }, codes: areas.map(\.code),
            level: scope.level, language: language, digits: options.digits)
        let groupLabels = CategoryLabels(
            names: single ? windowNames : areaNames, slotWidth: slot, theme: theme,
            style: single ? nil : theme.axis.with(weight: .bold), canvas: canvas)
        var barLabels: CategoryLabels?
        var notes: [String] = []
        if !single, windows.count > 1 {
            let labels = CategoryLabels(
                names: windowNames, slotWidth: barSlot, theme: theme,
                style: theme.note, canvas: canvas)
            // Staggered labels under every bar crowd the axis and squeeze the plot: say the order once.
            if labels.oneRow {
                barLabels = labels
            } else {
                notes.append(
                    LocalizedText(
                        thai: "แท่งในแต่ละพื้นที่เรียงจาก\(windowNames.first!) (ซ้าย) ถึง\(windowNames.last!) (ขวา)",
                        english:
                            "bars in each area run from \(windowNames.first!) (left) to \(windowNames.last!) (right)")(
                            language))
            }
        }

        let titles = ChartTitles(
            subject: breakdown.subject(in: language), scope: scope, windows: windows, notes: notes,
            dataAsOf: parts.compactMap(\.dataAsOf).max(), options: options)
        let legend = zip(breakdown.parts, colors).map {
            ChartFrame.LegendEntry(label: $0.name(in: language), color: $1)
        }
        let area = ChartFrame(titles: titles, legend: legend, sourceLine: options.sourceLine).draw(
            on: canvas, theme: theme)
        let barLabelHeight = barLabels.map { $0.height + theme.gap } ?? 0
        let groupGap =
            barLabels == nil ? groupLabels.clearance(gap: theme.gap, overhang: axis.overhang(on: canvas)) : theme.gap
        let plot = area.inset(
            top: axis.unitHeight(on: canvas), left: axis.labelWidth(on: canvas),
            bottom: barLabelHeight + groupLabels.height + groupGap)

        let top =
            plot.minY + BarValueLabels.headroom(values: totals, formatter: formatter, theme: theme, canvas: canvas)
        let bottom = plot.maxY
        axis.draw(on: canvas, plot: plot, top: top, bottom: bottom)
        let zeroY = axis.y(0, top: top, bottom: bottom)
        let groupPadding = slot * 0.12
        let barWidth = min(barSlot * 0.88, 160 * theme.unit)

        var totalBars: [BarValueLabels.Bar] = []
        var stackNames: [String] = []
        canvas.group("stacks") {
            for group in 0..<groupCount {
                let slotX = plot.minX + Double(group) * slot
                for bar in 0..<barsPerGroup {
                    let (stackArea, window) = single ? (areas[0], group) : (areas[group], bar)
                    let x = slotX + groupPadding + Double(bar) * barSlot
                    let stackName = "stack:\(stackArea.code.map(String.init) ?? "nation")/\(window)"
                    canvas.group(stackName) {
                        guard let total = stackArea.total(window) else {
                            BarValueLabels.drawMissing(
                                at: Point(x: x + barSlot / 2, y: zeroY), theme: theme, on: canvas)
                            return
                        }
                        let barX = x + (barSlot - barWidth) / 2
                        var sum = 0.0
                        var boundaries: [Double] = []
                        for (part, value) in stackArea.values[window].enumerated() {
                            let value = value!
                            guard value > 0 else { continue }
                            let low = axis.y(sum, top: top, bottom: bottom)
                            let high = axis.y(sum + value, top: top, bottom: bottom)
                            canvas.fill(
                                .rectangle(Rect(x: barX, y: high, width: barWidth, height: low - high)),
                                color: colors[part])
                            if sum > 0 { boundaries.append(low) }
                            sum += value
                        }
                        // Thin seams of the background between segments; the fills keep their exact heights.
                        for y in boundaries {
                            canvas.stroke(
                                .line(from: Point(x: barX, y: y), to: Point(x: barX + barWidth, y: y)),
                                color: theme.colors.background, width: max(1, theme.unit))
                        }
                        let y = axis.y(total, top: top, bottom: bottom)
                        // A single area's bars are all labelled as its newest window's would be.
                        totalBars.append(
                            .init(
                                rect: Rect(x: barX, y: y, width: barWidth, height: zeroY - y), value: total,
                                window: single ? windows.count - 1 : window))
                        stackNames.append(stackName)
                    }
                    barLabels?.draw(bar, slotX: x, top: plot.maxY + theme.gap, on: canvas)
                }
                if let barLabels {
                    // A bracket under the window labels: these bars belong to the area below.
                    let y = plot.maxY + theme.gap + barLabels.height + theme.gap / 2
                    canvas.stroke(
                        .line(
                            from: Point(x: slotX + groupPadding, y: y), to: Point(x: slotX + slot - groupPadding, y: y)),
                        color: theme.colors.axis, width: max(1, theme.unit))
                }
                groupLabels.draw(group, slotX: slotX, top: plot.maxY + groupGap + barLabelHeight, on: canvas)
            }
        }
        let totalLabels = BarValueLabels(
            bars: totalBars, newest: windows.count - 1, formatter: formatter, theme: theme,
            plot: plot, targetY: nil, canvas: canvas)
        totalLabels.draw(on: canvas) { stackNames[$0] }
    }
}
