import KPICore

/// Feeds bytes through the path `kpi validate` and `kpi summarize` take, as a fuzz target or a
/// regression test does. Errors are results; only a crash, trap, hang or runaway memory is a bug,
/// which the fuzzer catches, and `FuzzCheck` tells what a result must look like.
public enum FuzzHarness {
    /// The outcome of `bytes` saved as a file and read by `target`. For `.xlsx`, bytes that are
    /// not a zip archive are the parts of a workbook (see `WorkbookParts`).
    public static func run(_ bytes: UnsafeRawBufferPointer, through target: FuzzTarget) -> FuzzOutcome {
        let input: FuzzInputFile
        do {
            if target == .xlsx, !WorkbookParts.isArchive(bytes) {
                input = try WorkbookParts.workbook(from: bytes).withUnsafeBytes {
                    try FuzzInputFile($0, name: target.inputName)
                }
            } else {
                input = try FuzzInputFile(bytes, name: target.inputName)
            }
        } catch {
            fatalError("cannot write the fuzz input to TMPDIR: \(error)")
        }
        var outcome =
            switch target {
            case .csvReader: readCSV(input.path, name: target.inputName, asUTF16: UTF16Copy(bytes))
            case .xlsx: readWorkbook(input.path, name: target.inputName)
            default: summarize(input.path, kind: target.kind)
            }
        outcome.errors = outcome.errors.map { error in
            var named = error
            if error.file.hasPrefix(input.path) {
                named.file = target.inputName + error.file.dropFirst(input.path.count)
            }
            return named
        }
        return outcome
    }

    /// The outcome of `bytes` saved as a file and read by `target`.
    public static func run(_ bytes: [UInt8], through target: FuzzTarget) -> FuzzOutcome {
        bytes.withUnsafeBytes { run($0, through: target) }
    }

    /// Chunk counts every read is done with: the records must not depend on them.
    static let chunkCounts = [1, 3]

    /// The CSV file read as UTF-8 and as TIS-620 (which only matters without a byte-order mark).
    /// The contract has a UTF-16 file with a byte-order mark give what the same text in UTF-8
    /// gives: when there is `asUTF16`, a copy in UTF-16 that says so, a difference is noted.
    private static func readCSV(_ path: String, name: String, asUTF16: UTF16Copy?) -> FuzzOutcome {
        let open = { (path: String, encoding: TextEncoding) in
            reading { () throws(RowError) in
                try CSVFile(path: path, displayName: name, options: ReadOptions(encoding: encoding))
            }
        }
        var outcome = FuzzOutcome()
        for encoding in TextEncoding.allCases {
            outcome.transcript += "encoding \(encoding.rawValue)\n"
            let read = open(path, encoding)
            if encoding == .utf8, let asUTF16, open(asUTF16.file.path, .utf8) != read {
                outcome.inconsistencies.append("the records or errors differ when the file is saved as UTF-16")
            }
            outcome.append(read)
        }
        return outcome
    }

    /// The workbook's first sheet read; summarized too when its header gives a dataset kind.
    private static func readWorkbook(_ path: String, name: String) -> FuzzOutcome {
        var header: [String] = []
        var outcome = reading { () throws(RowError) in
            let sheet = try WorkbookSheet(path: path, displayName: name)
            header = sheet.header
            return sheet
        }
        if let kind = DatasetKind.infer(fromHeader: header) { outcome.append(summarize(path, kind: kind)) }
        return outcome
    }

    /// The records of the source `open` gives, read once per count of `chunkCounts`; a record
    /// list that depends on the count is noted as an inconsistency.
    private static func reading(_ open: () throws(RowError) -> any RecordSource) -> FuzzOutcome {
        let source: any RecordSource
        do {
            source = try open()
        } catch {
            return FuzzOutcome(errors: [error])
        }
        var outcome = FuzzOutcome(transcript: "header: \(source.header.joined(separator: "\u{1F}"))\n")
        var reads: [FuzzOutcome] = []
        for chunks in chunkCounts {
            do {
                reads.append(
                    RecordTranscript.joined(
                        try source.read(chunks: chunks, progress: nil) { _ in
                            RecordTranscript(file: source.displayName)
                        }))
            } catch {
                reads.append(FuzzOutcome(errors: [error]))
            }
        }
        if reads.contains(where: { $0 != reads[0] }) {
            outcome.inconsistencies.append("the records differ when the file is read in \(chunkCounts) chunks")
        }
        outcome.append(reads[0])
        return outcome
    }

    /// The file summarized as `kpi summarize --skip-invalid` does, as `kind` (inferred when `nil`).
    private static func summarize(_ path: String, kind: DatasetKind?) -> FuzzOutcome {
        let request = SummaryRequest(files: [path], kind: kind, skipInvalid: true)
        do {
            let (summary, report) = try Summarizer().summarize(request)
            var outcome = FuzzOutcome(errors: report.issues.listed)
            outcome.transcript = "\(report.issues.count) invalid records\n" + SummaryCSVWriter().render(summary)
            return outcome
        } catch let error as IngestError {
            return FuzzOutcome(errors: [error.detail])
        } catch {
            return FuzzOutcome(inconsistencies: ["summarize threw \(type(of: error)), not an IngestError: \(error)"])
        }
    }
}
