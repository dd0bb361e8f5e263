/// The latest months of one dataset kind of the input, over all its files: what the default
/// as-of month is chosen from.
public struct DatasetMonths: Sendable, Equatable {
    /// The dataset kind.
    public var kind: DatasetKind
    /// The latest month with data.
    public var latest: YearMonth?
    /// The latest month of the records that come every round (monthly or quarterly); `nil` when
    /// all are annual (`bmn`, or `indicator-values` of annual indicators only).
    public var latestPeriodic: YearMonth?

    /// The months of `kind`'s input.
    package init(kind: DatasetKind, latest: YearMonth?, latestPeriodic: YearMonth?) {
        self.kind = kind
        self.latest = latest
        self.latestPeriodic = latestPeriodic
    }
}
