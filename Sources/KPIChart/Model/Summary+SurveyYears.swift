import KPICore

extension Summary {
    /// This summary with each annual indicator read at its newest survey year (its value at the
    /// as-of month, its change from the year before) in place of its windows: what a scorecard of
    /// the newest window shows. Itself when it was made without survey years.
    public var annualAtNewestSurveyYear: Summary {
        let annual = Set(indicators.filter { $0.cadence == .annual }.map(\.id))
        guard !annual.isEmpty, let newest = windows.last, !surveyYears.rows.isEmpty else { return self }
        var summary = self
        summary.rows =
            rows.filter { !annual.contains($0.indicatorID) } + surveyYears.rows.filter { $0.window == newest }
        return summary
    }
}
