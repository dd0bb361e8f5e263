import Foundation

/// A CSV file read as the data contract says (RFC 4180, UTF-8 or TIS-620, a header row), its
/// records streamed to sinks by all cores without ever holding the whole file.
///
/// Records: comma separated, `"` quoting (quoted fields may hold commas, doubled quotes and line
/// breaks), ending with LF or CRLF; a UTF-8 byte-order mark at the start of a UTF-8 file is skipped. A record's
/// `line` is the physical line on which it starts (1 = the header). A record whose field count
/// differs from the header's, that breaks the quoting rules or whose bytes are not text in the
/// file's encoding goes to the sink's `reject`. A `"` opens a quoted field only at the start of
/// a field; elsewhere it is an error of that record alone, and the record still ends at its line
/// feed (see `CSVQuoteState`).
public struct CSVFile: RecordSource {
    /// How errors name the file.
    public let displayName: String
    /// Header names as contract column names (see `RecordSource.header`), in file order.
    public let header: [String]
    /// File size in bytes.
    public let byteCount: Int
    /// The file's encoding.
    public let encoding: TextEncoding

    private let file: InputFile
    /// The bytes after the header, and the line on which they start.
    private let data: Range<Int>
    private let dataLine: Int

    /// Opens `path`, reads and checks the header. `displayName` is how errors name the file
    /// (default: `path`). Throws when the file cannot be read (line 0), and on line 1 when it is
    /// empty or its header breaks the quoting rules or holds bytes that are not text.
    public init(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws(RowError) {
        let displayName = displayName ?? path
        let encoding = options.encoding
        let file = try InputFile(path: path, displayName: displayName)
        let headerStart = encoding == .utf8 ? try Self.byteOrderMarkLength(file) : 0
        guard file.byteCount > headerStart else { throw RowError(file: displayName, line: 1, reason: "empty file") }

        // The header ends at the first line feed outside quotes.
        let tally = try CSVBoundaryTally.tally(
            file, range: headerStart..<file.byteCount, previous: UInt8(ascii: "\n"), blockSize: 1 << 16
        ) { $0.firstBoundary(startingIn: .outside) != nil }
        let headerEnd = tally.firstBoundary(startingIn: .outside)
        let headerChunk = CSVChunk(bytes: headerStart..<(headerEnd.map { $0.offset &+ 1 } ?? file.byteCount), firstLine: 1)
        var headerSink = HeaderSink()
        var parser = CSVChunkParser(file: file, chunk: headerChunk, encoding: encoding, expectedFieldCount: nil)
        try parser.parse(into: &headerSink, progress: nil)
        if let problem = headerSink.problem {
            let reason = problem.field.map { "header field \($0 &+ 1): \(problem.reason)" } ?? problem.reason
            throw RowError(file: displayName, line: 1, reason: reason)
        }
        guard let names = headerSink.names else { throw RowError(file: displayName, line: 1, reason: "empty file") }

        self.displayName = displayName
        self.header = HeaderNames.contractNames(names, options: options)
        self.byteCount = file.byteCount
        self.encoding = encoding
        self.file = file
        data = headerChunk.bytes.upperBound..<file.byteCount
        dataLine = headerEnd.map { $0.lineFeedsBefore &+ 2 } ?? 2
    }

    /// Reads every data record.
    ///
    /// The file is split into `chunks` contiguous byte ranges at record boundaries (safe with
    /// quoted line breaks); `makeSink(i)` is called on the calling thread, before any reading, for
    /// chunk `i`. The chunks are parsed at the same time (`DispatchQueue.concurrentPerform`), each
    /// feeding its own sink in file order, and the sinks are returned in chunk order: all records
    /// of sink `i` come before those of sink `i + 1` in the file. A chunk may be empty (when the
    /// file is small, or its quoted fields span the planned split). `progress`, when given, is
    /// called from the worker threads with the number of bytes just read (every few MiB); the
    /// calls add up to `byteCount`.
    ///
    /// Throws only when the file cannot be read (line 0); problems of records go to the sinks.
    public func read<Sink: CSVRecordSink>(
        chunks: Int,
        progress: (@Sendable (Int) -> Void)? = nil,
        makeSink: (Int) -> Sink
    ) throws(RowError) -> [Sink] {
        let count = max(1, chunks)
        let sinks = UnsafeMutablePointer<Sink>.allocate(capacity: count)
        for index in 0..<count { (sinks + index).initialize(to: makeSink(index)) }
        defer {
            sinks.deinitialize(count: count)
            sinks.deallocate()
        }

        let plan = try CSVChunkPlanner.plan(file, data: data, firstLine: dataLine, count: count)
        _ = try concurrentMap(count) { (index) throws(RowError) in
            var parser = CSVChunkParser(file: file, chunk: plan[index], encoding: encoding, expectedFieldCount: header.count)
            // Fed on this thread's stack: sinks side by side in memory would share cache lines.
            var sink = (sinks + index).move()
            defer { (sinks + index).initialize(to: sink) }
            try parser.parse(into: &sink, progress: progress, bytesBefore: index == 0 ? data.lowerBound : 0)
        }
        return Array(UnsafeBufferPointer(start: sinks, count: count))
    }

    /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
    private static func byteOrderMarkLength(_ file: InputFile) throws(RowError) -> Int {
        guard file.byteCount >= 3 else { return 0 }
        var start: (UInt8, UInt8, UInt8) = (0, 0, 0)
        try withUnsafeMutableBytes(of: &start) { (start) throws(RowError) in try file.read(into: start.baseAddress!, count: 3, at: 0) }
        return start == (0xEF, 0xBB, 0xBF) ? 3 : 0
    }
}

/// Keeps the header's names, or its problem.
private struct HeaderSink: CSVRecordSink {
    var names: [String]?
    var problem: CSVProblem?

    mutating func consume(_ record: CSVRecord) {
        names = (0..<record.fieldCount).map { String(decoding: record[$0], as: UTF8.self) }
    }

    mutating func reject(_ problem: CSVProblem) { self.problem = problem }

    mutating func skipEmptyRecord(line: Int) {
        problem = CSVProblem(line: line, field: nil, reason: "the header line is empty")
    }
}
