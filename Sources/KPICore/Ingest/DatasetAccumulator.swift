/// What identifies a record within its dataset: an id unique within one snapshot or survey year.
package struct RecordIdentity {
    /// The snapshot's day number, the month, or the survey year: duplicates are looked for within one.
    package var partition: Int
    package var fingerprint: UInt64
}

/// The part of ingest that knows one dataset kind: how a record is decoded and checked, what it
/// adds to the totals, and which indicators the totals give per window.
///
/// One accumulator is made per chunk of a file; the chunks' accumulators are merged in file order.
package protocol DatasetAccumulator {
    /// A decoded, valid record.
    associatedtype Row
    /// The kind's contract columns, by which the accumulator finds its fields.
    associatedtype ColumnName: ContractColumn

    /// The dataset kind this accumulator reads.
    static var kind: DatasetKind { get }

    /// An accumulator for a file whose columns are at `columns`.
    init(columns: RecordColumns<ColumnName>, geography: Geography, catalog: IndicatorCatalog)

    /// Decodes and checks `record`, or says which column is wrong.
    mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row

    /// The row's identity for the duplicate check, or `nil` if the kind has none.
    func identity(of row: Row, in record: CSVRecord) -> RecordIdentity?

    /// The duplicate error's column and wording ("loan_id 'L-1' in snapshot 2024-06-30").
    func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String)

    /// Adds a valid row (from `file`, starting on `line`) to the totals.
    mutating func add(_ row: Row, file: String, line: Int)

    /// Adds the totals of a later chunk or file.
    mutating func merge(_ later: Self)

    /// Adds `delta` to every line the accumulator keeps (see `CSVRecordSink.shiftLines`).
    mutating func shiftLines(by delta: Int)

    /// Errors that involve several rows and can only be seen once all are read (e.g. a
    /// province-level figure that clashes with district figures).
    func crossRecordErrors() -> [(error: RowError, category: String)]

    /// The latest month with data: the default as-of month when the input holds annual data only.
    var latestMonth: YearMonth? { get }

    /// The latest month of the records that come every round (monthly or quarterly), `nil` when
    /// all are annual: the default as-of month waits for it, never for annual data.
    var latestPeriodicMonth: YearMonth? { get }

    /// Which partitions a computation over `windows` uses: duplicate ids matter to it only there.
    func partitionsUsed(by windows: [Window]) -> (Int) -> Bool

    /// The observations of each indicator of this kind, per area, for each of `windows`.
    func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations]

    /// The observations for `windows` read as survey years (`Summary.SurveyYears`): an annual
    /// indicator's value in each window's year (the B.E. year of its last day) up to that day.
    func observations(surveyYearsOf windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations]
}

extension DatasetAccumulator {
    package func crossRecordErrors() -> [(error: RowError, category: String)] { [] }

    /// For the kinds that keep no line: their lines go to the errors of `decode` alone.
    package mutating func shiftLines(by delta: Int) {}

    /// `latestMonth`, for the kinds whose records all come every round.
    package var latestPeriodicMonth: YearMonth? { latestMonth }

    /// The windows' own observations, for the kinds whose windows already read a survey year
    /// (จปฐ.) or that hold no annual indicator.
    package func observations(surveyYearsOf windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        observations(windows: windows, catalog: catalog)
    }
}
