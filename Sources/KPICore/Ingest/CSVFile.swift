import Foundation

/// A CSV file read as the data contract says (RFC 4180, UTF-8 or TIS-620, a header row) and in
/// the dialects offices save, its records streamed to sinks by all cores without ever holding
/// the whole file.
///
/// Records: fields separated by a comma, semicolon or tab (the one that splits the header into
/// a dataset kind's columns), `"` quoting (quoted fields may hold separators, doubled quotes and
/// line breaks), ending with LF or CRLF. A UTF-8 byte-order mark at the start of a UTF-8 file is
/// skipped; a file with a UTF-16 byte-order mark is read as UTF-8 transcoded to a temporary file.
/// A record's `line` is the physical line on which it starts (1 = the header). A record whose
/// fields are all empty goes to the sink's `skipEmptyRecord`. A record whose field count
/// differs from the header's, that breaks the quoting rules or whose bytes are not text in the
/// file's encoding goes to the sink's `reject`. A `"` opens a quoted field only at the start of
/// a field; elsewhere it is an error of that record alone, and the record still ends at its line
/// feed (see `CSVQuoteState`).
package struct CSVFile: RecordSource {
    /// How errors name the file.
    package let displayName: String
    /// Header names as contract column names (see `RecordSource.header`), in file order.
    package let header: [String]
    /// File size in bytes (of the UTF-8 copy, for a UTF-16 file).
    package let byteCount: Int
    /// The encoding of a file without a byte-order mark, as `ReadOptions` gave it.
    package let encoding: TextEncoding
    /// The byte between fields.
    package let separator: CSVSeparator

    private let file: InputFile
    private let text: CSVText
    /// The bytes after the header, and the line on which they start.
    private let data: Range<Int>
    private let dataLine: Int

    /// Opens `path`, reads and checks the header. `displayName` is how errors name the file
    /// (default: `path`). Throws when the file cannot be read (line 0), and on line 1 when it is
    /// empty, looks like UTF-16 without a byte-order mark, has lines that end in CR alone, its
    /// header breaks the quoting rules or holds bytes that are not text, or a `--column`
    /// override does not fit it.
    package init(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws(RowError) {
        let displayName = displayName ?? path
        var file = try InputFile(path: path, displayName: displayName)
        var text: CSVText = options.encoding == .utf8 ? .utf8 : .tis620
        var headerStart = 0
        switch try ByteOrderMark.of(file) {
        case .utf8 where options.encoding == .utf8:
            headerStart = ByteOrderMark.utf8.length
        case .utf16(let byteOrder):
            file = try UTF16Transcoder.transcode(file, from: 2, byteOrder: byteOrder)
            text = .utf16
        default:
            break
        }
        guard file.byteCount > headerStart else { throw RowError(file: displayName, line: 1, reason: "empty file") }
        try Self.checkStart(file, from: headerStart, unmarked: text != .utf16)

        let header = try CSVHeader.read(file, from: headerStart, text: text, options: options)
        try HeaderNames.checkOverrides(header.names, options: options, file: displayName)

        self.displayName = displayName
        self.header = HeaderNames.contractNames(header.names, options: options)
        self.byteCount = file.byteCount
        self.encoding = options.encoding
        self.separator = header.separator
        self.file = file
        self.text = text
        data = header.end..<file.byteCount
        dataLine = header.dataLine
    }

    /// Reads every data record.
    ///
    /// The file is split into `chunks` contiguous byte ranges at record boundaries; `makeSink(i)`
    /// is called on the calling thread, before any reading, for chunk `i`. The chunks are parsed
    /// at the same time (`DispatchQueue.concurrentPerform`), each feeding its own sink in file
    /// order, and the sinks are returned in chunk order: all records of sink `i` come before
    /// those of sink `i + 1` in the file. A chunk may be empty (when the file is small, or its
    /// quoted fields span the planned split).
    ///
    /// Unless the sinks need their lines while reading, the chunks start after the first line
    /// feed past each cut without a pass over the bytes before it (`CSVChunkPlanner.speculative`),
    /// and each sink's lines are shifted once the chunks before it are read. When a quoted line
    /// break made a chunk start inside a record, every chunk is read again from starts planned
    /// by the quotes before them (`CSVChunkPlanner.plan`), with new sinks.
    ///
    /// `progress`, when given, is called from the worker threads with the number of bytes just
    /// read (every few MiB); the calls add up to `byteCount` (a read again is not counted).
    ///
    /// Throws only when the file cannot be read (line 0); problems of records go to the sinks.
    package func read<Sink: CSVRecordSink>(
        chunks: Int,
        progress: (@Sendable (Int) -> Void)? = nil,
        makeSink: (Int) -> Sink
    ) throws(RowError) -> [Sink] {
        let count = max(1, chunks)
        var sinks = (0..<count).map(makeSink)
        var progress = progress
        if count > 1, !sinks[0].needsFileLinesWhileReading {
            let plan = try CSVChunkPlanner.speculative(file, data: data, firstLine: dataLine, count: count)
            let ends = try parse(plan, into: &sinks, progress: progress)
            if !ends.dropLast().contains(where: \.insideRecord) {
                var line = dataLine
                for index in 0..<count {
                    if index > 0 { sinks[index].shiftLines(by: line) }
                    line &+= ends[index].lines
                }
                return sinks
            }
            sinks = (0..<count).map(makeSink)
            progress = nil
        }
        let plan = try CSVChunkPlanner.plan(
            file, data: data, firstLine: dataLine, separator: separator.rawValue, count: count)
        _ = try parse(plan, into: &sinks, progress: progress)
        return sinks
    }

    /// How a chunk's reading ended: the lines it held, and whether it ended inside a record.
    private struct ChunkEnd {
        var lines: Int
        var insideRecord: Bool
    }

    /// Parses each chunk of `plan` into the sink of the same index, on all cores.
    private func parse<Sink: CSVRecordSink>(
        _ plan: [CSVChunk], into sinks: inout [Sink], progress: (@Sendable (Int) -> Void)?
    ) throws(RowError) -> [ChunkEnd] {
        try sinks.withUnsafeMutableBufferPointer { (buffer) throws(RowError) -> [ChunkEnd] in
            let sinks = buffer.baseAddress!
            return try concurrentMap(plan.count) { (index) throws(RowError) -> ChunkEnd in
                var parser = CSVChunkParser(
                    file: file, chunk: plan[index], text: text, separator: separator.rawValue,
                    expectedFieldCount: header.count)
                // Fed on this thread's stack: sinks side by side in memory would share cache lines.
                var sink = (sinks + index).move()
                defer { (sinks + index).initialize(to: sink) }
                try parser.parse(into: &sink, progress: progress, bytesBefore: index == 0 ? data.lowerBound : 0)
                return ChunkEnd(lines: parser.nextLine &- plan[index].firstLine, insideRecord: parser.endedInsideRecord)
            }
        }
    }

    /// Bytes looked at before the header is read.
    private static let sampleSize = 1 << 12

    /// Throws on line 1 when the first bytes of the text (from `start`) show a file the reader
    /// would misread: UTF-16 without a byte-order mark (when `unmarked`), or lines that end in CR
    /// alone (a CR in the first line other than just before its line feed).
    private static func checkStart(_ file: InputFile, from start: Int, unmarked: Bool) throws(RowError) {
        let count = min(sampleSize, file.byteCount &- start)
        let sample = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
        defer { sample.deallocate() }
        try file.read(into: sample.baseAddress!, count: count, at: start)
        if unmarked { try UTF16Transcoder.rejectUnmarked(UnsafeBufferPointer(sample), file: file.displayName) }
        let firstLine = sample.prefix { $0 != UInt8(ascii: "\n") }
        if let carriageReturn = firstLine.firstIndex(of: UInt8(ascii: "\r")), carriageReturn &+ 1 < firstLine.count {
            throw RowError(
                file: file.displayName, line: 1,
                reason:
                    "the lines end in a carriage return (CR) alone, as on old Macs: save the file with LF or CRLF line ends"
            )
        }
    }
}
