import KPICore

extension ChartTitles {
    /// The titles of a chart of `series`'s newest window compared with the one before (a
    /// ranking): "ไตรมาส 4/2569 (ก.ค.–ก.ย. 69) · เป้าหมาย: … · ▲▼ เทียบกับไตรมาส 3/2569 · ไม่มีข้อมูล 65 จังหวัด".
    init(newestWindowOf series: IndicatorSeries, scope: ChartScope, options: ChartOptions, formatter: ValueFormatter) {
        let language = options.language
        let windows = series.windows
        let previous = windows.count >= 2 ? windows[windows.count - 2] : nil
        let comparison = previous.map { previous in
            let label = options.calendar.windowShortLabel(previous)
            // "เทียบกับไตรมาส 3/2569", but "เทียบกับ พ.ย. 68–ม.ค. 69" before an abbreviation.
            return language == .thai ? "▲▼ เทียบกับ" + (previous.fiscalQuarter == nil ? " " : "") + label : "▲▼ change from \(label)"
        }
        self.init(subject: series.definition.name(in: language), scope: scope, windows: [windows.last!],
                  targetLabel: Self.targetLabel(series.definition, formatter: formatter, language: language),
                  notes: [comparison, scope.noDataNote(present: series.areas.map(\.code), language: language, digits: options.digits)]
                      .compactMap { $0 }, dataAsOf: series.dataAsOf, options: options)
    }

    /// The title of a page after the first: "… (ต่อ)" / "… (continued)".
    func continuedTitle(in language: Language) -> String {
        title + (language == .thai ? " (ต่อ)" : " (continued)")
    }
}
