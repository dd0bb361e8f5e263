/// Everything the library knows of one dataset kind, in one place: its name, its contract
/// columns, the indicators its records give, its names for people, the accumulator that reads
/// it and the generator that writes synthetic files of it.
///
/// Each kind is one type in Datasets/KIND/, listed once in `DatasetRegistry.definitions`;
/// `DatasetKind` and everything it says come from that list.
protocol DatasetDefinition: Sendable {
    /// The contract's columns, one case each, in the contract's order.
    associatedtype Column: ContractColumn
    /// Reads the kind's records, finding its columns by `Column`, so that the two cannot drift.
    associatedtype Accumulator: DatasetAccumulator where Accumulator.ColumnName == Column
    /// Writes synthetic files of the kind (`kpi generate`).
    associatedtype Generator: SyntheticDataset

    /// The kind's name in the contract and on the command line (`womens-fund`).
    static var name: String { get }
    /// The columns that hold money (baht with at most 2 decimals).
    static var moneyColumns: [Column] { get }
    /// The catalog ids of the indicators the kind's records give, which every catalog must declare.
    static var indicatorIDs: [String] { get }
    /// Whether the kind's rows name their indicators (`indicator-values`): it then gives every
    /// catalog indicator that no other kind gives.
    static var givesOtherIndicators: Bool { get }
    /// The dataset's name in Thai ("กองทุนพัฒนาบทบาทสตรี").
    static var nameThai: String { get }
    /// The dataset's name in English ("Women's Development Fund").
    static var nameEnglish: String { get }

    /// The summarizer's first read of `files`, all of this kind (implemented once, in
    /// Pipeline/DatasetDefinition+FirstRead.swift; a requirement so that it is specialised for
    /// each kind).
    static func firstRead(
        _ files: [any RecordSource], by summarizer: Summarizer, progress: (@Sendable (Int) -> Void)?
    ) throws -> Summarizer.Dataset
}

extension DatasetDefinition {
    static var givesOtherIndicators: Bool { false }

    /// The contract names of `Column`, in order.
    static var columnNames: [String] { Column.allCases.map(\.rawValue) }

    /// The money columns' contract names.
    static var moneyColumnNames: [String] { moneyColumns.map(\.rawValue) }

    /// Throws the error on line 1 that reading `header` as this kind would: a contract column
    /// missing or given twice.
    static func checkColumns(of header: [String], file: String) throws(RowError) {
        _ = try RecordColumns<Column>(kind: DatasetKind(Self.self), header: header, file: file)
    }
}
