import KPICore

/// A record sink that writes down everything a reader hands it: each record's line and fields,
/// each rejected record as an error of the file, each skipped empty record.
struct RecordTranscript: CSVRecordSink {
    /// How errors name the file.
    let file: String
    /// Each record read or skipped: its line and what the transcript says of it after the line.
    private var entries: [(line: Int, text: String)] = []
    private var errors: [RowError] = []
    private var recordLines: [Int] = []

    init(file: String) { self.file = file }

    mutating func consume(_ record: CSVRecord) {
        let fields = (0..<record.fieldCount).map { String(decoding: record[$0], as: UTF8.self) }
        entries.append((record.line, fields.joined(separator: "\u{1F}")))
        recordLines.append(record.line)
    }

    mutating func reject(_ problem: CSVProblem) {
        errors.append(
            RowError(
                file: file, line: problem.line, column: problem.field.map { "field \($0 + 1)" },
                reason: problem.reason))
        recordLines.append(problem.line)
    }

    mutating func skipEmptyRecord(line: Int) {
        entries.append((line, "empty"))
        recordLines.append(line)
    }

    /// The transcript keeps lines only: they may be shifted once the chunks before are read.
    var needsFileLinesWhileReading: Bool { false }

    mutating func shiftLines(by delta: Int) {
        for index in entries.indices { entries[index].line &+= delta }
        for index in errors.indices { errors[index].line &+= delta }
        for index in recordLines.indices { recordLines[index] &+= delta }
    }

    /// What the sink wrote down, as an outcome.
    var outcome: FuzzOutcome {
        FuzzOutcome(
            errors: errors, transcript: entries.map { "\($0.line): \($0.text)\n" }.joined(), recordLines: recordLines)
    }

    /// The transcripts of `sinks`, in order, as one.
    static func joined(_ sinks: [RecordTranscript]) -> FuzzOutcome {
        sinks.reduce(into: FuzzOutcome()) { $0.append($1.outcome) }
    }
}
