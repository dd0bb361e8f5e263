/// Writes a summary as the contract's CSV (`kpi summarize --format csv`).
///
/// The header and columns are exactly those of DATA-FORMATS.md, one row per summary row in the
/// summary's order; fields are quoted only where RFC 4180 needs it (a comma, a quote or a line
/// break), lines end with LF, and there is no byte-order mark.
public struct SummaryCSVWriter: SummaryWriter {
    public init() {}

    public func render(_ summary: Summary) -> String {
        let definition = summary.definitionLookup()
        var text = SummaryColumns.names.joined(separator: ",") + "\n"
        for row in summary.rows {
            let fields = SummaryColumns.fields(of: row, ratio: definition(row.indicatorID).ratio)
            text += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return text
    }

    private static func csvField(_ field: SummaryColumns.Field) -> String {
        switch field {
        case .text(let text): return quotedIfNeeded(text)
        case .number(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .missing: return ""
        }
    }

    /// `text`, in double quotes with inner quotes doubled when it holds a comma, quote, CR or LF.
    private static func quotedIfNeeded(_ text: String) -> String {
        // Bytewise: walking Thai names by `Character` (grapheme clusters) took most of a summary's writing.
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
