extension WorkbookWriter {
    /// The rows of one sheet as they are written, each straight into the sheet's compressed XML.
    ///
    /// Appending never throws: rows past Excel's 1,048,576 are dropped and counted in
    /// `failure`, which the workbook reports when the sheet ends.
    package final class Rows {
        /// The most rows a sheet may have.
        package static let maximumRows = 1_048_576
        /// The most cells a row may have.
        package static let maximumColumns = 16_384
        /// The most UTF-16 code units a text cell holds; longer text is cut.
        static let maximumTextLength = 32_767

        private let stream: ZipEntryDeflater
        private let sheetName: String
        /// Rows written so far.
        package private(set) var count = 0
        private(set) var failure: WorkbookWriteError?

        init(stream: ZipEntryDeflater, sheetName: String) {
            self.stream = stream
            self.sheetName = sheetName
        }

        /// Appends a row of `cells`, from column A; an `.empty` cell is left out.
        package func append(_ cells: [Cell]) {
            guard failure == nil else { return }
            guard count < Self.maximumRows, cells.count <= Self.maximumColumns else {
                failure = .sheetTooLarge(sheet: sheetName)
                return
            }
            count += 1
            let row = String(count)
            stream.write("<row r=\"\(row)\">")
            for (column, cell) in cells.enumerated() {
                writeCell(cell, reference: Self.columnName(column) + row)
            }
            stream.write("</row>")
        }

        /// Appends a row with nothing in it.
        package func appendBlank() {
            append([])
        }

        /// `A` for column 0, `Z`, `AA`, … `XFD` for column 16,383.
        static func columnName(_ column: Int) -> String {
            var scalars: [Unicode.Scalar] = []
            var rest = column + 1
            while rest > 0 {
                rest -= 1
                scalars.insert(Unicode.Scalar(UInt8(ascii: "A") + UInt8(rest % 26)), at: 0)
                rest /= 26
            }
            return String(String.UnicodeScalarView(scalars))
        }

        private func writeCell(_ cell: Cell, reference: String) {
            let style = WorkbookStyles.index(of: cell)
            let opening = "<c r=\"\(reference)\"" + (style == 0 ? "" : " s=\"\(style)\"")
            switch cell.value {
            case .empty:
                return
            case .text(let text):
                stream.write(opening + " t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                stream.write(XMLEscaping.escaped(Self.capped(text)))
                stream.write("</t></is></c>")
            case .number(let digits):
                stream.write(opening + "><v>" + digits + "</v></c>")
            case .boolean(let flag):
                stream.write(opening + " t=\"b\"><v>" + (flag ? "1" : "0") + "</v></c>")
            case .date(let date):
                if let serial = Self.serialNumber(of: date) {
                    stream.write(opening + "><v>\(serial)</v></c>")
                } else {
                    // Before 1 March 1900 or after 9999 a spreadsheet has no date: the ISO text.
                    writeCell(Cell(.text(date.description), bold: cell.bold), reference: reference)
                }
            }
        }

        /// The spreadsheet date serial number of `date` (days since 30 December 1899, as
        /// Excel's 1900 date system counts from 1 March 1900), or `nil` outside 1900-03-01 …
        /// 9999-12-31.
        static func serialNumber(of date: CivilDate) -> Int? {
            guard date >= CivilDate(year: 1900, month: 3, day: 1)!, date.year <= 9999 else { return nil }
            return date.dayNumber - CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
        }

        /// `text` cut to `maximumTextLength` UTF-16 code units, between characters.
        private static func capped(_ text: String) -> String {
            guard text.utf8.count > maximumTextLength, text.utf16.count > maximumTextLength else { return text }
            var result = ""
            var length = 0
            for character in text {
                length += character.utf16.count
                guard length <= maximumTextLength else { break }
                result.append(character)
            }
            return result
        }
    }
}
