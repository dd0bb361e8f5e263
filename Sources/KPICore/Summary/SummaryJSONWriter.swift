/// Writes a summary as JSON (`kpi summarize --format json`): an array with one object per row,
/// carrying the CSV's fields under the same snake_case keys in the same order.
///
/// Numbers are JSON numbers written as plain decimals (exact sums, fractions with 10 significant
/// digits), missing values `null`, `target_met` a boolean, dates ISO strings and
/// `areas_reporting` the CSV's `n/N` string. Written by hand, one object per line, so the bytes
/// are stable and diff well.
public struct SummaryJSONWriter: SummaryWriter {
    /// A writer.
    public init() {}

    /// The JSON text of `summary`: an array of objects with the contract's fields.
    public func render(_ summary: Summary) -> String {
        let definition = summary.definitionLookup()
        let objects = summary.rows.map { row in
            let fields = SummaryColumns.fields(of: row, ratio: definition(row.indicatorID).ratio)
            let members = zip(SummaryColumns.names, fields).map { name, field in
                Self.jsonString(name) + ": " + Self.jsonValue(field)
            }
            return "  {" + members.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func jsonValue(_ field: SummaryColumns.Field) -> String {
        switch field {
        case .text(let text): return jsonString(text)
        case .number(let number): return number.description
        case .flag(let flag): return flag ? "true" : "false"
        case .date(let date): return jsonString(date.description)
        case .missing: return "null"
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, everything
    /// else (Thai included) as UTF-8.
    static func jsonString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
