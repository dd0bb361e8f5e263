/// One sheet of an Excel workbook (`.xlsx`) read as the data contract says: the first sheet or
/// the one `ReadOptions.sheet` names, its first non-empty row the header, each later row a
/// record whose `line` is the row number Excel shows, with the same values and errors as the
/// sheet saved as a UTF-8 CSV file.
///
/// Reading inflates the sheet's XML once into a temporary file, then parses it on all cores in
/// chunks split at `<row` tags; memory stays bounded (a buffer per chunk, and the shared
/// strings, whose size the workbook bounds).
public struct WorkbookSheet: RecordSource {
    /// `FILE`, or `FILE[SHEET]` when the sheet is not the workbook's first.
    public let displayName: String
    public let header: [String]
    /// The workbook's size in bytes.
    public let byteCount: Int

    private let zip: ZipReader
    private let sheetEntry: ZipReader.Entry
    private let layout: SheetLayout
    private let headerRow: Int
    /// The offset in the sheet's XML just after the header row.
    private let dataStart: Int

    /// Whether the file at `path` is a zip archive, as a workbook is.
    public static func isWorkbook(path: String, displayName: String? = nil) throws(RowError) -> Bool {
        try ZipReader.startsLikeZip(InputFile(path: path, displayName: displayName ?? path))
    }

    /// Opens the workbook at `path` and reads the header of its sheet. `displayName` is how
    /// errors name the file (default: `path`). Throws when the workbook cannot be read (line 0),
    /// has no such sheet, or the sheet is empty.
    public init(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws(RowError) {
        let fileName = displayName ?? path
        let zip = try ZipReader(file: InputFile(path: path, displayName: fileName))
        let manifest = try WorkbookManifest(zip)
        let sheet = try Self.sheet(options.sheet, of: manifest, file: fileName)
        self.displayName = sheet.name == manifest.sheets[0].name ? fileName : "\(fileName)[\(sheet.name)]"
        guard let entry = zip.entry(named: sheet.part) else { throw ZipReader.corrupt(zip.file, "it has no sheet part \(sheet.part)") }
        let styles = try manifest.stylesPart.flatMap(zip.entry(named:)).map { (entry) throws(RowError) in
            CellStyles(try ZipEntryStream.readAll(zip.stream(entry), limit: WorkbookManifest.maxPartSize, what: "styles"))
        } ?? CellStyles()
        let strings = try manifest.sharedStringsPart.flatMap(zip.entry(named:)).map { (entry) throws(RowError) in
            try SharedStrings(stream: zip.stream(entry), file: fileName, part: entry.name)
        } ?? SharedStrings()

        var layout = SheetLayout(displayName: self.displayName, part: sheet.part, sharedStrings: strings, styles: styles,
                                 dateSystem: manifest.uses1904Dates ? .from1904 : .from1900,
                                 width: SheetXMLScanner.maxColumn, isMoney: [])
        var scanner = SheetXMLScanner(source: try zip.stream(entry), layout: layout)
        var row = 0
        repeat {
            guard let next = try scanner.nextRow(after: row) else { throw RowError(file: self.displayName, line: 1, reason: "empty sheet") }
            row = next
        } while !scanner.cells.hasText
        if let field = scanner.cells.invalidField {
            throw RowError(file: self.displayName, line: row, reason: "header field \(field &+ 1): \(CSVChunkParser.invalidUTF8)")
        }
        let names = scanner.cells.textsToLastNonEmpty()
        let width = names.count
        header = HeaderNames.contractNames(names, options: options)
        layout = SheetLayout(displayName: layout.displayName, part: layout.part, sharedStrings: strings, styles: styles,
                             dateSystem: layout.dateSystem, width: width, isMoney: header.map(DatasetKind.allMoneyColumns.contains))
        self.layout = layout
        self.zip = zip
        sheetEntry = entry
        headerRow = row
        dataStart = scanner.offset
        byteCount = zip.file.byteCount
    }

    /// Reads every data record: the sheet's XML is inflated into a temporary file, split into
    /// `chunks` at row boundaries, and the chunks parsed at the same time, each into its sink
    /// (see `RecordSource.read`). Rows with no text, and rows missing between two rows, are
    /// skipped and counted (`skipEmptyRecord`). `progress` gets the workbook's bytes as they are
    /// inflated.
    public func read<Sink: CSVRecordSink>(
        chunks: Int, progress: (@Sendable (Int) -> Void)? = nil, makeSink: (Int) -> Sink
    ) throws(RowError) -> [Sink] {
        let count = max(1, chunks)
        var sinks = (0..<count).map(makeSink)
        let spill = try inflateSheet(progress: progress)
        let plan = try SheetChunkPlanner.plan(spill, data: dataStart..<spill.length, headerRow: headerRow, count: count,
                                              displayName: displayName)
        let layout = layout
        sinks = try concurrentMap(count) { (index) throws(RowError) -> Sink in
            var sink = sinks[index]
            try Self.read(plan[index], of: spill, layout: layout, into: &sink)
            return sink
        }
        return sinks
    }

    // MARK: - Private

    /// The sheet named `name` (the first when `nil`): by its exact name, else ignoring case as
    /// Excel does.
    private static func sheet(_ name: String?, of manifest: WorkbookManifest, file: String) throws(RowError) -> WorkbookManifest.Sheet {
        guard let name else { return manifest.sheets[0] }
        if let sheet = manifest.sheets.first(where: { $0.name == name })
            ?? manifest.sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return sheet }
        let names = manifest.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw RowError(file: file, line: 0, reason: "the workbook has no sheet named '\(name)'; its sheets are \(names)")
    }

