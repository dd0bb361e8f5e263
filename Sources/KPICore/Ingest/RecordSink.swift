/// What a read of a file is for.
enum ReadMode {
    /// Decode, check and total every record, except those on `excludedLines` (records found
    /// invalid by a check across records, skipped on a second read with --skip-invalid).
    case aggregate(excludedLines: Set<Int>, collectFingerprints: Bool)
    /// Only find where the records with these fingerprints are, to name the duplicates.
    case locate(Set<UInt64>)
    /// Only describe the duplicates on these lines, for the report.
    case describe(lines: Set<Int>)
}

/// A record whose fingerprint is one of the duplicates being located: no text, so that a file
/// of a million duplicates costs a few dozen bytes for each.
struct DuplicateCandidate {
    var fingerprint: UInt64
    /// A hash of the record's identity as `duplicateDescription` words it, so that two
    /// identities sharing a fingerprint are not confused.
    var identity: Int
    var file: String
    var line: Int
}

/// How the report words a duplicate record: its column and what it repeats.
struct DuplicateDescription {
    var column: String?
    var what: String
}

/// Feeds one chunk's records to an accumulator, recording invalid ones and fingerprints.
struct RecordSink<Accumulator: DatasetAccumulator>: CSVRecordSink {
    let file: String
    let columns: RecordColumns<Accumulator.ColumnName>
    let mode: ReadMode
    var accumulator: Accumulator
    var issues = IngestIssues()
    var fingerprints = FingerprintLog()
    var candidates: [DuplicateCandidate] = []
    /// The records described in `describe` mode, by line.
    var descriptions: [Int: DuplicateDescription] = [:]
    /// Valid records added.
    var rows = 0
    /// Records with every field empty, skipped.
    var emptyRows = 0

    /// `mode`'s parts that every record of an aggregating read needs, apart: the hot path reads
    /// two flags instead of matching the enum and copying its sets.
    private let aggregating: Bool
    private let collectFingerprints: Bool
    private let excludedLines: Set<Int>

    init(file: String, columns: RecordColumns<Accumulator.ColumnName>, mode: ReadMode, accumulator: Accumulator) {
        self.file = file
        self.columns = columns
        self.mode = mode
        self.accumulator = accumulator
        if case .aggregate(let excluded, let collect) = mode {
            (aggregating, collectFingerprints, excludedLines) = (true, collect, excluded)
        } else {
            (aggregating, collectFingerprints, excludedLines) = (false, false, [])
        }
    }

    mutating func consume(_ record: CSVRecord) {
        guard aggregating else { return consumeForDuplicates(record) }
        let row: Accumulator.Row
        do {
            row = try accumulator.decode(record)
        } catch {
            issues.add(
                RowError(file: file, line: record.line, column: error.column, reason: error.error.reason),
                category: error.error.category)
            return
        }
        if !excludedLines.isEmpty, excludedLines.contains(record.line) { return }
        if collectFingerprints, let identity = accumulator.identity(of: row, in: record) {
            fingerprints.add(identity.fingerprint, partition: identity.partition)
        }
        accumulator.add(row, file: file, line: record.line)
        rows += 1
    }

    /// `consume` in the reads that locate or describe duplicates.
    @inline(never)
    private mutating func consumeForDuplicates(_ record: CSVRecord) {
        if case .describe(let lines) = mode, !lines.contains(record.line) { return }
        guard let row = try? accumulator.decode(record) else { return }
        switch mode {
        case .aggregate:
            preconditionFailure("an aggregating read consumes on the hot path")
        case .locate(let wanted):
            guard let identity = accumulator.identity(of: row, in: record), wanted.contains(identity.fingerprint) else {
                return
            }
            candidates.append(
                DuplicateCandidate(
                    fingerprint: identity.fingerprint,
                    identity: accumulator.duplicateDescription(of: row, in: record).what.hashValue,
                    file: file, line: record.line))
        case .describe(let lines):
            guard lines.contains(record.line) else { return }
            let description = accumulator.duplicateDescription(of: row, in: record)
            descriptions[record.line] = DuplicateDescription(column: description.column, what: description.what)
        }
    }

    mutating func reject(_ problem: CSVProblem) {
        guard case .aggregate = mode else { return }
        let column = problem.field.flatMap(columns.name(ofField:))
        let category = problem.reason.hasPrefix("invalid UTF-8") ? "invalid UTF-8" : "malformed record"
        issues.add(RowError(file: file, line: problem.line, column: column, reason: problem.reason), category: category)
    }

    mutating func skipEmptyRecord(line: Int) { emptyRows &+= 1 }

    /// An aggregating read that excludes no line acts on no line as it reads.
    var needsFileLinesWhileReading: Bool { !aggregating || !excludedLines.isEmpty }

    mutating func shiftLines(by delta: Int) {
        issues.shiftLines(by: delta)
        accumulator.shiftLines(by: delta)
        for index in candidates.indices { candidates[index].line &+= delta }
        descriptions = Dictionary(uniqueKeysWithValues: descriptions.map { ($0 &+ delta, $1) })
    }
}
