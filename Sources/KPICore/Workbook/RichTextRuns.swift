/// The text of a SpreadsheetML string item (`<si>` of the shared strings, `<is>` of an inline
/// string): its `<t>` elements in order, the runs of rich text (`<r><t>`) concatenated, the
/// phonetic guides (`<rPh>`) left out.
enum RichTextRuns {
    enum Outcome {
        /// The item's text was appended; the element ends before this offset.
        case complete(end: Int)
        /// The buffer ends before the element does.
        case incomplete
        /// A `<t>` holds a reference that names no character.
        case badReference
    }

    /// Appends the text from `start` up to the end tag named `closing` to `output`.
    static func append(
        _ bytes: UnsafePointer<UInt8>, from start: Int, count: Int, until closing: StaticString,
        to output: inout [UInt8]
    ) -> Outcome {
        var position = start
        var phonetic = false
        while true {
            guard let open = nextMarkup(bytes, from: position, count: count),
                let tag = XMLTag.scan(bytes, at: open, count: count)
            else { return .incomplete }
            position = tag.end
            if tag.closes(closing, in: bytes) { return .complete(end: position) }
            if tag.isNamed("rPh", in: bytes) {
                phonetic = tag.kind == .start
            } else if tag.kind == .start, !phonetic, tag.isNamed("t", in: bytes) {
                guard let textEnd = nextMarkup(bytes, from: position, count: count) else { return .incomplete }
                guard XMLText.appendDecoded(bytes, position..<textEnd, to: &output) else { return .badReference }
                position = textEnd
            }
        }
    }
}
