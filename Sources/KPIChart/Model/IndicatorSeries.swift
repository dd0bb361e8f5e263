import KPICore

/// One indicator at one level, from a summary: each area's rows across the windows. What every
/// chart draws from.
public struct IndicatorSeries: Sendable {
    /// One area's rows, one per window (`nil` = no row in that window).
    public struct AreaSeries: Sendable {
        /// The area's code (a zone's number); `nil` for the nation.
        public var code: Int?
        /// The area's Thai name.
        public var nameThai: String
        /// The area's English name.
        public var nameEnglish: String
        /// The area's row in each window, oldest first; `nil` where it has none.
        public var rows: [SummaryRow?]

        /// The area's name in `language`.
        public func name(in language: Language) -> String { language == .thai ? nameThai : nameEnglish }
        /// The values per window.
        public var values: [Double?] { rows.map { $0?.value } }
        /// The newest window's row.
        public var newest: SummaryRow? { rows.last ?? nil }
    }

    /// What the series' columns are.
    public enum Periods: Sendable, Equatable {
        /// 3-month windows.
        case windows
        /// Survey years of an annual indicator (`Summary.SurveyYears`); `newestInProgress` when
        /// the newest year still has records dated in the as-of window (still being collected).
        case surveyYears(newestInProgress: Bool)
    }

    /// The indicator drawn.
    public let definition: IndicatorDefinition
    /// The level of the areas.
    public let level: AreaLevel
    /// The windows compared, oldest first (for survey years, the window each year is read at).
    public let windows: [Window]
    /// The areas with at least one value, by code.
    public let areas: [AreaSeries]
    /// Whether the columns are 3-month windows or survey years.
    public let periods: Periods

    /// The series of `indicatorID` at `level` in `summary`, or `nil` when it has no value there.
    public init?(summary: Summary, indicatorID: String, level: AreaLevel) {
        self.init(
            rows: summary.rows, windows: summary.windows, indicators: summary.indicators, indicatorID: indicatorID,
            level: level)
    }

    /// What a chart or a briefing compares for `indicatorID`: an annual indicator's survey years,
    /// a flow's windows with the same window a year before the newest (seasonal sales compare
    /// with last year's quarter too) when it is not among them, or the windows. Falls back to
    /// the windows for a summary made without `BriefingComparisons`.
    public init?(comparisonOf summary: Summary, indicatorID: String, level: AreaLevel) {
        guard let definition = summary.indicators.first(where: { $0.id == indicatorID }),
            let newest = summary.windows.last
        else { return nil }
        if definition.cadence == .annual, !summary.surveyYears.windows.isEmpty {
            let years = summary.surveyYears
            let rows = years.rows.filter { $0.indicatorID == indicatorID && $0.level == level }
            let inProgress = rows.contains {
                $0.window == newest && ($0.dataAsOf.map { $0 >= newest.firstDay } ?? false)
            }
            // Survey years before the first with any value are left out (a trend of 8 years of
            // which the data has 3).
            let windows = Array(
                years.windows.drop { window in !rows.contains { $0.window == window && $0.value != nil } })
            self.init(
                rows: rows, windows: windows.isEmpty ? years.windows : windows, indicators: [definition],
                indicatorID: indicatorID, level: level,
                periods: .surveyYears(newestInProgress: inProgress))
        } else if definition.kind == .flow, !summary.windows.contains(newest.yearEarlier),
            summary.yearEarlier.contains(where: { $0.indicatorID == indicatorID })
        {
            self.init(
                rows: summary.rows + summary.yearEarlier, windows: [newest.yearEarlier] + summary.windows,
                indicators: [definition], indicatorID: indicatorID, level: level)
        } else {
            self.init(summary: summary, indicatorID: indicatorID, level: level)
        }
    }

    private init?(
        rows allRows: [SummaryRow], windows: [Window], indicators: [IndicatorDefinition], indicatorID: String,
        level: AreaLevel, periods: Periods = .windows
    ) {
        guard let definition = indicators.first(where: { $0.id == indicatorID }) else { return nil }
        let rows = allRows.filter { $0.level == level && $0.indicatorID == indicatorID }
        let windowIndex = Dictionary(windows.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var areas: [Int: AreaSeries] = [:]
        for row in rows {
            guard let index = windowIndex[row.window] else { continue }
            let key = row.areaCode ?? -1
            var area =
                areas[key]
                ?? AreaSeries(
                    code: row.areaCode, nameThai: row.areaNameThai, nameEnglish: row.areaNameEnglish,
                    rows: Array(repeating: nil, count: windows.count))
            area.rows[index] = row
            areas[key] = area
        }
        let present = areas.values.filter { $0.values.contains { $0 != nil } }.sorted {
            ($0.code ?? -1) < ($1.code ?? -1)
        }
        guard !present.isEmpty else { return nil }
        self.definition = definition
        self.level = level
        self.windows = windows
        self.areas = present
        self.periods = periods
    }

    /// The short label of column `index`: "ไตรมาส 3/2569", "ปี 2568", "ปี 2569 (ระหว่างสำรวจ)".
    public func shortLabel(_ index: Int, calendar: CalendarFormatter) -> String {
        guard case .surveyYears(let inProgress) = periods else { return calendar.windowShortLabel(windows[index]) }
        let year = calendar.surveyYear(windows[index])
        guard inProgress, index == windows.count - 1 else { return year }
        return year + LocalizedText(thai: " (ระหว่างสำรวจ)", english: " (in progress)")(calendar.language)
    }

    /// The full label of column `index`: the window with its months, or the survey year with the
    /// date its data is as of ("ปี 2569 ณ 30 เมษายน 2569"; an earlier year's figure is final).
    public func label(_ index: Int, calendar: CalendarFormatter) -> String {
        guard case .surveyYears = periods else { return calendar.windowLabel(windows[index]) }
        guard index == windows.count - 1 else { return shortLabel(index, calendar: calendar) }
        let asOf = areas.compactMap { $0.rows[index]?.dataAsOf }.max() ?? windows[index].lastDay
        let date = calendar.date(asOf)
        return shortLabel(index, calendar: calendar)
            + LocalizedText(thai: " ณ \(date)", english: " as of \(date)")(calendar.language)
    }

    /// The areas' labels in `language` and `digits`, in `areas` order (`AreaLabels`: a district
    /// whose name another of the series shares gets its province).
    public func areaNames(in language: Language, digits: DigitStyle = .arabic, geography: Geography = .bundled)
        -> [String]
    {
        AreaLabels.labels(
            names: areas.map { $0.name(in: language) }, codes: areas.map(\.code), level: level, language: language,
            digits: digits, geography: geography)
    }

    /// The latest date any value is as of.
    public var dataAsOf: CivilDate? {
        areas.flatMap { $0.rows.compactMap { $0?.dataAsOf } }.max()
    }

    /// The largest and smallest value of any area and window.
    public var valueRange: ClosedRange<Double>? {
        let values = areas.flatMap { $0.values.compactMap { $0 } }
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }
}
