/// A workbook's shared string table (`sharedStrings.xml`): the text of every string cell of
/// type `s`, held in one byte buffer with offsets, so a million strings cost two allocations.
struct SharedStrings: Sendable {
    /// UTF-8 text of every string, one after another.
    private let bytes: [UInt8]
    /// Where string `i` starts in `bytes`; string `i` ends where string `i + 1` starts.
    private let starts: [Int]

    /// The most memory the table may take: a workbook whose strings need more is refused with
    /// a clear error rather than exhausting memory.
    static let maxBytes = 1 << 30

    /// No strings: the workbook has no shared string table.
    init() {
        bytes = []
        starts = [0]
    }

    /// Reads the table from `stream`, for errors naming `file` and the part `part`.
    init(stream: ZipEntryStream, file: String, part: String) throws(RowError) {
        var buffer = XMLStreamBuffer(source: stream, file: file, part: part)
        var bytes: [UInt8] = []
        var starts = [0]
        var position = 0
        while true {
            guard let open = nextMarkup(buffer.bytes, from: position, count: buffer.count),
                let tag = XMLTag.scan(buffer.bytes, at: open, count: buffer.count)
            else {
                let keep = nextMarkup(buffer.bytes, from: position, count: buffer.count) ?? buffer.count
                guard try buffer.refill(keepingFrom: keep) else { break }
                position = 0
                continue
            }
            position = tag.end
            guard tag.opens("si", in: buffer.bytes) else { continue }
            if tag.kind == .start {
                switch RichTextRuns.append(buffer.bytes, from: tag.end, count: buffer.count, until: "si", to: &bytes) {
                case .complete(let end):
                    position = end
                case .incomplete:
                    bytes.removeLast(bytes.count &- starts[starts.count &- 1])
                    guard try buffer.refill(keepingFrom: open) else {
                        throw buffer.malformed("it ends inside a string")
                    }
                    position = 0
                    continue
                case .badReference:
                    throw buffer.malformed("string \(starts.count) holds a reference to no character")
                }
            }
            starts.append(bytes.count)
            guard bytes.count &+ starts.count &* 8 <= Self.maxBytes else {
                throw RowError(
                    file: file, line: 0,
                    reason:
                        "the workbook's shared strings take more than \(Self.maxBytes >> 20) MiB; save the sheet as CSV instead"
                )
            }
        }
        let invalid = bytes.withUnsafeBufferPointer {
            UTF8Validation.firstInvalidByte($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count)
        }
        if invalid != nil { throw buffer.malformed("it is not UTF-8 text") }
        self.bytes = bytes
        self.starts = starts
    }

    /// Number of strings.
    var count: Int { starts.count &- 1 }

    /// Calls `body` with the UTF-8 bytes of string `index` (which must be below `count`).
    @inline(__always)
    func withString<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index &+ 1]]))
        }
    }
}
