/// Why a date or month field could not be read.
public enum DateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not in any accepted form.
    case malformed(String)
    /// A date with a time of day other than midnight (`00:00:00`).
    case timeOfDay(String)
    /// Well formed, but no such day (31/2/2567, month 13).
    case noSuchDay(String)
    /// An ISO date with a year above 2400: a Buddhist Era year where a Common Era one belongs.
    case buddhistYearInISO(String)
    /// A D/M/YYYY date with a year of 2400 or below: a Common Era year where a Buddhist Era one belongs.
    case commonEraYearInThai(String)
    /// A year outside `DateParser.years` (in its era).
    case yearOutOfRange(String)
    /// An as-of date that is not the last day of its month.
    case notMonthEnd(String)

    /// The problem and the text, for an error message.
    public var description: String {
        switch self {
        case .malformed(let text):
            return
                "'\(text)' is not a date: write YYYY-MM-DD (Common Era), or D/M/YYYY or D MONTH YYYY (Buddhist Era, e.g. 31/10/2567 or 31 ต.ค. 2567)"
        case .timeOfDay(let text):
            return "'\(text)' has a time of day: a date takes none, or a zero time (00:00:00)"
        case .noSuchDay(let text):
            return "'\(text)' is not a day of the calendar"
        case .buddhistYearInISO(let text):
            return
                "'\(text)' has a Buddhist Era year in the ISO form: YYYY-MM-DD and YYYY-MM take a Common Era year (2567 B.E. = 2024), D/M/YYYY a Buddhist Era one"
        case .commonEraYearInThai(let text):
            return
                "'\(text)' has a Common Era year in a Thai form: D/M/YYYY and D MONTH YYYY take a Buddhist Era year (2567 = 2024)"
        case .yearOutOfRange(let text):
            let years = DateParser.years
            return
                "'\(text)' has a year outside \(years.lowerBound)–\(years.upperBound) (B.E. \(years.lowerBound + buddhistEraOffset)–\(years.upperBound + buddhistEraOffset))"
        case .notMonthEnd(let text):
            return "'\(text)' is not a month: give YYYY-MM or the month's last day"
        }
    }
}
