import KPICore

/// Every area of the level as a horizontal bar, best first by the indicator's direction, for the
/// newest window: bars coloured met / missed (neutral without a target), the target as a dashed
/// vertical line, the value at each bar's end (with ✓ or ✗, and "3/4 อำเภอ" when not every
/// district reported) and the change from the window before beside it, worded better or worse.
///
/// Only what is comparable is ranked (`IndicatorDefinition.isRankable`): a raw count or sum
/// mostly measures an area's size, so its bars are sorted largest first without rank numbers,
/// and the subtitle says that the order is not a ranking.
///
/// Rows never shrink below `minimumRowHeight`: a long ranking (all 928 districts) asks for a
/// taller canvas (its size rule), or goes on over several pages of one size
/// (`draw(onPages:)`), each page with the whole frame and "(ต่อ)" / "(continued)" in its title.
public struct RankingChart: Chart {
    /// The indicator's values per area; the newest window is ranked.
    public let series: IndicatorSeries
    /// The areas drawn and the level they are at.
    public let scope: ChartScope
    /// Language, digits, size and style.
    public let options: ChartOptions

    /// The least height of a row, in theme units (more when a name wraps to two lines).
    public static let minimumRowHeight = 30.0
    /// The most height of a row, in theme units, so that a few areas do not become slabs.
    public static let maximumRowHeight = 56.0

    /// A ranking of `series`' areas in its newest window.
    public init(series: IndicatorSeries, scope: ChartScope, options: ChartOptions) {
        self.series = series
        self.scope = scope
        self.options = options
    }

    /// A row's rank as written: "12", "๑๒", "–" without one; nothing at all when the
    /// indicator is not ranked (`IndicatorDefinition.isRankable`).
    func rankText(_ rank: Int?) -> String {
        guard series.definition.isRankable else { return "" }
        return rank.map { options.digits.apply(to: String($0)) } ?? "–"
    }

    /// On pages, `options.size` (`draw(onPages:)` goes on over as many as the rows need); on one
    /// page, as tall as `preferredHeight(measuringWith:)`.
    public func size(paged: Bool, measuringWith measurer: TextMeasurer) -> Size {
        guard !paged else { return options.size }
        return Size(width: options.size.width, height: preferredHeight(measuringWith: measurer))
    }

    /// The height a canvas of `options.size`'s width needs to show every row of the ranking at
    /// least `minimumRowHeight` high on one page (never less than `options.size.height`); text is
    /// measured with `measurer`.
    func preferredHeight(measuringWith measurer: any TextMeasuring) -> Double {
        let page = MeasuringCanvas(size: options.size, measuringWith: measurer)
        let layout = RankingLayout(chart: self, canvas: page)
        let rowsArea = layout.rowsArea(page: 0, pageCount: 1, on: page)
        let reserved = options.size.height - rowsArea.height
        return max(options.size.height, (reserved + Double(layout.rows.count) * layout.minimumRowHeight).rounded(.up))
    }

    /// The whole ranking on one page of `canvas`, rows sharing its height (at most
    /// `maximumRowHeight` each). Give the canvas its size rule's height so that rows keep their
    /// minimum.
    public func draw(on canvas: Canvas) {
        let layout = RankingLayout(chart: self, canvas: canvas)
        layout.drawPage(rows: layout.rows[...], page: 0, pageCount: 1, rowHeight: nil, on: canvas)
    }

    /// The ranking over as many pages of `canvas`'s size as it needs, rows at least
    /// `minimumRowHeight` high; every page carries the frame, and pages after the first say
    /// "(ต่อ)" / "(continued)" in the title. Returns the number of pages.
    @discardableResult
    public func draw(onPages canvas: any PagedCanvas) -> Int {
        let layout = RankingLayout(chart: self, canvas: canvas)
        let measuring = MeasuringCanvas(size: canvas.size, measuringWith: canvas)
        let count = layout.rows.count
        // Room for rows on each page: the first page's title may take another line than the
        // others', and the subtitle says "หน้า 2/5", so the page count goes in.
        func room(_ page: Int, of pageCount: Int) -> Double {
            layout.rowsArea(page: page, pageCount: pageCount, on: measuring).height
        }
        func capacity(_ page: Int, of pageCount: Int) -> Int {
            max(1, Int((room(page, of: pageCount) / layout.minimumRowHeight + 1e-9).rounded(.down)))
        }
        var pageCount = 1
        while true {
            var needed = 0
            var placed = 0
            while placed < count {
                placed += capacity(needed, of: pageCount)
                needed += 1
            }
            if needed <= pageCount { break }
            pageCount = needed
        }
        // The rows shared evenly (no last page with a single row), all pages with one row height.
        var pages: [Range<Int>] = []
        var start = 0
        while start < count {
            let left = max(1, pageCount - pages.count)
            let take = min(capacity(pages.count, of: pageCount), (count - start + left - 1) / left)
            pages.append(start..<(start + take))
            start += take
        }
        let rowHeight = min(
            RankingChart.maximumRowHeight * layout.theme.unit,
            pages.enumerated().map { room($0, of: pages.count) / Double($1.count) }.min()!)
        for (page, range) in pages.enumerated() {
            if page > 0 { canvas.newPage() }
            layout.drawPage(
                rows: layout.rows[range], page: page, pageCount: pages.count, rowHeight: rowHeight, on: canvas)
        }
        return pages.count
    }
}

