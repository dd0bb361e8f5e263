/// The reader's quoting rule, as a machine that sees one byte and the byte before it.
///
/// A `"` opens a quoted field only where a field starts (after the separator or a line feed); anywhere
/// else outside quotes it is a literal byte, so a stray quote spoils one record, never the quoting
/// of the rest of the file. Inside a quoted field `""` stands for a quote and a lone `"` closes
/// it. A line feed outside quotes ends a record. `CSVChunkParser` applies the same rule while it
/// splits fields; `CSVBoundaryTally` runs this machine to find record boundaries without parsing.
enum CSVQuoteState: Int, CaseIterable {
    /// Not in a quoted field.
    case outside
    /// In a quoted field.
    case inside
    /// In a quoted field, just after a quote: the closing one, or the first of a doubled pair.
    case afterQuote

    /// The state after `byte`, which follows `previous`, in a file whose fields are separated by
    /// `separator`.
    @inline(__always)
    func next(_ byte: UInt8, after previous: UInt8, separator: UInt8) -> CSVQuoteState {
        let quote = UInt8(ascii: "\"")
        switch self {
        case .outside:
            let fieldStart = previous == separator || previous == UInt8(ascii: "\n")
            return byte == quote && fieldStart ? .inside : .outside
        case .inside:
            return byte == quote ? .afterQuote : .inside
        case .afterQuote:
            return byte == quote ? .inside : .outside
        }
    }
}
