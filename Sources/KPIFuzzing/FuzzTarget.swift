import KPICore

/// What a fuzz target feeds its bytes to: the CSV reader alone, one dataset kind's whole path
/// (reader, decoder, checks, summary), or the workbook reader.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case csvReader = "csv-reader"
    case womensFund = "womens-fund"
    case otopSales = "otop-sales"
    case bmn
    case kkcj
    case indicatorValues = "indicator-values"
    case xlsx

    /// The dataset kind whose decoder the target drives, or `nil` for the readers.
    public var kind: DatasetKind? { DatasetKind(rawValue: rawValue) }

    /// The name the input file is given, which the errors must name.
    var inputName: String { self == .xlsx ? "input.xlsx" : "input.csv" }
}
