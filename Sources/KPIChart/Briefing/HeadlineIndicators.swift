import KPICore

/// The indicators a briefing leads with, in the order inspectors ask for them, followed by
/// every other catalog indicator the input holds.
enum HeadlineIndicators {
    /// The Department's headline indicators of the built-in datasets.
    static let leading = [
        "womens-fund.overdue-ratio",
        "otop.sales",
        "bmn.coverage",
        "bmn.pass-rate",
        "kkcj.problem-funds",
    ]

    /// Built-in indicators that are parts or companions of a headline one, not headlines themselves.
    static func isDetail(_ id: String) -> Bool {
        id.hasPrefix("otop.sales.") || id == "womens-fund.outstanding" || id.hasPrefix("bmn.low-income")
            || id == "kkcj.problem-share"
    }

    /// The headline indicators of `summary`, in briefing order.
    static func of(_ summary: Summary) -> [IndicatorDefinition] {
        let present = Dictionary(summary.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let leading = Self.leading.compactMap { present[$0] }
        let others = summary.indicators.filter { !Self.leading.contains($0.id) && !isDetail($0.id) }
        return leading + others
    }
}
