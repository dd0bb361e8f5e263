import Foundation

/// Reads every file of one dataset kind into a single accumulator, with the contract's checks:
/// field and record errors, duplicate ids (within the partitions a computation uses) and errors
/// across records. With `skipInvalid`, invalid records are left out and counted.
package struct DatasetIngest<Accumulator: DatasetAccumulator> {
    /// The files, in the order given.
    package let files: [any RecordSource]
    package let geography: Geography
    package let catalog: IndicatorCatalog

    /// What was read of one file.
    package struct FileCounts: Sendable {
        /// Valid records used.
        package var rows = 0
        /// Records with every field empty, skipped.
        package var emptyRows = 0
    }

    package init(files: [any RecordSource], geography: Geography, catalog: IndicatorCatalog) {
        precondition(!files.isEmpty, "at least one file")
        self.files = files
        self.geography = geography
        self.catalog = catalog
    }

    /// The first read of every file: totals, record errors and fingerprints, before the checks
    /// that need the computation's windows.
    package struct FirstRead {
        package let accumulator: Accumulator
        let issues: IngestIssues
        let fingerprints: [FingerprintLog]
        let countsPerFile: [FileCounts]
    }

    /// The outcome of a complete read.
    package struct Result {
        package var accumulator: Accumulator
        package var issues: IngestIssues
        /// What was read of each file (in `files` order).
        package var countsPerFile: [FileCounts]
    }

    /// Reads every file once, decoding, checking and totalling every record.
    package func firstRead(progress: (@Sendable (Int) -> Void)?) throws(RowError) -> FirstRead {
        let pass = try pass(.aggregate(excludedLines: [], collectFingerprints: true), progress: progress)
        return FirstRead(
            accumulator: pass.accumulator!, issues: pass.issues, fingerprints: pass.fingerprints,
            countsPerFile: pass.countsPerFile)
    }

    /// Completes `first` with the checks across records: duplicate ids within the partitions
    /// that `windows` use (every partition when `nil`), and the kind's own cross-record rules.
    /// With `skipInvalid`, records found invalid here are left out by reading the files again.
    package func complete(_ first: FirstRead, windows: [Window]?, skipInvalid: Bool) throws(RowError) -> Result {
        var issues = first.issues
        var excluded: [String: Set<Int>] = [:]
        func exclude(_ error: RowError, _ category: String) {
            issues.add(error, category: category)
            excluded[error.file, default: []].insert(error.line)
        }
        let repeated: Set<UInt64>
        do {
            let used = windows.map(first.accumulator.partitionsUsed(by:)) ?? { _ in true }
            repeated = try FingerprintLog.duplicates(in: first.fingerprints, include: used)
        } catch {
            throw RowError(
                file: files[0].displayName, line: 0,
                reason: "cannot read back the temporary file of the duplicate-id check (in TMPDIR): \(error.reason)")
        }
        if !repeated.isEmpty {
            let duplicates = try locateDuplicates(repeated, keepingLines: skipInvalid)
            for error in duplicates.listed { issues.add(error, category: duplicateCategory) }
            issues.addUnlisted(duplicates.count &- duplicates.listed.count, category: duplicateCategory)
            for (file, lines) in duplicates.lines { excluded[file, default: []].formUnion(lines) }
        }
        for (error, category) in first.accumulator.crossRecordErrors() { exclude(error, category) }

        guard skipInvalid, !excluded.isEmpty else {
            return Result(accumulator: first.accumulator, issues: issues, countsPerFile: first.countsPerFile)
        }
        let again = try pass(
            .aggregate(excludedLines: [], collectFingerprints: false), progress: nil, excluded: excluded)
        return Result(accumulator: again.accumulator!, issues: issues, countsPerFile: again.countsPerFile)
    }

    // MARK: - Private

    private struct Pass {
        var accumulator: Accumulator?
        var issues = IngestIssues()
        var fingerprints: [FingerprintLog] = []
        var candidates: [DuplicateCandidate] = []
        var descriptions: [String: [Int: DuplicateDescription]] = [:]
        var countsPerFile: [FileCounts] = []
    }

    /// One read of every file in `mode` (of those named `only`, when given); `excluded` lines per
    /// file are skipped.
    private func pass(
        _ mode: ReadMode, progress: (@Sendable (Int) -> Void)?,
        excluded: [String: Set<Int>] = [:], only: Set<String>? = nil
    ) throws(RowError) -> Pass {
        var result = Pass()
        for file in files where only?.contains(file.displayName) ?? true {
            let columns = try RecordColumns<Accumulator.ColumnName>(
                kind: Accumulator.kind, header: file.header, file: file.displayName)
            var fileMode = mode
            if case .aggregate(_, let collect) = mode {
                fileMode = .aggregate(excludedLines: excluded[file.displayName] ?? [], collectFingerprints: collect)
            }
            let sinks = try Self.read(file, progress: progress) { _ in
                RecordSink(
                    file: file.displayName, columns: columns, mode: fileMode,
                    accumulator: Accumulator(columns: columns, geography: geography, catalog: catalog))
            }
            var counts = FileCounts()
            for sink in sinks {
                if result.accumulator == nil {
                    result.accumulator = sink.accumulator
                } else {
                    result.accumulator!.merge(sink.accumulator)
                }
                result.issues.merge(sink.issues)
                result.fingerprints.append(sink.fingerprints)
                result.candidates += sink.candidates
                result.descriptions[file.displayName, default: [:]].merge(sink.descriptions) { first, _ in first }
                counts.rows += sink.rows
                counts.emptyRows += sink.emptyRows
            }
            result.countsPerFile.append(counts)
        }
        return result
    }

    /// Reads `file` on every core through its concrete type: a call through `any RecordSource`
    /// would run the parser's per-record loop, and the accumulator under it, unspecialised,
    /// through witness tables.
    private static func read(
        _ file: any RecordSource, progress: (@Sendable (Int) -> Void)?, makeSink: (Int) -> RecordSink<Accumulator>
    ) throws(RowError) -> [RecordSink<Accumulator>] {
        let chunks = ProcessInfo.processInfo.activeProcessorCount
        switch file {
        case let csv as CSVFile: return try csv.read(chunks: chunks, progress: progress, makeSink: makeSink)
        case let sheet as WorkbookSheet: return try sheet.read(chunks: chunks, progress: progress, makeSink: makeSink)
        default: return try file.read(chunks: chunks, progress: progress, makeSink: makeSink)
        }
    }

    /// The duplicate records: how many, the first `IngestIssues.listLimit` as errors, and (when
    /// `keepingLines`, for `--skip-invalid`) the lines of all of them, by file.
    private struct Duplicates {
        var count = 0
        var listed: [RowError] = []
        var lines: [String: Set<Int>] = [:]
    }

    /// Reads the files again to find where the repeated fingerprints are; every occurrence after
    /// the first (in file order, then line order: the order in which the passes hand the
    /// records over) is a duplicate. Memory is a few dozen bytes per record with a repeated
    /// fingerprint, and the first duplicates alone are worded, from a last read of their files.
    private func locateDuplicates(_ repeated: Set<UInt64>, keepingLines: Bool) throws(RowError) -> Duplicates {
        let candidates = try pass(.locate(repeated), progress: nil).candidates
        // Each identity's first occurrence, as its index in `candidates`.
        var firstSeen: [DuplicateIdentity: Int] = [:]
        firstSeen.reserveCapacity(repeated.count)
        var duplicates = Duplicates()
        var firstDuplicates: [(duplicate: DuplicateCandidate, first: DuplicateCandidate)] = []
        for (index, candidate) in candidates.enumerated() {
            let identity = DuplicateIdentity(fingerprint: candidate.fingerprint, wording: candidate.identity)
            guard let first = firstSeen[identity] else {
                firstSeen[identity] = index
                continue
            }
            duplicates.count &+= 1
            if keepingLines { duplicates.lines[candidate.file, default: []].insert(candidate.line) }
            if firstDuplicates.count < IngestIssues.listLimit { firstDuplicates.append((candidate, candidates[first])) }
        }
        var lines: [String: Set<Int>] = [:]
        for (duplicate, _) in firstDuplicates { lines[duplicate.file, default: []].insert(duplicate.line) }
        var descriptions: [String: [Int: DuplicateDescription]] = [:]
        for (file, wanted) in lines {
            descriptions[file] = try pass(.describe(lines: wanted), progress: nil, only: [file]).descriptions[file]
        }
        duplicates.listed = firstDuplicates.map { duplicate, first in
            let description = descriptions[duplicate.file]?[duplicate.line]
            let place = first.file == duplicate.file ? "line \(first.line)" : "\(first.file):\(first.line)"
            return RowError(
                file: duplicate.file, line: duplicate.line, column: description?.column,
                reason: "duplicate \(description?.what ?? "id") (first on \(place))")
        }
        return duplicates
    }
}

/// The category of duplicate ids in the report.
private let duplicateCategory = "duplicate id"

/// What makes two records duplicates: their fingerprint and the hash of their identity's words.
private struct DuplicateIdentity: Hashable {
    var fingerprint: UInt64
    var wording: Int
}
