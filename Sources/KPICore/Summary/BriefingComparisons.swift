/// What a briefing or a chart compares besides the 3-month windows, computed with the summary
/// when asked (`kpi summarize` asks for none: its rows are the contract's).
public struct BriefingComparisons: Sendable, Equatable {
    /// Survey years to compare for annual indicators (the newest included); 0 for none.
    public var surveyYears: Int
    /// For flows, the rows of the same window a year before the newest: seasonal sales are
    /// compared with last year's same quarter as well as with the quarter before.
    public var yearEarlier: Bool

    /// Comparisons of `surveyYears` survey years (0 for none), and of the window a year earlier
    /// when `yearEarlier`.
    public init(surveyYears: Int = 0, yearEarlier: Bool = false) {
        self.surveyYears = surveyYears
        self.yearEarlier = yearEarlier
    }

    /// Nothing besides the windows.
    public static let none = BriefingComparisons()

    /// What an inspection briefing shows: three survey years and last year's same quarter.
    public static let briefing = BriefingComparisons(surveyYears: 3, yearEarlier: true)

    /// The windows whose values are the survey years' figures, oldest first: each earlier
    /// survey year's final value (the window ending in its December, since a window reads the
    /// survey year of its last day's B.E. year), then `newest` for the newest year, at the as-of
    /// month.
    package func surveyYearWindows(endingWith newest: Window) -> [Window] {
        guard surveyYears > 0 else { return [] }
        let year = newest.endMonth.year
        // No more years than windows may be compared (`Window.maximumCount`).
        return (1..<min(surveyYears, Window.maximumCount)).reversed().compactMap { back in
            YearMonth(year: year - back, month: 12).map(Window.init)
        } + [newest]
    }
}
