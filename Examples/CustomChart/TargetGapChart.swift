import KPIChart
import KPICore

/// Each district's newest value as a bar against its indicator's target: met or missed.
struct TargetGapChart {
    let rows: [SummaryRow]
    let definition: IndicatorDefinition
    let colors = ChartColors.standard

    func draw(on canvas: Canvas) {
        let values = rows.compactMap(\.value)
        let scale = NiceScale(covering: 0...(values.max() ?? 0))
        let formatter = ValueFormatter(definition: definition, largest: scale.upper, language: .thai, digits: .arabic)
        let nameStyle = TextStyle(size: 14, color: colors.text)
        let left = 160.0, right = canvas.size.width - 60, rowHeight = (canvas.size.height - 40) / Double(max(rows.count, 1))
        canvas.fill(.rectangle(Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)), color: colors.background)
        // The target first, so that bars and labels lie over it.
        if let target = definition.target {
            let x = scale.position(target, from: left, to: right)
            canvas.stroke(.line(from: Point(x: x, y: 10), to: Point(x: x, y: canvas.size.height - 10)),
                          color: colors.target, width: 2, dash: [8, 4])
        }
        for (index, row) in rows.enumerated() {
            let top = 20 + Double(index) * rowHeight
            let name = row.areaName(in: .thai)
            let nameSize = canvas.measure(name, style: nameStyle)
            canvas.draw(name, style: nameStyle, at: Point(x: left - 10 - nameSize.width, y: top + (rowHeight - nameSize.height) / 2))
            guard let value = row.value else { continue }  // a missing value stays missing: no bar
            let end = scale.position(value, from: left, to: right)
            let color = switch definition.meetsTarget(value) {
                case true?: colors.met
                case false?: colors.missed
                case nil: colors.neutral
            }
            canvas.fill(.rectangle(Rect(x: left, y: top + rowHeight * 0.2, width: end - left, height: rowHeight * 0.6)), color: color)
            canvas.draw(formatter.label(value), style: nameStyle, at: Point(x: end + 6, y: top + (rowHeight - nameSize.height) / 2))
        }
    }
}
