/// One of the small geography CSV files, read into named columns.
///
/// The tables are the project's own, unquoted and UTF-8 (Datasets/geography); this reader
/// refuses anything else rather than guess.
struct GeographyTable {
    let file: String
    /// Data rows with their physical line numbers (the header is line 1).
    let rows: [(line: Int, fields: [Substring])]
    private let columns: [String: Int]

    init(file: String, text: String, requiredColumns: [String]) throws(GeographyError) {
        self.file = file
        // Split on bytes: splitting the Thai text by `Character` cost most of every run's start.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            Substring($0)
        }
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { throw GeographyError(file: file, line: 1, reason: "empty file") }
        var columns: [String: Int] = [:]
        for (index, name) in Self.fields(of: header).enumerated() {
            columns[name.trimmingSpaces.lowercased()] = index
        }
        for name in requiredColumns where columns[name] == nil {
            throw GeographyError(file: file, line: 1, reason: "missing column \(name)")
        }
        let width = columns.count
        var rows: [(line: Int, fields: [Substring])] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            guard !line.utf8.contains(UInt8(ascii: "\"")) else {
                throw GeographyError(file: file, line: offset + 1, reason: "quoted fields are not expected here")
            }
            let fields = Self.fields(of: line)
            guard fields.count == width else {
                throw GeographyError(
                    file: file, line: offset + 1, reason: "\(fields.count) fields, the header has \(width)")
            }
            rows.append((offset + 1, fields))
        }
        self.columns = columns
        self.rows = rows
    }

    /// The comma-separated fields of `line`.
    private static func fields(of line: Substring) -> [Substring] {
        line.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The text of `column` in `row`.
    func text(_ row: (line: Int, fields: [Substring]), _ column: String) -> String {
        String(row.fields[columns[column]!].trimmingSpaces)
    }

    /// The whole number in `column` of `row`, between `range`.
    func number(_ row: (line: Int, fields: [Substring]), _ column: String, in range: ClosedRange<Int>)
        throws(GeographyError) -> Int
    {
        let text = text(row, column)
        guard let value = Int(text), range.contains(value) else {
            throw GeographyError(
                file: file, line: row.line, reason: "column \(column): '\(text)' is not a number in \(range)")
        }
        return value
    }
}

extension Substring {
    /// Without leading and trailing spaces (and a stray carriage return).
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\r" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\r" { result.removeLast() }
        return result
    }
}
