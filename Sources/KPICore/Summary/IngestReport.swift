/// What a command read: each file's kind and valid rows, and every invalid record.
public struct IngestReport: Sendable {
    /// One input file.
    public struct FileSummary: Sendable {
        /// The path as given.
        public var path: String
        /// The dataset kind, given or inferred from the header.
        public var kind: DatasetKind
        /// Valid records used.
        public var rows: Int
        /// Records with every field empty, skipped as the contract says.
        public var emptyRowsSkipped: Int
        /// The latest month with data in the file's dataset (over all its files).
        public var latestMonth: YearMonth?
    }

    /// The files in the order given.
    public var files: [FileSummary]
    /// Invalid records of all files.
    public var issues: IngestIssues
    /// The as-of month a summary used and how it was chosen; `nil` for `validate`, which uses none.
    public var asOf: AsOfChoice? = nil

    /// The first errors, in file and line order, as the contract prints them.
    public var firstErrors: [RowError] { issues.firstErrors(fileOrder: files.map(\.path)) }
}

/// A command that cannot write its output because of invalid input (or invalid input that
/// `--skip-invalid` was not given for).
public struct InvalidInput: Error, Sendable {
    /// Every file read and every invalid record.
    public let report: IngestReport
}
