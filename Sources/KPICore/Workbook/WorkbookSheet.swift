/// One sheet of an Excel workbook (`.xlsx`) read as the data contract says: the first sheet or
/// the one `ReadOptions.sheet` names, its first non-empty row the header, each later row a
/// record whose `line` is the row number Excel shows, with the same values and errors as the
/// sheet saved as a UTF-8 CSV file.
///
/// Reading parses the sheet's XML as it is inflated, on all cores, each core taking the rows of
/// one stretch of it; memory stays bounded (a buffer per core, and the shared strings, whose size
/// the workbook bounds), and nothing is written to disk.
package struct WorkbookSheet: RecordSource {
    /// `FILE`, or `FILE[SHEET]` when the sheet is not the workbook's first.
    package let displayName: String
    package let header: [String]
    /// The workbook's size in bytes.
    package let byteCount: Int

    private let zip: ZipReader
    private let sheetEntry: ZipReader.Entry
    private let layout: SheetLayout
    private let headerRow: Int
    /// The offset in the sheet's XML just after the header row.
    private let dataStart: Int

    /// Whether the file at `path` is a zip archive, as a workbook is.
    package static func isWorkbook(path: String, displayName: String? = nil) throws(RowError) -> Bool {
        try ZipReader.startsLikeZip(InputFile(path: path, displayName: displayName ?? path))
    }

    /// Opens the workbook at `path` and reads the header of its sheet. `displayName` is how
    /// errors name the file (default: `path`). Throws when the workbook cannot be read (line 0),
    /// has no such sheet, or the sheet is empty.
    package init(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws(RowError) {
        let fileName = displayName ?? path
        let zip = try ZipReader(file: InputFile(path: path, displayName: fileName))
        let manifest = try WorkbookManifest(zip)
        let sheet = try Self.sheet(options.sheet, of: manifest, file: fileName)
        self.displayName = sheet.name == manifest.sheets[0].name ? fileName : "\(fileName)[\(sheet.name)]"
        guard let entry = zip.entry(named: sheet.part) else {
            throw ZipReader.corrupt(zip.file, "it has no sheet part \(sheet.part)")
        }
        let styles =
            try manifest.stylesPart.flatMap(zip.entry(named:)).map { (entry) throws(RowError) in
                CellStyles(
                    try ZipEntryStream.readAll(zip.stream(entry), limit: WorkbookManifest.maxPartSize, what: "styles"))
            } ?? CellStyles()
        let strings =
            try manifest.sharedStringsPart.flatMap(zip.entry(named:)).map { (entry) throws(RowError) in
                try SharedStrings(stream: zip.stream(entry), file: fileName, part: entry.name)
            } ?? SharedStrings()

        var layout = SheetLayout(
            displayName: self.displayName, part: sheet.part, sharedStrings: strings, styles: styles,
            dateSystem: manifest.uses1904Dates ? .from1904 : .from1900,
            width: SheetXMLScanner.maxColumn, isMoney: [])
        var scanner = SheetXMLScanner(source: try zip.stream(entry), layout: layout)
        var row = 0
        repeat {
            guard let next = try scanner.nextRow(after: row) else {
                throw RowError(file: self.displayName, line: 1, reason: "empty sheet")
            }
            row = next
        } while !scanner.cells.hasText && scanner.cells.refusal == nil
        if let refusal = scanner.cells.refusal {
            throw RowError(
                file: self.displayName, line: row,
                reason: (refusal.field.map { "header field \($0 &+ 1): " } ?? "") + refusal.reason)
        }
        let names = scanner.cells.textsToLastNonEmpty()
        let width = names.count
        try HeaderNames.checkOverrides(names, options: options, file: self.displayName)
        header = HeaderNames.contractNames(names, options: options)
        layout = SheetLayout(
            displayName: layout.displayName, part: layout.part, sharedStrings: strings, styles: styles,
            dateSystem: layout.dateSystem, width: width, isMoney: header.map(DatasetKind.allMoneyColumns.contains))
        self.layout = layout
        self.zip = zip
        sheetEntry = entry
        headerRow = row
        dataStart = scanner.offset
        byteCount = zip.file.byteCount
    }

    /// Reads every data record into `chunks` sinks (see `RecordSource.read`), all at the same
    /// time. Part `i` is the rows whose `<row` tag starts in the `i`-th of `chunks` equal stretches
    /// of the sheet's XML after the header: its reader inflates the sheet from the start (a deflate
    /// stream can only be read from its start), drops the bytes before its stretch and parses on to
    /// the first numbered row of the next stretch, whose number tells where the next part begins;
    /// a row without a number there leaves it to this reader. Rows with no text, and rows missing
    /// between two rows, are skipped and counted (`skipEmptyRecord`). The reader of the last part
    /// reads the whole sheet, so its size and CRC are checked. `progress` gets the workbook's bytes
    /// as that reader inflates them.
    ///
    /// The parts must join up as one reader reads the sheet: each part that reads rows starts at
    /// the very row tag where the part before it stopped, and the rows end with the part that meets
    /// `</sheetData>` or the end of the XML (the parts after it hold what follows the rows, which
    /// one reader never parses). A damaged sheet can be parsed differently from a point inside a
    /// tag; when the parts do not join up, or one of them fails, the sheet is read again by one
    /// reader, whose records or error are the answer, whatever the number of parts.
    package func read<Sink: CSVRecordSink>(
        chunks: Int, progress: (@Sendable (Int) -> Void)? = nil, makeSink: (Int) -> Sink
    ) throws(RowError) -> [Sink] {
        let count = max(1, chunks)
        let sinks = (0..<count).map(makeSink)
        let size = max(sheetEntry.uncompressedSize, dataStart)
        let starts = (0..<count).map { dataStart &+ (size &- dataStart) / count &* $0 }
        let parts = concurrentMap(count) { (index) -> Result<(sink: Sink, bounds: PartBounds), RowError> in
            var sink = sinks[index]
            return Result { () throws(RowError) in
                let bounds = try read(
                    from: starts[index], stops: Array(starts[(index &+ 1)...]), isFirst: index == 0,
                    progress: index == count &- 1 ? progress : nil, into: &sink)
                return (sink, bounds)
            }
        }
        defer { progress?(byteCount &- sheetEntry.compressedSize) }
        if let joined = Self.joined(parts, fresh: sinks) { return joined }
        var sink = sinks[0]
        _ = try read(from: starts[0], stops: [], isFirst: true, progress: nil, into: &sink)
        return [sink] + sinks.dropFirst()
    }

    // MARK: - Private

    /// The sheet named `name` (the first when `nil`): by its exact name, else ignoring case as
    /// Excel does.
    private static func sheet(_ name: String?, of manifest: WorkbookManifest, file: String) throws(RowError)
        -> WorkbookManifest.Sheet
    {
        guard let name else { return manifest.sheets[0] }
        if let sheet = manifest.sheets.first(where: { $0.name == name })
            ?? manifest.sheets.first(where: { $0.name.lowercased() == name.lowercased() })
        {
            return sheet
        }
        let names = manifest.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw RowError(
            file: file, line: 0, reason: "the workbook has no sheet named '\(name)'; its sheets are \(names)")
    }

    /// Where one part's rows began and ended, as stream offsets of row tags.
    private struct PartBounds {
        /// The part's first row, for a part after the first that read rows.
        var firstRow: Int?
        /// The row the part stopped at, the next part's first; `nil` when the rows ended.
        var stop: Int?
    }

    /// The parts' sinks in order, when the parts join up (see `read(chunks:progress:makeSink:)`);
    /// `nil` when one failed or two do not join. Parts that read no rows, or only rows after the
    /// end, give their `fresh` sink.
    private static func joined<Sink>(_ parts: [Result<(sink: Sink, bounds: PartBounds), RowError>], fresh: [Sink])
        -> [Sink]?
    {
        guard let parts = try? parts.map({ (part) throws(RowError) in try part.get() }) else { return nil }
        var sinks = [parts[0].sink]
        var current = 0
        while let stop = parts[current].bounds.stop {
            guard let next = parts.indices.first(where: { $0 > current && parts[$0].bounds.firstRow != nil }),
                parts[next].bounds.firstRow == stop
            else { return nil }
            sinks += fresh[(current &+ 1)..<next] + [parts[next].sink]
            current = next
        }
        return sinks + fresh[sinks.count...]
    }

    /// Reads into `sink` the rows from the first row tag at or after `start` (the header's next
    /// row for the first part) to the first numbered row at or after one of `stops`, and says
    /// where they began and ended.
    private func read<Sink: CSVRecordSink>(
        from start: Int, stops: [Int], isFirst: Bool,
        progress: (@Sendable (Int) -> Void)?, into sink: inout Sink
    ) throws(RowError) -> PartBounds {
        let stream = try zip.stream(sheetEntry)
        try stream.skip(start)
        var scanner = SheetXMLScanner(source: stream, layout: layout, streamOffset: start, stops: stops)
        var previous = headerRow
        var reported = 0
        defer { progress?(stream.consumed &- reported) }
        var awaitingFirstRow = !isFirst
        var bounds = PartBounds()
        while let row = try scanner.nextRow(after: previous) {
            if awaitingFirstRow {
                awaitingFirstRow = false
                // A part starts at a numbered row; one without a number is the part before's.
                guard scanner.lastRowWasNumbered else { return PartBounds() }
                bounds.firstRow = scanner.lastRowOffset
                previous = row &- 1
            }
            for empty in (previous &+ 1)..<row { sink.skipEmptyRecord(line: empty) }
            previous = row
            if let refusal = scanner.cells.refusal {
                sink.reject(CSVProblem(line: row, field: refusal.field, reason: refusal.reason))
            } else if !scanner.cells.hasText {
                sink.skipEmptyRecord(line: row)
            } else {
                scanner.cells.withRecord(line: row) { sink.consume($0) }
            }
            if let progress, row & 0xFFF == 0, stream.consumed > reported {
                progress(stream.consumed &- reported)
                reported = stream.consumed
            }
        }
        if let next = scanner.stoppedAtRow {
            // A part whose first row is already the next part's has nothing.
            if awaitingFirstRow { return PartBounds() }
            guard next > previous else { throw scanner.outOfOrder(next, after: previous) }
            for empty in (previous &+ 1)..<next { sink.skipEmptyRecord(line: empty) }
            bounds.stop = scanner.lastRowOffset
            return bounds
        }
        try stream.finish()
        return bounds
    }
}
