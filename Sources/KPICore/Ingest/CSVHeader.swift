/// The header line of a CSV file: its raw names, the separator that splits it, and where the
/// data after it starts.
struct CSVHeader {
    var names: [String]
    var separator: CSVSeparator
    /// The file offset after the header's line feed, and the line there.
    var end: Int
    var dataLine: Int

    /// The header of `file`, whose text starts at `start`. The separator is the first of comma,
    /// semicolon and tab that splits the header into the columns of a dataset kind (after
    /// `HeaderNames`, with `options`); when none does, the first that gives the most fields, so
    /// that the missing columns are named. Throws on line 1 when the file is empty or the header
    /// (split at that separator) is empty, longer than `CSVLimits.headerBytes`, has more than
    /// `CSVLimits.headerFields` fields, breaks the quoting rules or holds bytes that are not text.
    static func read(_ file: InputFile, from start: Int, text: CSVText, options: ReadOptions) throws(RowError)
        -> CSVHeader
    {
        var best: (fields: Int, header: Result<CSVHeader, RowError>)?
        for separator in CSVSeparator.allCases {
            let attempt = try readLine(file, from: start, text: text, separator: separator)
            if case .success(let header) = attempt.header,
                DatasetKind.infer(fromHeader: HeaderNames.contractNames(header.names, options: options)) != nil
            {
                return header
            }
            if best == nil || attempt.fields > best!.fields { best = attempt }
        }
        return try best!.header.get()
    }

    /// The header split at `separator`, or its problem (on line 1), and its number of fields (0
    /// when it breaks the quoting rules or holds bytes that are not text). Throws only when the
    /// file cannot be read.
    private static func readLine(
        _ file: InputFile, from start: Int, text: CSVText, separator: CSVSeparator
    ) throws(RowError) -> (fields: Int, header: Result<CSVHeader, RowError>) {
        // The header ends at the first line feed outside quotes, within `CSVLimits.headerBytes`.
        let searched = start..<min(file.byteCount, start &+ CSVLimits.headerBytes &+ 1)
        let tally = try CSVBoundaryTally.tally(
            file, range: searched, separator: separator.rawValue, previous: UInt8(ascii: "\n"), blockSize: 1 << 16
        ) { $0.firstBoundary(startingIn: .outside) != nil }
        let lineEnd = tally.firstBoundary(startingIn: .outside)
        if lineEnd == nil, searched.upperBound < file.byteCount || searched.count > CSVLimits.headerBytes {
            return (0, .failure(RowError(file: file.displayName, line: 1, reason: CSVLimits.headerTooLong)))
        }
        let chunk = CSVChunk(bytes: start..<(lineEnd.map { $0.offset &+ 1 } ?? file.byteCount), firstLine: 1)
        var sink = HeaderSink()
        var parser = CSVChunkParser(
            file: file, chunk: chunk, text: text, separator: separator.rawValue, expectedFieldCount: nil)
        try parser.parse(into: &sink, progress: nil)
        if let problem = sink.problem {
            let reason = problem.field.map { "header field \($0 &+ 1): \(problem.reason)" } ?? problem.reason
            // Too many fields is the most any separator gives: that error is the one to report.
            let fields = reason == tooManyFields ? CSVLimits.headerFields &+ 1 : 0
            return (fields, .failure(RowError(file: file.displayName, line: 1, reason: reason)))
        }
        guard let names = sink.names else {
            return (0, .failure(RowError(file: file.displayName, line: 1, reason: "empty file")))
        }
        guard names.contains(where: { !$0.isEmpty }) else {
            return (
                names.count, .failure(RowError(file: file.displayName, line: 1, reason: "the header line is empty"))
            )
        }
        return (
            names.count,
            .success(
                CSVHeader(
                    names: names, separator: separator, end: chunk.bytes.upperBound,
                    dataLine: lineEnd.map { $0.lineFeedsBefore &+ 2 } ?? 2))
        )
    }
}

/// Why a header with more than `CSVLimits.headerFields` fields is refused.
private let tooManyFields = CSVLimits.tooManyFields(limit: CSVLimits.headerFields, expected: nil)

/// Keeps the header's names, or its problem.
private struct HeaderSink: CSVRecordSink {
    var names: [String]?
    var problem: CSVProblem?

    mutating func consume(_ record: CSVRecord) {
        names = (0..<record.fieldCount).map { String(decoding: record[$0], as: UTF8.self) }
    }

    mutating func reject(_ problem: CSVProblem) { self.problem = problem }

    /// Never called: the parser skips only data records.
    mutating func skipEmptyRecord(line: Int) {}

    /// The header is one chunk, whose lines are known from the start.
    var needsFileLinesWhileReading: Bool { true }

    mutating func shiftLines(by delta: Int) { problem?.line &+= delta }
}
