import Foundation
import KPICore

/// The date a command's output is issued on: the as-of month is checked against it.
struct IssueDate {
    var date: CivilDate
    /// How a warning names it: "the issue date 2026-12-01", "today, 2026-12-03".
    var name: String

    /// A brief's `--issued` date.
    static func given(_ date: CivilDate) -> IssueDate { IssueDate(date: date, name: "the issue date \(date)") }

    /// Today's date where the command runs.
    static func today() -> IssueDate {
        let now = Date()
        let seconds = now.timeIntervalSince1970 + Double(TimeZone.current.secondsFromGMT(for: now))
        let date = CivilDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
        return IssueDate(date: date, name: "today, \(date)")
    }
}
