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
    /// `HeaderNames`, with `options`); when none does, the one that gives the most fields, so
    /// that the missing columns are named. Throws on line 1 when the file is empty or the header
    /// breaks the quoting rules or holds bytes that are not text.
    static func read(_ file: InputFile, from start: Int, text: CSVText, options: ReadOptions) throws(RowError) -> CSVHeader {
        var best: Result<CSVHeader, RowError>?
        for separator in CSVSeparator.allCases {
            let attempt = try readLine(file, from: start, text: text, separator: separator)
            guard case .success(let header) = attempt else {
                if best == nil { best = attempt }
                continue
            }
            if DatasetKind.infer(fromHeader: HeaderNames.contractNames(header.names, options: options)) != nil { return header }
            if case .success(let earlier) = best, earlier.names.count >= header.names.count { continue }
            best = attempt
        }
        return try best!.get()
    }

    /// The header split at `separator`, or its problem (on line 1). Throws only when the file
    /// cannot be read.
    private static func readLine(_ file: InputFile, from start: Int, text: CSVText, separator: CSVSeparator) throws(RowError) -> Result<CSVHeader, RowError> {
        // The header ends at the first line feed outside quotes.
        let tally = try CSVBoundaryTally.tally(
            file, range: start..<file.byteCount, separator: separator.rawValue, previous: UInt8(ascii: "\n"), blockSize: 1 << 16
        ) { $0.firstBoundary(startingIn: .outside) != nil }
        let lineEnd = tally.firstBoundary(startingIn: .outside)
        let chunk = CSVChunk(bytes: start..<(lineEnd.map { $0.offset &+ 1 } ?? file.byteCount), firstLine: 1)
        var sink = HeaderSink()
        var parser = CSVChunkParser(file: file, chunk: chunk, text: text, separator: separator.rawValue, expectedFieldCount: nil)
        try parser.parse(into: &sink, progress: nil)
        if let problem = sink.problem {
            let reason = problem.field.map { "header field \($0 &+ 1): \(problem.reason)" } ?? problem.reason
            return .failure(RowError(file: file.displayName, line: 1, reason: reason))
        }
        guard let names = sink.names else { return .failure(RowError(file: file.displayName, line: 1, reason: "empty file")) }
        return .success(CSVHeader(names: names, separator: separator, end: chunk.bytes.upperBound,
                                  dataLine: lineEnd.map { $0.lineFeedsBefore &+ 2 } ?? 2))
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
