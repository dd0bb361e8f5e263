/// The as-of month of a summary (its newest window ends in it) and how it was chosen, so that a
/// command can say which month it used when none was given.
public struct AsOfChoice: Sendable, Equatable {
    /// How the month was chosen.
    public enum Basis: Sendable, Equatable {
        /// Given by the caller (`--as-of`).
        case given
        /// The default: the last month of the latest Thai fiscal quarter that every periodic
        /// dataset covers, so that every round-by-round indicator has its whole newest window.
        case latestQuarterCovered
        /// The default for input of annual data only: the latest month present.
        case latestAnnualMonth
    }

    /// The as-of month: the newest window ends in it.
    public let month: YearMonth
    /// How it was chosen.
    public let basis: Basis
    /// Each dataset kind of the input with its latest months, in `DatasetKind` order.
    public let datasets: [DatasetMonths]

    /// Months after the as-of month within which output issued is still current.
    public static let currentMonths = 6

    /// `given`, or else the data contract's default over `datasets`: the latest quarter-end
    /// month not after any periodic dataset's latest month; annual data never holds it back, and
    /// decides it only when there is nothing else (its latest month). `nil` when nothing is given
    /// and no dataset has data.
    package init?(given: YearMonth?, datasets: [DatasetMonths]) {
        self.datasets = datasets
        if let given {
            (month, basis) = (given, .given)
        } else if let covered = datasets.compactMap(\.latestPeriodic).min() {
            (month, basis) = (FiscalQuarter.latestEnd(notAfter: covered), .latestQuarterCovered)
        } else if let latest = datasets.compactMap(\.latest).max() {
            (month, basis) = (latest, .latestAnnualMonth)
        } else {
            return nil
        }
    }

    /// Whether the as-of month's last day is more than `currentMonths` months before `issued`.
    /// Months are counted from month end to month end: 31 March is exactly 6 months before
    /// 30 September, so output issued on 30 September is current and on 1 October is not.
    public func isStale(issued: CivilDate) -> Bool {
        issued > month.advanced(by: Self.currentMonths).lastDay
    }
}