/// One row of a ranking: an area in the newest window.
struct RankingRow {
    var name: String
    var code: Int?
    /// From the summary; `nil` without a value.
    var rank: Int?
    var value: Double?
    var change: Double?
    var targetMet: Bool?
    /// The newest window's summary row, which says who reported.
    var summaryRow: SummaryRow?
}

/// The columns of a ranking, the same on every page: rank, name (wrapped), bars with their
/// values, the change.
struct RankingLayout {
    let chart: RankingChart
    let theme: ChartTheme
    let titles: ChartTitles
    let formatter: ValueFormatter
    let axis: ValueAxis
    let target: TargetLine?
    /// Best first; areas without a value in the newest window last.
    let rows: [RankingRow]
    let minimumRowHeight: Double

    /// Ranks and names.
    let rowStyle: TextStyle
    let nameStyle: TextStyle
    let valueStyle: TextStyle
    let changeStyle: TextStyle
    let missingText: String
    let changeHeader: String?
    let rankWidth: Double
    let nameWidth: Double
    let valueWidth: Double
    /// Zero when there is no previous window to compare with.
    let changeWidth: Double
    let hasNegative: Bool

    init(chart: RankingChart, canvas: Canvas) {
        self.chart = chart
        let options = chart.options
        let series = chart.series
        let newest = series.windows.count - 1
        let definition = series.definition
        // A count is sorted largest first, whichever way is better: it is no ranking.
        let direction = definition.isRankable ? definition.direction : .higher
        rows = zip(series.areas, series.areaNames(in: options.language, digits: options.digits)).map { area, name in
            let row = area.rows[newest]
            return RankingRow(
                name: name, code: area.code, rank: definition.isRankable ? row?.rank : nil, value: row?.value,
                change: row?.value == nil ? nil : row?.change,
                targetMet: row?.targetMet ?? row?.value.flatMap(definition.meetsTarget),
                summaryRow: row)
        }.sorted { lhs, rhs in
            switch (lhs.value, rhs.value) {
            case (nil, nil): return (lhs.code ?? -1) < (rhs.code ?? -1)
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                let leftRank = lhs.rank ?? .max
                let rightRank = rhs.rank ?? .max
                if leftRank != rightRank { return leftRank < rightRank }
                if left != right { return direction == .higher ? left > right : left < right }
                return (lhs.code ?? -1) < (rhs.code ?? -1)
            }
        }
        let values = rows.compactMap(\.value)
        let range = (values.min() ?? 0)...(values.max() ?? 0)
        let parts = ValueChartParts(definition: series.definition, range: range, size: canvas.size, options: options)
        (theme, formatter, target, axis) = (parts.theme, parts.formatter, parts.target, parts.axis)
        titles = ChartTitles(newestWindowOf: series, scope: chart.scope, options: options, formatter: formatter)
        hasNegative = range.lowerBound < 0

        let theme = self.theme
        let formatter = self.formatter
        let rows = self.rows
        let missingText = LocalizedText(thai: "ไม่มีข้อมูล", english: "no data")(options.language)
        let compact = options.density == .compact
        let valueStyle = theme.valueLabel.with(size: compact ? theme.textSize(14) : nil, weight: .bold)
        let changeStyle = valueStyle.with(weight: .regular, color: theme.colors.mutedText)
        self.missingText = missingText
        self.valueStyle = valueStyle
        self.changeStyle = changeStyle
        // Rows are set in the value labels' type, so that a national ranking stays within what
        // one PNG can hold (928 districts at 1600 wide: about 30,000 pixels).
        let rowStyle = theme.axis.with(size: valueStyle.size)
        self.rowStyle = rowStyle
        rankWidth = rows.map { canvas.measure(chart.rankText($0.rank), style: rowStyle).width }.max()!
        let widestName = rows.map { canvas.measure($0.name, style: rowStyle).width }.max()!
        let content = canvas.size.width - 2 * theme.margin
        nameWidth = min(widestName + 1, content * 0.28)
        let nameStyle = rowStyle.with(alignment: .trailing, wrapWidth: nameWidth)
        self.nameStyle = nameStyle
        valueWidth = (rows.compactMap { Self.valueText($0, formatter: formatter) } + [missingText])
            .map { canvas.measure($0, style: valueStyle).width }.max()!
        let changes = rows.compactMap { $0.change.map { formatter.changeWithVerdict($0) } }
        if series.windows.count >= 2 {
            let previous = series.shortLabel(newest - 1, calendar: options.calendar)
            // "เทียบไตรมาส 3/2569", but "เทียบ พ.ย. 68–ม.ค. 69" before an abbreviation or a year.
            let spaced = series.periods != .windows || series.windows[newest - 1].fiscalQuarter == nil
            let header = LocalizedText(thai: "เทียบ" + (spaced ? " " : "") + previous, english: "vs \(previous)")(
                options.language)
            changeHeader = header
            changeWidth = (changes + [header]).map { canvas.measure($0, style: changeStyle).width }.max()!
        } else {
            changeHeader = nil
            changeWidth = 0
        }
        let tallestName = rows.map { canvas.measure($0.name, style: nameStyle).height }.max()!
        let lineHeight = canvas.measure("ก", style: valueStyle).height
        // Compact rows are as tall as their text needs, with a little air.
        let floor = compact ? 0 : RankingChart.minimumRowHeight * theme.unit
        minimumRowHeight = max(floor, tallestName + theme.unit, lineHeight + theme.unit)
    }

