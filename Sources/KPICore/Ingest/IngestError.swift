/// Why the input files could not be read as datasets at all, so that nothing was summarized or
/// checked: a file that cannot be read, that is not a dataset of the contract, that is given
/// twice, or files without a single valid record.
///
/// The other way reading fails is records that break the contract: those are collected, each a
/// `RowError`, and thrown together as `InvalidInput` (or left out with `skipInvalid`).
public struct IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Problem: Equatable, Sendable {
        /// A file cannot be opened or read as a table: it is missing, not a regular file, empty,
        /// a damaged workbook, in an encoding or with line ends the readers refuse, or a
        /// `ReadOptions` column override does not fit its header; or a temporary file the
        /// reading needs could not be written.
        case unreadable
        /// A file's header gives none of the dataset kinds, or lacks a column of the kind given
        /// (or names one twice).
        case notADataset
        /// The same file is given twice, by the same path or by another.
        case givenTwice
        /// No file holds a valid record: there is nothing to summarize.
        case noValidRecords
    }

    /// What kind of failure it is.
    public var problem: Problem
    /// The file, the line (1 when the header is at fault, 0 when the whole file is) and what is
    /// wrong; printed as `FILE:LINE: reason`.
    public var detail: RowError

    /// A failure of kind `problem`, located and explained by `detail`.
    package init(_ problem: Problem, _ detail: RowError) {
        self.problem = problem
        self.detail = detail
    }

    /// `FILE:LINE: reason`, as the data contract prints errors.
    public var description: String { detail.description }
}
