/// A day of the Gregorian calendar, with its year in the Common Era.
///
/// Dates are kept as plain numbers so that they compare, hash and sort fast; the Buddhist Era
/// appears only when a date is parsed from or formatted into Thai.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Common Era year, e.g. 2024.
    public let year: Int
    /// Month of the year, 1 (January) to 12 (December).
    public let month: Int
    /// Day of the month, from 1.
    public let day: Int

    /// The date, or `nil` when the day does not exist (month 13, 31 April, 29 February 2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
            day <= YearMonth.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The month this date falls in.
    public var yearMonth: YearMonth { YearMonth(year: year, month: month)! }

    /// Whether this is the last day of its month.
    public var isLastDayOfMonth: Bool { day == YearMonth.daysInMonth(year: year, month: month) }

    /// Days since 1970-01-01 (negative before it), for arithmetic and compact storage.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date with the given `dayNumber`.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Whether `lhs` is the earlier date.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return "\(zeroPadded(year, 4))-\(zeroPadded(month, 2))-\(zeroPadded(day, 2))"
        }
        // Written as bytes: a summary writes three dates a row, and interpolation cost most of it.
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ value: Int, digits: Int, at end: Int) {
                var rest = value
                for index in stride(from: end, to: end &- digits, by: -1) {
                    text[index] = UInt8(ascii: "0") &+ UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 3)
            put(month, digits: 2, at: 6)
            put(day, digits: 2, at: 9)
            text[4] = UInt8(ascii: "-")
            text[7] = UInt8(ascii: "-")
            return 10
        }
    }
}

/// `value` in decimal with leading zeros up to `width` digits.
func zeroPadded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
