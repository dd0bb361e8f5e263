import Foundation

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
        String(decoding: bytes(of: summary), as: UTF8.self)
    }

    /// The CSV's UTF-8 bytes, without a detour through `String`.
    public func data(for summary: Summary) -> Data {
        Data(bytes(of: summary))
    }

    /// The header and every row as UTF-8. The rows are written in parts on all cores and joined
    /// in order: writing them is a summary's last serial step.
    private func bytes(of summary: Summary) -> [UInt8] {
        let definition = summary.definitionLookup()
        let rows = summary.rows
        // Written as bytes, each field as it comes: a row's fields made as `String`s, in an
        // array, took most of the time.
        var bytes = Array(((byteOrderMark ? "\u{FEFF}" : "") + SummaryColumns.names.joined(separator: ",") + "\n").utf8)
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, rows.count / 1024))
        let partBytes = concurrentMap(parts) { part in
            var bytes: [UInt8] = []
            let range = (rows.count * part / parts)..<(rows.count * (part + 1) / parts)
            bytes.reserveCapacity(range.count * 160)
            // Rows come by indicator: its definition is looked up when the indicator changes.
            var indicator: (id: String, ratio: Bool)?
            for row in rows[range] {
                if indicator?.id != row.indicatorID { indicator = (row.indicatorID, definition(row.indicatorID).ratio) }
                var first = true
                SummaryColumns.forEachField(of: row, ratio: indicator!.ratio) { field in
                    if !first { bytes.append(UInt8(ascii: ",")) }
                    first = false
                    Self.append(field, to: &bytes)
                }
                bytes.append(UInt8(ascii: "\n"))
            }
            return bytes
        }
        for part in partBytes { bytes += part }
        return bytes
    }

    private static func append(_ field: SummaryColumns.Field, to bytes: inout [UInt8]) {
        switch field {
        case .text(let text): appendQuotedIfNeeded(text, to: &bytes)
        case .number(let number): number.append(to: &bytes)
        case .flag(let flag): appendUTF8(flag ? "true" : "false", to: &bytes)
        case .date(let date):
            // The contract's dates have 4-digit years; any other is written as `description` does.
            if (0...9999).contains(date.year) { bytes.appendDate(date) } else { bytes += date.description.utf8 }
        case .missing: break
        }
    }

    /// `text`, in double quotes with inner quotes doubled when it holds a comma, quote, CR or LF.
    static func appendQuotedIfNeeded(_ text: String, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let special = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == quote || byte == 0x0A || byte == 0x0D }
        guard
            text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) })
                ?? text.utf8.contains(where: special)
        else {
            return appendUTF8(text, to: &bytes)
        }
        bytes.append(quote)
        for byte in text.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }

    /// `text`'s UTF-8, copied at once when the string holds it contiguously (native strings do).
    private static func appendUTF8(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes += text.utf8 }
    }
}
