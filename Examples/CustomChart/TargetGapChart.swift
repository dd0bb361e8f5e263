import KPIChart
import KPICore

/// Each area's value in one window as a bar, coloured met or missed against the indicator's
/// target, inside the frame every chart of the library has (title, legend, as-of date, source).
/// It fits any size, so the size rule is the protocol's: the size asked for (`options.size`).
struct TargetGapChart: Chart {
    let rows: [SummaryRow]
    let definition: IndicatorDefinition
    let options: ChartOptions

    func draw(on canvas: any Canvas) {
        let theme = ChartTheme(size: canvas.size, options: options)
        let colors = theme.colors
        let calendar = options.calendar
        let values = rows.compactMap(\.value) + [definition.target ?? 0]
        let scale = NiceScale(covering: 0...(values.max() ?? 0))
        let formatter = ValueFormatter(
            definition: definition, largest: scale.upper, language: options.language, digits: options.digits)
        let frame = ChartFrame(
            title: definition.name(in: options.language),
            subtitle: rows.first.map { calendar.windowLabel($0.window) } ?? "",
            legend: [
                .init(label: TargetMark.label(met: true, language: options.language), color: colors.met),
                .init(label: TargetMark.label(met: false, language: options.language), color: colors.missed),
                .init(label: targetWords(formatter), color: colors.target, dashed: true),
            ],
            asOfLine: rows.compactMap(\.dataAsOf).max().map(calendar.dataAsOf) ?? "", sourceLine: options.sourceLine)
        let plot = frame.draw(on: canvas, theme: theme)

        // Areas are named as every chart names them: two districts of one name get their provinces.
        let names = AreaLabels.labels(
            names: rows.map { $0.areaName(in: options.language) }, codes: rows.map(\.areaCode),
            level: .district, language: options.language, digits: options.digits)
        let left = plot.minX + 160
        let right = plot.maxX - 60
        let rowHeight = plot.height / Double(max(rows.count, 1))
        // The target first, so that bars and labels lie over it.
        if let target = definition.target {
            let x = scale.position(target, from: left, to: right)
            canvas.stroke(
                .line(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY)), color: colors.target, width: 2,
                dash: [8, 4])
        }
        for (index, row) in rows.enumerated() {
            let top = plot.minY + Double(index) * rowHeight
            let name = names[index]
            let nameSize = canvas.measure(name, style: theme.axis)
            canvas.draw(
                name, style: theme.axis,
                at: Point(x: left - 10 - nameSize.width, y: top + (rowHeight - nameSize.height) / 2))
            guard let value = row.value else { continue }  // a missing value stays missing: no bar
            let end = scale.position(value, from: left, to: right)
            let color =
                switch definition.meetsTarget(value) {
                case true?: colors.met
                case false?: colors.missed
                case nil: colors.neutral
                }
            canvas.fill(
                .rectangle(Rect(x: left, y: top + rowHeight * 0.2, width: end - left, height: rowHeight * 0.6)),
                color: color)
            let label = formatter.label(value, met: definition.meetsTarget(value))
            let labelSize = canvas.measure(label, style: theme.valueLabel)
            let labelBox = Rect(
                x: end + 6, y: top + (rowHeight - labelSize.height) / 2, width: labelSize.width,
                height: labelSize.height)
            canvas.fill(.rectangle(labelBox), color: colors.background)  // the target line does not cross the text
            canvas.draw(label, style: theme.valueLabel, at: Point(x: labelBox.minX, y: labelBox.minY))
        }
    }

    /// "เป้าหมาย: ต่ำกว่า 10.0%", "Target: at least 80.0%", by the indicator's direction.
    private func targetWords(_ formatter: ValueFormatter) -> String {
        guard let target = definition.target else { return "" }
        let thai = options.language == .thai
        switch definition.direction {
        case .lower: return (thai ? "เป้าหมาย: ต่ำกว่า " : "Target: below ") + formatter.label(target)
        case .higher: return (thai ? "เป้าหมาย: ไม่น้อยกว่า " : "Target: at least ") + formatter.label(target)
        }
    }
}
