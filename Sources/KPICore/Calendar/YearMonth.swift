/// A calendar month, such as June 2024.
public struct YearMonth: Hashable, Comparable, Strideable, Sendable, CustomStringConvertible {
    /// Months since January of year 0: one number, so months compare and step cheaply.
    public let index: Int

    /// The month, or `nil` when `month` is not 1 to 12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        index = year * 12 + month - 1
    }

    /// The month with the given `index`.
    public init(index: Int) { self.index = index }

    /// Common Era year.
    public var year: Int { index >= 0 ? index / 12 : (index - 11) / 12 }
    /// Month of the year, 1 to 12.
    public var month: Int { index - year * 12 + 1 }

    /// 1st of the month.
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    /// Last day of the month.
    public var lastDay: CivilDate {
        CivilDate(year: year, month: month, day: Self.daysInMonth(year: year, month: month))!
    }

    /// The month `months` later (earlier when negative).
    public func advanced(by months: Int) -> YearMonth { YearMonth(index: index + months) }
    /// The months from this month to `other` (negative when `other` is earlier).
    public func distance(to other: YearMonth) -> Int { other.index - index }
    /// Whether `lhs` is the earlier month.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

    /// `YYYY-MM`.
    public var description: String { "\(zeroPadded(year, 4))-\(zeroPadded(month, 2))" }

    /// Whether `year` (Common Era) has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in `month` of `year` (Common Era).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