    /// A bar's label: the value with ✓ or ✗ against a target, and who reported when not every
    /// district did ("8.2% ✓ · 3/4 อำเภอ"); `nil` without a value.
    private static func valueText(_ row: RankingRow, formatter: ValueFormatter) -> String? {
        row.value.map { value in
            [formatter.label(value, met: row.targetMet), row.summaryRow.flatMap { formatter.reportingNote($0) }]
                .compactMap { $0 }.joined(separator: " · ")
        }
    }

    private var legend: [ChartFrame.LegendEntry] {
        guard let label = titles.targetLabel else { return [] }
        return TargetMark.legendEntries(language: chart.options.language, colors: theme.colors)
            + [.init(label: label, color: theme.colors.target, dashed: true)]
    }

    private func frame(page: Int, pageCount: Int) -> ChartFrame {
        let options = chart.options
        var subtitle = titles.subtitle
        if pageCount > 1 {
            let pageLabel = options.digits.apply(
                to: LocalizedText(
                    thai: "หน้า \(page + 1)/\(pageCount)",
                    english: "page \(page + 1) of \(pageCount)")(options.language))
            subtitle += (subtitle.isEmpty ? "" : " · ") + pageLabel
        }
        return ChartFrame(
            title: page == 0 ? titles.title : titles.continuedTitle(in: options.language), subtitle: subtitle,
            legend: legend,
            asOfLine: titles.asOfLine, sourceLine: options.sourceLine(page: page))
    }

    /// The height of the band above the rows: tick labels, the target's label, the unit and
    /// the change column's header.
    private func bandHeight(on canvas: Canvas) -> Double {
        var heights = [axis.labelHeight(on: canvas)]
        if let target { heights.append(target.labelSize(on: canvas).height) }
        if let unit = formatter.unitLabel { heights.append(canvas.measure(unit, style: theme.axis).height) }
        if let changeHeader { heights.append(canvas.measure(changeHeader, style: changeStyle).height) }
        return heights.max()! + theme.gap / 2
    }

    /// Where page `page`'s rows may go: below the frame's header and the axis band.
    func rowsArea(page: Int, pageCount: Int, on canvas: Canvas) -> Rect {
        let area = frame(page: page, pageCount: pageCount).draw(
            on: MeasuringCanvas(size: canvas.size, measuringWith: canvas), theme: theme)
        return area.inset(top: bandHeight(on: canvas))
    }

