extension WorkbookWriter {
    /// One cell of a sheet: a typed value, how a number or date is shown, and whether it is bold.
    package struct Cell: Equatable, Sendable {
        /// What a cell holds.
        package enum Value: Equatable, Sendable {
            /// Text, stored as text whatever it looks like (`1/1` never becomes a date).
            case text(String)
            /// A number written as a plain decimal (`-1234.50`, `0.0734125`): the digits go into
            /// the file as they are, so a spreadsheet reads the same number the CSV holds.
            case number(String)
            /// A date: a date serial number shown with a date format.
            case date(CivilDate)
            case boolean(Bool)
            /// No cell at all (a missing value, never 0).
            case empty
        }

        /// What the cell holds.
        package var value: Value
        /// How a number is shown; a date is always shown as `NumberFormat.date`.
        package var format: NumberFormat
        /// Whether the cell is set in bold (a header).
        package var bold: Bool

        /// A cell of `value`; a `.number` must be a plain decimal (the program stops otherwise).
        package init(_ value: Value, format: NumberFormat = .general, bold: Bool = false) {
            if case .number(let digits) = value {
                precondition(Self.isPlainDecimal(digits), "\(digits) is not a plain decimal")
            }
            self.value = value
            self.format = format
            self.bold = bold
        }

        /// Text, or no cell for `nil`.
        package static func text(_ text: String?, bold: Bool = false) -> Cell {
            Cell(text.map(Value.text) ?? .empty, bold: bold)
        }

        /// A number shown with `format`, or no cell for `nil`.
        package static func number(_ digits: String?, format: NumberFormat = .general) -> Cell {
            Cell(digits.map(Value.number) ?? .empty, format: format)
        }

        /// Whether `text` is `-`, digits, and optionally `.` and more digits.
        static func isPlainDecimal(_ text: String) -> Bool {
            var bytes = text.utf8[...]
            if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let whole = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !whole.isEmpty else { return false }
            let rest = bytes.dropFirst(whole.count)
            guard let point = rest.first else { return true }
            let fraction = rest.dropFirst()
            return point == UInt8(ascii: ".") && !fraction.isEmpty
                && fraction.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }

    /// How a number cell is shown.
    package enum NumberFormat: Int, CaseIterable, Sendable {
        /// As the number is.
        case general
        /// `2024-06-30`.
        case date
        /// `1,234`.
        case integer
        /// `1,234.50`.
        case decimal2
        /// A fraction as a percent: `0.0734` is `7.34%`.
        case percent
        /// A change: `+1,234`, `-5`.
        case signedInteger
        /// A change: `+1,234.50`.
        case signedDecimal2
        /// A change of a fraction, in percentage points: `+1.20%`.
        case signedPercent

        /// The SpreadsheetML number format id: built-in below 164, the file's own from 164.
        var id: Int {
            switch self {
            case .general: return 0
            case .integer: return 3
            case .decimal2: return 4
            case .percent: return 10
            case .date: return 164
            case .signedInteger: return 165
            case .signedDecimal2: return 166
            case .signedPercent: return 167
            }
        }

        /// The format code of a format of the file's own (`nil` for a built-in one).
        var code: String? {
            switch self {
            case .general, .integer, .decimal2, .percent: return nil
            case .date: return "yyyy-mm-dd"
            case .signedInteger: return "+#,##0;-#,##0;0"
            case .signedDecimal2: return "+#,##0.00;-#,##0.00;0.00"
            case .signedPercent: return "+0.00%;-0.00%;0.00%"
            }
        }
    }
}
