import Foundation

/// Turns a file's header into the contract's column names.
///
/// A header name is compared trimmed of surrounding spaces (and of a byte-order mark),
/// lowercased, in Unicode NFC. It is the contract column a `--column CONTRACT=HEADER` override
/// names, else the contract column whose Thai name it is (Datasets/header-names.csv), else itself.
package enum HeaderNames {
    /// The names of `raw` header fields, as above.
    static func contractNames(_ raw: [String], options: ReadOptions) -> [String] {
        var overrides: [String: String] = [:]
        for (contract, header) in options.columns.sorted(by: { $0.key < $1.key })
        where overrides[normalised(header)] == nil {
            overrides[normalised(header)] = contract
        }
        return raw.map { name in
            let key = normalised(name)
            return overrides[key] ?? thaiNames[key] ?? key
        }
    }

    /// Checks the `--column` overrides of `options` against the `raw` header of `file`: each
    /// must name a contract column and a header the file has, and no two the same header. Throws
    /// on line 1.
    static func checkOverrides(_ raw: [String], options: ReadOptions, file: String) throws(RowError) {
        let present = Set(raw.map(normalised))
        var claimed: [String: String] = [:]
        for (contract, header) in options.columns.sorted(by: { $0.key < $1.key }) {
            if let problem = unknownContractColumn(contract) {
                throw RowError(file: file, line: 1, reason: "--column \(contract)=\(header): \(problem)")
            }
            let key = normalised(header)
            guard present.contains(key) else {
                throw RowError(
                    file: file, line: 1, reason: "--column \(contract)=\(header): the header has no column \(header)")
            }
            if let other = claimed[key] {
                throw RowError(
                    file: file, line: 1,
                    reason: "--column \(other)=\(header) and --column \(contract)=\(header) name the same column")
            }
            claimed[key] = contract
        }
    }

    /// Why `name` cannot be given in `--column NAME=HEADER`, when it is not a contract column.
    package static func unknownContractColumn(_ name: String) -> String? {
        guard !DatasetKind.allContractColumns.contains(name) else { return nil }
        return "\(name) is not a contract column; they are \(DatasetKind.allContractColumns.joined(separator: ", "))"
    }

    /// `name` trimmed of spaces and a byte-order mark, lowercased, in NFC.
    static func normalised(_ name: String) -> String {
        name.trimmingCharacters(in: trimmed).lowercased().precomposedStringWithCanonicalMapping
    }

    private static let trimmed = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}"))

    /// Thai header name (normalised) → contract column, from Datasets/header-names.csv.
    static let thaiNames: [String: String] = {
        let lines = EmbeddedDatasets.files["header-names.csv"]!.split(whereSeparator: \.isNewline).dropFirst()
        return Dictionary(
            lines.map { line in
                let fields = line.split(separator: ",", maxSplits: 1)
                return (normalised(String(fields[1])), String(fields[0]))
            }, uniquingKeysWith: { first, _ in first })
    }()
}
