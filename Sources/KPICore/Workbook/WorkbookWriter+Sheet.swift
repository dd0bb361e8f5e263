extension WorkbookWriter {
    /// One sheet to write: its name, layout, and the rows, streamed when the sheet is written.
    package struct Sheet {
        /// The name wanted; the workbook makes it one Excel accepts, unique (`SheetNames`).
        package var name: String
        /// Each column's width in characters, from column A; columns past the list keep the
        /// default width.
        package var columnWidths: [Double]
        /// Rows kept in view when scrolling and printed atop every page (the header), 0 for none.
        package var frozenRows: Int
        /// Printed at the top left of every page (the data's as-of date); `nil` for nothing.
        package var pageHeader: String?
        /// Printed at the bottom left of every page (the source); `nil` for nothing.
        package var pageFooter: String?
        /// Writes the sheet's rows, in order, to the stream it is given.
        package var rows: (Rows) -> Void

        /// A sheet named `name` whose rows `rows` writes; see the properties.
        package init(
            name: String, columnWidths: [Double] = [], frozenRows: Int = 0, pageHeader: String? = nil,
            pageFooter: String? = nil, rows: @escaping (Rows) -> Void
        ) {
            self.name = name
            self.columnWidths = columnWidths
            self.frozenRows = frozenRows
            self.pageHeader = pageHeader
            self.pageFooter = pageFooter
            self.rows = rows
        }
    }
}
