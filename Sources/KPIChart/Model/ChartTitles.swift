import KPICore

/// The words around a chart: title, subtitle with the windows and the target, as-of line.
struct ChartTitles {
    let title: String
    let subtitle: String
    let asOfLine: String
    /// The target as a legend or line label ("เป้าหมาย: ต่ำกว่า 10%"), when there is one.
    let targetLabel: String?

    init(series: IndicatorSeries, scope: ChartScope, options: ChartOptions, formatter: ValueFormatter) {
        let language = options.language
        let calendar = options.calendar
        let definition = series.definition
        title = "\(definition.name(in: language)) — \(scope.description(in: language))"
        let windows = series.windows
        let range = windows.count == 1
            ? calendar.windowLabel(windows[0])
            : "\(calendar.windowLabel(windows.first!)) \(language == .thai ? "ถึง" : "to") \(calendar.windowLabel(windows.last!))"
        targetLabel = definition.target.map { target in
            let value = formatter.label(target)
            switch (language, definition.direction) {
            case (.thai, .lower): return "เป้าหมาย: ต่ำกว่า \(value)"
            case (.thai, .higher): return "เป้าหมาย: ไม่น้อยกว่า \(value)"
            case (.english, .lower): return "Target: below \(value)"
            case (.english, .higher): return "Target: at least \(value)"
            }
        }
        subtitle = ([range] + (targetLabel.map { [$0] } ?? [])).joined(separator: " · ")
        asOfLine = series.dataAsOf.map(calendar.dataAsOf) ?? (language == .thai ? "ข้อมูล ณ วันที่ –" : "Data as of –")
    }
}
