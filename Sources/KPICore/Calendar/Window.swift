/// Three consecutive calendar months: the period an inspection round compares.
public struct Window: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Months in every window.
    public static let length = 3

    /// Last month of the window.
    public let endMonth: YearMonth

    /// The window that ends with `endMonth`.
    public init(endingIn endMonth: YearMonth) { self.endMonth = endMonth }

    /// First month of the window.
    public var startMonth: YearMonth { endMonth.advanced(by: -(Self.length - 1)) }
    /// The window's months, oldest first.
    public var months: ClosedRange<YearMonth> { startMonth...endMonth }
    /// First day of the window.
    public var firstDay: CivilDate { startMonth.firstDay }
    /// Last day of the window.
    public var lastDay: CivilDate { endMonth.lastDay }

    /// Day numbers (`CivilDate.dayNumber`) from the first to the last day.
    public var dayRange: ClosedRange<Int> { firstDay.dayNumber...lastDay.dayNumber }
    /// Month indexes (`YearMonth.index`) of the window's months.
    public var monthRange: ClosedRange<Int> { startMonth.index...endMonth.index }

    /// The fiscal quarter this window is, when it is one (it ends in December, March, June or
    /// September).
    public var fiscalQuarter: FiscalQuarter? {
        FiscalQuarter.endsQuarter(endMonth) ? FiscalQuarter(containing: endMonth) : nil
    }

    /// The same window one year earlier.
    public var yearEarlier: Window { Window(endingIn: endMonth.advanced(by: -12)) }

    /// Whether `month` is one of the window's months.
    public func contains(_ month: YearMonth) -> Bool { months.contains(month) }

    /// The most windows compared at once: ten years of quarters, as far back as a department's
    /// series go, and few enough that every window of a parsed as-of month has a four-digit year.
    public static let maximumCount = 40

    /// `count` consecutive windows back from the one ending in `asOf`, oldest first; `count` is
    /// clamped to 1…`maximumCount`.
    public static func windows(endingIn asOf: YearMonth, count: Int) -> [Window] {
        let count = min(max(count, 1), maximumCount)
        return (0..<count).reversed().map { Window(endingIn: asOf.advanced(by: -$0 * length)) }
    }

    /// Whether `lhs` ends earlier.
    public static func < (lhs: Window, rhs: Window) -> Bool { lhs.endMonth < rhs.endMonth }

    /// `YYYY-MM-DD..YYYY-MM-DD`.
    public var description: String { "\(firstDay)..\(lastDay)" }
}