    /// Draws one page: the frame, the axis band, and `rows` below it, each `rowHeight` high, or
    /// (`nil`) sharing the canvas's height, up to `RankingChart.maximumRowHeight` each.
    func drawPage(
        rows pageRows: ArraySlice<RankingRow>, page: Int, pageCount: Int, rowHeight: Double?, on canvas: Canvas
    ) {
        let area = frame(page: page, pageCount: pageCount).draw(on: canvas, theme: theme)
        let band = Rect(x: area.minX, y: area.minY, width: area.width, height: bandHeight(on: canvas))
        let rowsTop = band.maxY
        let rowHeight =
            rowHeight
            ?? min(
                (area.maxY - rowsTop) / Double(max(1, pageRows.count)),
                max(minimumRowHeight, RankingChart.maximumRowHeight * theme.unit))
        let rowsBottom = rowsTop + rowHeight * Double(pageRows.count)

        let nameLeft = area.minX + rankWidth + theme.gap
        let barLeft = nameLeft + nameWidth + theme.gap + (hasNegative ? valueWidth + theme.gap / 2 : 0)
        let changeLeft = area.maxX - changeWidth
        let barRight = changeLeft - (changeWidth > 0 ? theme.gap * 1.5 : 0) - valueWidth - theme.gap / 2
        let zeroX = axis.x(0, left: barLeft, right: barRight)

        canvas.group("stripes") {
            for offset in 0..<pageRows.count where offset % 2 == 1 {
                canvas.fill(
                    .rectangle(
                        Rect(
                            x: area.minX, y: rowsTop + Double(offset) * rowHeight, width: area.width, height: rowHeight)
                    ),
                    color: theme.colors.stripe)
            }
        }

        // The band: unit on the left, the change column's header on the right, the target's
        // label over its line, tick labels where they do not collide with those.
        var taken: [Rect] = []
        canvas.group("band") {
            if let unit = formatter.unitLabel {
                let size = canvas.measure(unit, style: theme.axis)
                taken.append(
                    canvas.draw(
                        unit, style: theme.axis, at: Point(x: area.minX, y: band.maxY - theme.gap / 2 - size.height)))
            }
            if let changeHeader {
                let size = canvas.measure(changeHeader, style: changeStyle)
                taken.append(
                    canvas.draw(
                        changeHeader, style: changeStyle,
                        at: Point(x: area.maxX - size.width, y: band.maxY - theme.gap / 2 - size.height)))
            }
        }
        let targetX = target.map { axis.x($0.value, left: barLeft, right: barRight) }
        if let target, let targetX {
            canvas.group("target-label") {
                let size = target.labelSize(on: canvas)
                let x = min(max(targetX - size.width / 2, area.minX), area.maxX - size.width)
                taken.append(target.drawLabel(at: Point(x: x, y: band.maxY - theme.gap / 2 - size.height), on: canvas))
            }
        }
        let labelRow = Rect(x: area.minX, y: band.minY, width: area.width, height: band.height - theme.gap / 2)
        axis.drawAcross(
            on: canvas, left: barLeft, right: barRight, top: rowsTop, bottom: rowsBottom, labelRow: labelRow,
            avoiding: taken)
        // The target line under the bars; value labels knock it out where they cross it.
        if let target, let targetX {
            canvas.group("target") {
                target.stroke(from: Point(x: targetX, y: rowsTop), to: Point(x: targetX, y: rowsBottom), on: canvas)
            }
        }

        canvas.group("rows") {
            for (offset, row) in pageRows.enumerated() {
                let top = rowsTop + Double(offset) * rowHeight
                let middle = top + rowHeight / 2
                let rank = chart.rankText(row.rank)
                if !rank.isEmpty {
                    let rankSize = canvas.measure(rank, style: rowStyle)
                    canvas.draw(
                        rank, style: rowStyle,
                        at: Point(x: nameLeft - theme.gap - rankSize.width, y: middle - rankSize.height / 2))
                }
                let nameSize = canvas.measure(row.name, style: nameStyle)
                canvas.draw(row.name, style: nameStyle, at: Point(x: nameLeft, y: middle - nameSize.height / 2))

                guard let value = row.value else {
                    let size = canvas.measure(missingText, style: changeStyle)
                    canvas.draw(
                        missingText, style: changeStyle,
                        at: Point(x: zeroX + theme.gap / 2, y: middle - size.height / 2))
                    continue
                }
                let endX = axis.x(value, left: barLeft, right: barRight)
                let thickness = min(rowHeight * 0.62, 34 * theme.unit)
                let bar = Rect(
                    x: min(zeroX, endX), y: middle - thickness / 2, width: abs(endX - zeroX), height: thickness)
                let color = row.targetMet.map { $0 ? theme.colors.met : theme.colors.missed } ?? theme.colors.neutral
                canvas.group("bar") { canvas.fill(.rectangle(bar), color: color) }
                let text = Self.valueText(row, formatter: formatter)!
                let size = canvas.measure(text, style: valueStyle)
                let x = value < 0 ? bar.minX - theme.gap / 2 - size.width : bar.maxX + theme.gap / 2
                let knockout = min(size.height, rowHeight)
                canvas.group("knockout") {
                    canvas.fill(
                        .rectangle(
                            Rect(
                                x: x - theme.unit * 2, y: middle - knockout / 2, width: size.width + theme.unit * 4,
                                height: knockout)),
                        color: offset % 2 == 1 ? theme.colors.stripe : theme.colors.background)
                }
                canvas.draw(text, style: valueStyle, at: Point(x: x, y: middle - size.height / 2))
                if let change = row.change {
                    let text = formatter.changeWithVerdict(change)
                    let size = canvas.measure(text, style: changeStyle)
                    canvas.draw(
                        text, style: changeStyle, at: Point(x: area.maxX - size.width, y: middle - size.height / 2))
                }
            }
        }
    }
}
