/// Writes dates and windows the way Thai inspection reports do, or in English.
///
/// Thai text uses Buddhist Era years ("ไตรมาส 3/2567 (เม.ย.–มิ.ย. 67)"); English text uses
/// Common Era years and names the fiscal year by the year it ends ("Q3 FY2024 (Apr–Jun 2024)").
public struct CalendarFormatter: Sendable {
    /// The language of month names and labels.
    public let language: Language
    /// Arabic or Thai digits.
    public let digits: DigitStyle

    /// A formatter in `language` with `digits`.
    public init(language: Language = .thai, digits: DigitStyle = .arabic) {
        self.language = language
        self.digits = digits
    }

    /// "30 มิถุนายน 2567" / "30 June 2024".
    public func date(_ date: CivilDate) -> String {
        digits.apply(to: "\(date.day) \(MonthNames.full(date.month, in: language)) \(year(date.year))")
    }

    /// "ข้อมูล ณ วันที่ 30 มิถุนายน 2567" / "Data as of 30 June 2024": the line every figure carries.
    public func dataAsOf(_ date: CivilDate) -> String {
        switch language {
        case .thai: return "ข้อมูล ณ วันที่ " + self.date(date)
        case .english: return "Data as of " + self.date(date)
        }
    }

    /// "มิ.ย. 2567" / "Jun 2024".
    public func month(_ month: YearMonth) -> String {
        digits.apply(to: "\(MonthNames.abbreviated(month.month, in: language)) \(year(month.year))")
    }

    /// "ไตรมาส 3/2567" / "Q3 FY2024" for a fiscal quarter.
    public func quarter(_ quarter: FiscalQuarter) -> String {
        switch language {
        case .thai: return digits.apply(to: "ไตรมาส \(quarter.quarter)/\(quarter.fiscalYear)")
        case .english: return digits.apply(to: "Q\(quarter.quarter) FY\(quarter.fiscalYearCommonEra)")
        }
    }

    /// The window's months: "เม.ย.–มิ.ย. 67", "พ.ย. 66–ม.ค. 67" / "Apr–Jun 2024", "Nov 2023–Jan 2024".
    public func monthRange(_ window: Window) -> String {
        let start = window.startMonth
        let end = window.endMonth
        let startName = MonthNames.abbreviated(start.month, in: language)
        let endName = MonthNames.abbreviated(end.month, in: language)
        let text: String
        switch language {
        case .thai:
            let endYear = shortYear(end.year)
            text =
                start.year == end.year
                ? "\(startName)–\(endName) \(endYear)"
                : "\(startName) \(shortYear(start.year))–\(endName) \(endYear)"
        case .english:
            text =
                start.year == end.year
                ? "\(startName)–\(endName) \(end.year)"
                : "\(startName) \(start.year)–\(endName) \(end.year)"
        }
        return digits.apply(to: text)
    }

    /// The short label of a window, for table headers and chart axes: the fiscal quarter when the
    /// window is one ("ไตรมาส 3/2567" / "Q3 FY2024"), otherwise its months.
    public func windowShortLabel(_ window: Window) -> String {
        window.fiscalQuarter.map(quarter) ?? monthRange(window)
    }

    /// The full label of a window: "ไตรมาส 3/2567 (เม.ย.–มิ.ย. 67)" / "Q3 FY2024 (Apr–Jun 2024)",
    /// or just the months when the window is not a fiscal quarter.
    public func windowLabel(_ window: Window) -> String {
        guard let fiscalQuarter = window.fiscalQuarter else { return monthRange(window) }
        return "\(quarter(fiscalQuarter)) (\(monthRange(window)))"
    }

    /// The survey year a window reads (the year of its last day): "ปี 2568" / "2025" (an annual
    /// indicator's figure for that year).
    public func surveyYear(_ window: Window) -> String {
        digits.apply(to: language == .thai ? "ปี \(year(window.endMonth.year))" : "\(year(window.endMonth.year))")
    }

    /// A year as written in this language: B.E. in Thai, C.E. in English (digits not yet styled).
    private func year(_ commonEraYear: Int) -> Int {
        language == .thai ? commonEraYear + buddhistEraOffset : commonEraYear
    }

    /// The last two digits of the Buddhist Era year, as Thai month ranges write them ("67").
    private func shortYear(_ commonEraYear: Int) -> String {
        zeroPadded((commonEraYear + buddhistEraOffset) % 100, 2)
    }
}
