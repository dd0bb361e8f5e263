import KPICore

extension ChartTitles {
    /// The titles of a chart of `series`'s newest window compared with the one before (a
    /// ranking): "ไตรมาส 4/2569 (ก.ค.–ก.ย. 69) · เป้าหมาย: … · ▲▼ เทียบกับไตรมาส 3/2569".
    init(newestWindowOf series: IndicatorSeries, scope: ChartScope, options: ChartOptions, formatter: ValueFormatter) {
        let language = options.language
        let count = series.windows.count
        let comparison = count >= 2 ? Optional(count - 2).map { previous in
            let label = series.shortLabel(previous, calendar: options.calendar)
            // "เทียบกับไตรมาส 3/2569", but "เทียบกับ พ.ย. 68–ม.ค. 69" before an abbreviation.
            let spaced = series.periods != .windows || series.windows[previous].fiscalQuarter == nil
            return language == .thai ? "▲▼ เทียบกับ" + (spaced ? " " : "") + label : "▲▼ change from \(label)"
        } : nil
        self.init(subject: series.definition.name(in: language), scope: scope, periodLabels: [series.label(count - 1, calendar: options.calendar)],
                  targetLabel: Self.targetLabel(series.definition, formatter: formatter, language: language),
                  notes: comparison.map { [$0] } ?? [], dataAsOf: series.dataAsOf, options: options)
    }

    /// The title of a page after the first: "… (ต่อ)" / "… (continued)".
    func continuedTitle(in language: Language) -> String {
        title + (language == .thai ? " (ต่อ)" : " (continued)")
    }
}
