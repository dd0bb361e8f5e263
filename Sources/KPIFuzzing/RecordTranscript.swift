import KPICore

/// A record sink that writes down everything a reader hands it: each record's line and fields,
/// each rejected record as an error of the file, each skipped empty record.
struct RecordTranscript: CSVRecordSink {
    /// How errors name the file.
    let file: String
    var outcome = FuzzOutcome()

    mutating func consume(_ record: CSVRecord) {
        let fields = (0..<record.fieldCount).map { String(decoding: record[$0], as: UTF8.self) }
        outcome.transcript += "\(record.line): \(fields.joined(separator: "\u{1F}"))\n"
        outcome.recordLines.append(record.line)
    }

    mutating func reject(_ problem: CSVProblem) {
        outcome.errors.append(
            RowError(
                file: file, line: problem.line, column: problem.field.map { "field \($0 + 1)" },
                reason: problem.reason))
        outcome.recordLines.append(problem.line)
    }

    mutating func skipEmptyRecord(line: Int) {
        outcome.transcript += "\(line): empty\n"
        outcome.recordLines.append(line)
    }

    /// The transcripts of `sinks`, in order, as one.
    static func joined(_ sinks: [RecordTranscript]) -> FuzzOutcome {
        sinks.reduce(into: FuzzOutcome()) { $0.append($1.outcome) }
    }
}
