/// The catalog written out for people and programs (`kpi indicators`): a table, CSV or JSON.
public struct CatalogListing: Sendable {
    /// The catalog listed.
    public let catalog: IndicatorCatalog

    /// The listing of `catalog`.
    public init(_ catalog: IndicatorCatalog) {
        self.catalog = catalog
    }

    /// The CSV columns, the catalog's field names.
    public static let csvColumns = [
        "id", "name_th", "name_en", "unit", "kind", "ratio", "cadence", "direction", "target",
    ]

    /// A table for people, an indicator a row in the catalog's order: id, name in `language`,
    /// unit, kind, cadence, which direction is better (the catalog's words, as a catalog file
    /// writes them) and the target on the display scale (a ratio's as a percent; `–` for none).
    package func table(language: Language) -> TextTable {
        let headers =
            language == .thai
            ? ["รหัส", "ชื่อ", "หน่วย", "ชนิด", "ความถี่", "ทิศทางที่ดี", "เป้าหมาย"]
            : ["ID", "Name", "Unit", "Kind", "Cadence", "Better", "Target"]
        var table = TextTable(headers: headers, alignments: [.left, .left, .left, .left, .left, .left, .right])
        let numbers = DisplayNumberFormat(language: language)
        for definition in catalog.definitions {
            table.append([
                definition.id, definition.name(in: language), definition.unit, definition.kind.rawValue,
                definition.cadence.rawValue, definition.direction.rawValue,
                definition.target.map { numbers.target($0, ratio: definition.ratio) } ?? DisplayNumberFormat.missing,
            ])
        }
        return table
    }

    /// The catalog as CSV with `csvColumns`: quoted where RFC 4180 needs it, LF line ends, the
    /// target as a plain decimal on the value's scale (empty for none), a UTF-8 byte-order mark
    /// first when `byteOrderMark` is set (for Excel on a Thai Windows).
    public func csv(byteOrderMark: Bool = false) -> String {
        var bytes = Array(((byteOrderMark ? "\u{FEFF}" : "") + Self.csvColumns.joined(separator: ",") + "\n").utf8)
        for definition in catalog.definitions {
            let fields = [
                definition.id, definition.nameThai, definition.nameEnglish, definition.unit,
                definition.kind.rawValue, definition.ratio ? "true" : "false", definition.cadence.rawValue,
                definition.direction.rawValue,
                definition.target.map { SummaryNumberFormat.fraction($0).description } ?? "",
            ]
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                SummaryCSVWriter.appendQuotedIfNeeded(field, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The catalog in the format of Datasets/indicators.json, which `IndicatorCatalog(json:source:)`
    /// reads back: an array with one object per line, the catalog's fields in its order, a
    /// missing target `null`, the cadence always written, `headline` and `part_of` where given.
    public func json() -> String {
        let objects = catalog.definitions.map { definition in
            let members =
                [
                    ("id", SummaryJSONWriter.jsonString(definition.id)),
                    ("name_th", SummaryJSONWriter.jsonString(definition.nameThai)),
                    ("name_en", SummaryJSONWriter.jsonString(definition.nameEnglish)),
                    ("unit", SummaryJSONWriter.jsonString(definition.unit)),
                    ("kind", SummaryJSONWriter.jsonString(definition.kind.rawValue)),
                    ("ratio", definition.ratio ? "true" : "false"),
                    ("direction", SummaryJSONWriter.jsonString(definition.direction.rawValue)),
                    ("target", definition.target.map { SummaryNumberFormat.fraction($0).description } ?? "null"),
                    ("cadence", SummaryJSONWriter.jsonString(definition.cadence.rawValue)),
                ]
                + [
                    definition.headline.map { ("headline", String($0)) },
                    definition.partOf.map { ("part_of", SummaryJSONWriter.jsonString($0)) },
                ].compactMap { $0 }
            return "  {" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
