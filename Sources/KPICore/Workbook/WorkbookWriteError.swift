/// Why a workbook could not be written.
package enum WorkbookWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A sheet has more rows or columns than a spreadsheet holds (1,048,576 × 16,384).
    case sheetTooLarge(sheet: String)

    package var description: String {
        switch self {
        case .sheetTooLarge(let sheet):
            return
                "sheet \(sheet) has more than \(WorkbookWriter.Rows.maximumRows) rows or \(WorkbookWriter.Rows.maximumColumns) columns, more than a spreadsheet holds"
        }
    }
}
