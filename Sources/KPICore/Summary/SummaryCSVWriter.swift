/// Writes a summary as the contract's CSV (`kpi summarize --format csv`).
///
/// The header and columns are exactly those of DATA-FORMATS.md, one row per summary row in the
/// summary's order; fields are quoted only where RFC 4180 needs it (a comma, a quote or a line
/// break), lines end with LF, and there is no byte-order mark unless asked for.
public struct SummaryCSVWriter: SummaryWriter {
    /// Whether the text begins with a UTF-8 byte-order mark (U+FEFF), which Excel on a Thai
    /// Windows needs to read the file as UTF-8 rather than as Windows-874.
    public var byteOrderMark: Bool

    /// A writer whose output starts with a UTF-8 byte-order mark when `byteOrderMark`.
    public init(byteOrderMark: Bool = false) {
        self.byteOrderMark = byteOrderMark
    }

    /// The CSV text of `summary`: the contract's header and one line per row.
    public func render(_ summary: Summary) -> String {
        let definition = summary.definitionLookup()
        // Written as bytes: joining and appending `String`s a field at a time took most of the time.
        var bytes = Array(((byteOrderMark ? "\u{FEFF}" : "") + SummaryColumns.names.joined(separator: ",") + "\n").utf8)
        bytes.reserveCapacity(summary.rows.count * 160)
        for row in summary.rows {
            for (index, field) in SummaryColumns.fields(of: row, ratio: definition(row.indicatorID).ratio).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.append(field, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ field: SummaryColumns.Field, to bytes: inout [UInt8]) {
        switch field {
        case .text(let text): appendQuotedIfNeeded(text, to: &bytes)
        case .number(let text): bytes += text.utf8
        case .flag(let flag): bytes += (flag ? "true" : "false").utf8
        case .date(let date): bytes += date.description.utf8
        case .missing: break
        }
    }

    /// `text`, in double quotes with inner quotes doubled when it holds a comma, quote, CR or LF.
    static func appendQuotedIfNeeded(_ text: String, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else {
            bytes += text.utf8
            return
        }
        bytes.append(quote)
        for byte in text.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }
}
