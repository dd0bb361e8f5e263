/// A contract column found in a file's header.
package struct Column: Sendable {
    /// The contract name.
    package let name: String
    /// Position of the field in each record.
    package let index: Int
}

/// A field that failed to parse, with the column it came from.
package struct ColumnError: Error {
    /// The contract name of the column.
    package let column: String
    /// What is wrong with the field.
    package let error: FieldError

    /// The failure `error` of a field in `column`.
    package init(column: String, error: FieldError) {
        self.column = column
        self.error = error
    }
}

/// Where one kind's contract columns (`Name`'s cases) are in one file, found by header name.
/// Built only when every one is found, so a lookup by `Name` always succeeds.
package struct RecordColumns<Name: ContractColumn>: Sendable {
    /// Each contract column, with its field position.
    private let columns: [Name: Column]
    /// Field position → contract column name, for naming the column of a bad field.
    private let names: [Int: String]

    /// The columns of `Name` in `header` (trimmed, lowercased names), or an error on line 1
    /// naming a contract column given twice or the missing ones (`kind` names the data). Extra
    /// columns are never read, so theirs may repeat.
    package init(kind: DatasetKind, header: [String], file: String) throws(RowError) {
        let required = Name.allCases.map(\.rawValue)
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if let first = positions[name] {
                guard !required.contains(name) else {
                    throw RowError(
                        file: file, line: 1, column: name,
                        reason: "column \(name) appears twice (fields \(first + 1) and \(index + 1))")
                }
                continue
            }
            positions[name] = index
        }
        var columns: [Name: Column] = [:]
        var missing: [String] = []
        for name in Name.allCases {
            if let index = positions[name.rawValue] {
                columns[name] = Column(name: name.rawValue, index: index)
            } else {
                missing.append(name.rawValue)
            }
        }
        guard missing.isEmpty else {
            throw RowError(
                file: file, line: 1, column: missing[0],
                reason:
                    "missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) for \(kind.rawValue) data"
            )
        }
        self.columns = columns
        self.names = Dictionary(uniqueKeysWithValues: columns.values.map { ($0.index, $0.name) })
    }

    /// The column `name`: found, since `init` throws unless every case of `Name` is.
    package subscript(name: Name) -> Column { columns[name]! }

    /// The contract name of the field at `index`, or `nil` for an extra column.
    package func name(ofField index: Int) -> String? { names[index] }
}

extension CSVRecord {
    /// `column`'s field parsed by `parse`, its failure tagged with the column's name.
    @inline(__always)
    func parse<T>(_ column: Column, _ parse: (UnsafeBufferPointer<UInt8>) throws(FieldError) -> T) throws(ColumnError)
        -> T
    {
        do { return try parse(self[column.index]) } catch { throw ColumnError(column: column.name, error: error) }
    }
}
