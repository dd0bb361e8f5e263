import KPICore

/// The words around a chart: title, subtitle with the windows and the target, as-of line. The
/// options may replace the title and subtitle (`ChartOptions.title`, `.subtitle`), never the as-of line.
struct ChartTitles {
    let title: String
    let subtitle: String
    let asOfLine: String
    /// The target as a legend or line label ("เป้าหมาย: ต่ำกว่า 10%"), when there is one.
    let targetLabel: String?

    /// The titles of a chart of one indicator; the subtitle says how many of the scope's areas
    /// have no data.
    init(series: IndicatorSeries, scope: ChartScope, options: ChartOptions, formatter: ValueFormatter) {
        self.init(
            subject: series.definition.name(in: options.language), scope: scope,
            periodLabels: series.windows.indices.map { series.label($0, calendar: options.calendar) },
            targetLabel: Self.targetLabel(series.definition, formatter: formatter, language: options.language),
            notes: scope.noDataNote(
                present: series.areas.map(\.code), language: options.language, digits: options.digits
            )
            .map { [$0] } ?? [],
            dataAsOf: series.dataAsOf, options: options)
    }

    /// The titles of a chart of `subject` (an indicator's name, "several indicators", a breakdown):
    /// "`subject` — scope" above, the windows, the target and `notes` below, and "ข้อมูล ณ วันที่ …".
    init(
        subject: String, scope: ChartScope, windows: [Window], targetLabel: String? = nil, notes: [String] = [],
        dataAsOf: CivilDate?, options: ChartOptions
    ) {
        self.init(
            subject: subject, scope: scope, periodLabels: windows.map(options.calendar.windowLabel),
            targetLabel: targetLabel,
            notes: notes, dataAsOf: dataAsOf, options: options)
    }

    /// The same, with the periods compared already labelled (windows or survey years), oldest first.
    init(
        subject: String, scope: ChartScope, periodLabels: [String], targetLabel: String? = nil, notes: [String] = [],
        dataAsOf: CivilDate?, options: ChartOptions
    ) {
        let language = options.language
        title = options.title ?? options.digits.apply(to: "\(subject) — \(scope.description(in: language))")
        let range: [String]
        switch periodLabels.count {
        case 0: range = []
        case 1: range = [periodLabels[0]]
        default:
            range = [
                "\(periodLabels.first!) \(LocalizedText(thai: "ถึง", english: "to")(language)) \(periodLabels.last!)"
            ]
        }
        let generated = (range + (targetLabel.map { [$0] } ?? []) + notes).joined(separator: " · ")
        subtitle = ([options.subtitle ?? generated] + (options.caption.map { [$0] } ?? [])).filter { !$0.isEmpty }
            .joined(separator: "\n")
        asOfLine =
            dataAsOf.map(options.calendar.dataAsOf)
            ?? LocalizedText(thai: "ข้อมูล ณ วันที่ –", english: "Data as of –")(language)
        self.targetLabel = targetLabel
    }

    /// "เป้าหมาย: ต่ำกว่า 10%" / "Target: at least 100.0%", or `nil` when `definition` has no target.
    static func targetLabel(_ definition: IndicatorDefinition, formatter: ValueFormatter, language: Language) -> String?
    {
        definition.target.map { target in
            let value = formatter.label(target)
            switch (language, definition.direction) {
            case (.thai, .lower): return "เป้าหมาย: ต่ำกว่า \(value)"
            case (.thai, .higher): return "เป้าหมาย: ไม่น้อยกว่า \(value)"
            case (.english, .lower): return "Target: below \(value)"
            case (.english, .higher): return "Target: at least \(value)"
            }
        }
    }
}
