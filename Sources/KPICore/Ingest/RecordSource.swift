/// A table of records from one input file, as the data contract reads it: a CSV file in any of
/// its dialects, or one sheet of an Excel workbook. Every source gives the same records, values
/// and errors as the equivalent UTF-8 comma CSV.
package protocol RecordSource: Sendable {
    /// How errors name the file: its path, and `[SHEET]` after it for a workbook's sheet other
    /// than the first.
    var displayName: String { get }
    /// Header names, in field order: the contract's column name where the header (or a
    /// `ReadOptions.columns` override, or a documented Thai name) gives one, else the name
    /// trimmed and lowercased.
    var header: [String] { get }
    /// Bytes read from the file, for progress.
    var byteCount: Int { get }

    /// Reads every data record into sinks, `makeSink(i)` called on the calling thread before any
    /// reading for part `i` of `chunks`; the sinks come back in order, all records of sink `i`
    /// before those of sink `i + 1`. A record's `line` is where it is in the file as people see
    /// it: the physical line of a CSV file, the row number of a sheet. `progress` gets bytes
    /// read, adding up to `byteCount`. Throws only when the file cannot be read; problems of
    /// records go to the sinks.
    func read<Sink: CSVRecordSink>(
        chunks: Int, progress: (@Sendable (Int) -> Void)?, makeSink: (Int) -> Sink
    ) throws(RowError) -> [Sink]
}

/// How to read input files, beyond what their content tells.
public struct ReadOptions: Sendable, Equatable {
    /// The encoding of CSV files without a byte-order mark.
    public var encoding: TextEncoding
    /// The sheet of a workbook to read; `nil` for the first.
    public var sheet: String?
    /// Contract column name → header name in the files, for headers the contract's and the
    /// documented Thai names do not cover (`--column CONTRACT=HEADER`).
    public var columns: [String: String]

    /// Options that read files as `kpi` does by default: UTF-8, the first sheet, the contract's and
    /// the documented Thai column names.
    public init(encoding: TextEncoding = .utf8, sheet: String? = nil, columns: [String: String] = [:]) {
        self.encoding = encoding
        self.sheet = sheet
        self.columns = columns
    }
}
