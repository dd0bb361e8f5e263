/// A plain-text table for the terminal, aligned by display width.
///
/// Thai above and below vowels and tone marks (ั ิ ี ่ ้ …) take no column of their own, so
/// columns are measured in display width, not in characters or bytes.
package struct TextTable: Sendable {
    /// How a column's cells line up.
    package enum Alignment: Sendable { case left, right }

    package let headers: [String]
    package let alignments: [Alignment]
    package private(set) var rows: [[String]] = []

    /// A table with the given column headers; every column left-aligned unless said otherwise.
    package init(headers: [String], alignments: [Alignment]? = nil) {
        precondition(alignments == nil || alignments!.count == headers.count, "one alignment per column")
        self.headers = headers
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }

    /// Appends a row with one cell per column.
    package mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "one cell per column")
        rows.append(row)
    }

    /// The table as lines separated by "\n", with a rule under the header and a final newline.
    package func rendered() -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(Self.displayWidth).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - Self.displayWidth(cell))
                if column > 0 { text += "  " }
                text += alignments[column] == .left ? cell + padding : padding + cell
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        var output = line(headers) + "\n"
        output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { output += line(row) + "\n" }
        return output
    }

    /// Columns `text` takes on a terminal: combining marks and format characters take none.
    package static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: return width
            default: return width + 1
            }
        }
    }
}
