/// A contract column found in a file's header.
package struct Column: Sendable {
    package let name: String
    /// Position of the field in each record.
    package let index: Int
}

/// A field that failed to parse, with the column it came from.
package struct ColumnError: Error {
    package let column: String
    package let error: FieldError

    package init(column: String, error: FieldError) {
        self.column = column
        self.error = error
    }
}

/// Where the contract's columns are in one file, found by header name.
package struct RecordColumns: Sendable {
    /// Contract column name → field position.
    private let positions: [String: Int]
    /// Field position → contract column name, for naming the column of a bad field.
    private let names: [Int: String]

    /// The columns of `kind` in `header` (trimmed, lowercased names), or an error on line 1
    /// naming a contract column given twice or the missing ones. Extra columns are never read,
    /// so theirs may repeat.
    package init(kind: DatasetKind, header: [String], file: String) throws(RowError) {
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard positions[name] == nil else {
                guard !kind.requiredColumns.contains(name) else {
                    throw RowError(file: file, line: 1, column: name,
                                   reason: "column \(name) appears twice (fields \(positions[name]! + 1) and \(index + 1))")
                }
                continue
            }
            positions[name] = index
        }
        let missing = kind.requiredColumns.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            throw RowError(file: file, line: 1, column: missing[0],
                           reason: "missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) for \(kind.rawValue) data")
        }
        self.positions = positions.filter { kind.requiredColumns.contains($0.key) }
        self.names = Dictionary(uniqueKeysWithValues: self.positions.map { ($1, $0) })
    }

    /// The column named `name` (one of the kind's required columns).
    package subscript(name: String) -> Column { Column(name: name, index: positions[name]!) }

    /// The contract name of the field at `index`, or `nil` for an extra column.
    package func name(ofField index: Int) -> String? { names[index] }
}

extension CSVRecord {
    /// `column`'s field parsed by `parse`, its failure tagged with the column's name.
    @inline(__always)
    func parse<T>(_ column: Column, _ parse: (UnsafeBufferPointer<UInt8>) throws(FieldError) -> T) throws(ColumnError) -> T {
        do { return try parse(self[column.index]) } catch { throw ColumnError(column: column.name, error: error) }
    }
}
