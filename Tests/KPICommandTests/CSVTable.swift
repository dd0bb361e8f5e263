import Testing

/// A CSV text that `kpi` wrote, split into its header and rows (the summary has no quoted commas
/// in the columns the tests read).
struct CSVTable {
    let header: [String]
    let rows: [[String]]

    init(_ text: String) {
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        header = lines.first ?? []
        rows = Array(lines.dropFirst())
    }

    /// The field of `row` in the column named `column`.
    func field(_ column: String, of row: [String]) throws -> String {
        let index = try #require(header.firstIndex(of: column), "no \(column) column in \(header)")
        return try #require(row.indices.contains(index) ? row[index] : nil, "a row without a \(column) field")
    }
}