    /// Inflates the sheet's XML into a new temporary file.
    private func inflateSheet(progress: (@Sendable (Int) -> Void)?) throws(RowError) -> SpillFile {
        guard let spill = SpillFile() else {
            throw RowError(file: displayName, line: 0, reason: "cannot make a temporary file (in TMPDIR) to read the sheet")
        }
        let stream = try zip.stream(sheetEntry)
        let block = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { block.deallocate() }
        var reported = 0
        while case let count = try stream.read(into: block), count > 0 {
            guard spill.append(block.baseAddress!, count: count) != nil else {
                throw RowError(file: displayName, line: 0, reason: "cannot write the temporary file of the sheet (is TMPDIR full?)")
            }
            if let progress, stream.consumed > reported {
                progress(stream.consumed &- reported)
                reported = stream.consumed
            }
        }
        progress?(byteCount &- reported)
        return spill
    }

    /// Reads the rows of `chunk` into `sink`.
    private static func read<Sink: CSVRecordSink>(_ chunk: SheetChunk, of spill: SpillFile, layout: SheetLayout,
                                                  into sink: inout Sink) throws(RowError) {
        guard !chunk.range.isEmpty else { return }
        var scanner = SheetXMLScanner(source: SpillRangeSource(spill, range: chunk.range, displayName: layout.displayName), layout: layout)
        var previous = chunk.previousRow
        while let row = try scanner.nextRow(after: previous) {
            guard row > previous, row < chunk.nextRow ?? Int.max else {
                throw RowError(file: layout.displayName, line: row,
                               reason: "not a readable Excel workbook: \(layout.part) is damaged (row \(row) comes after row \(previous))")
            }
            for empty in (previous &+ 1)..<row { sink.skipEmptyRecord(line: empty) }
            previous = row
            if !scanner.cells.hasText {
                sink.skipEmptyRecord(line: row)
            } else if let field = scanner.cells.invalidField {
                sink.reject(CSVProblem(line: row, field: field, reason: CSVChunkParser.invalidUTF8))
            } else {
                scanner.cells.withRecord(line: row) { sink.consume($0) }
            }
        }
        if let next = chunk.nextRow {
            for empty in (previous &+ 1)..<max(previous &+ 1, next) { sink.skipEmptyRecord(line: empty) }
        }
    }
}
