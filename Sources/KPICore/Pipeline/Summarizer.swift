import Foundation

/// What to summarize: `kpi summarize`'s options.
public struct SummaryRequest: Sendable {
    /// The input files; their kinds are inferred from their headers unless `kind` is given.
    public var files: [String]
    /// The kind of every file, when the headers do not tell; `nil` infers each file's.
    public var kind: DatasetKind?
    /// The newest window's last month; default: the last month of the latest fiscal quarter
    /// that every periodic dataset covers (see `AsOfChoice`).
    public var asOf: YearMonth?
    /// Consecutive 3-month windows back from the as-of month.
    public var windowCount: Int
    /// The levels and areas whose rows are kept.
    public var filter: AreaFilter
    /// How to read the files (CSV encoding, workbook sheet, column names).
    public var reading: ReadOptions
    /// Go on past invalid records, leaving them out and counting them.
    public var skipInvalid: Bool
    /// What a briefing compares besides the windows (not part of `kpi summarize`'s output).
    public var comparisons: BriefingComparisons
    /// Only these indicators (ids of the catalog), or every indicator of the files when `nil`.
    public var indicators: Set<String>?

    /// A request for `files` with the defaults of `kpi summarize`: three windows ending with the
    /// default as-of month, every level and area, every indicator.
    public init(
        files: [String], kind: DatasetKind? = nil, asOf: YearMonth? = nil, windowCount: Int = 3,
        filter: AreaFilter = AreaFilter(), reading: ReadOptions = ReadOptions(), skipInvalid: Bool = false,
        comparisons: BriefingComparisons = .none, indicators: Set<String>? = nil
    ) {
        self.files = files
        self.kind = kind
        self.asOf = asOf
        self.windowCount = windowCount
        self.filter = filter
        self.reading = reading
        self.skipInvalid = skipInvalid
        self.comparisons = comparisons
        self.indicators = indicators
    }
}

/// Reads datasets and computes the summary of the data contract: indicators per area and
/// window, rolled up through the levels, with comparisons, targets and ranks.
public struct Summarizer: Sendable {
    /// The provinces, districts and zones that codes are checked against.
    public let geography: Geography
    /// The indicators that records and `indicator-values` rows are read as.
    public let catalog: IndicatorCatalog

    /// A summarizer over `geography` and `catalog` (the built-in ones by default).
    public init(geography: Geography = .bundled, catalog: IndicatorCatalog = .bundled) {
        self.geography = geography
        self.catalog = catalog
    }

    /// The summary of `request`'s files. Throws `UnknownIndicatorError` (before reading) for an
    /// id of `request.indicators` the catalog lacks, `InvalidInput` when a record is invalid and
    /// `skipInvalid` is off, and `IngestError` when the files cannot be read as datasets at all.
    public func summarize(_ request: SummaryRequest, progress: (@Sendable (Int) -> Void)? = nil) throws -> (
        Summary, IngestReport
    ) {
        if let wanted = request.indicators { try catalog.check(ids: wanted) }
        let datasets = try firstReads(request.files, kind: request.kind, reading: request.reading, progress: progress)
        guard let asOf = AsOfChoice(given: request.asOf, datasets: datasets.map(\.months)) else {
            let report = IngestReport(
                files: datasets.flatMap(\.files), issues: datasets.reduce(into: IngestIssues()) { $0.merge($1.issues) })
            if report.issues.count > 0 && !request.skipInvalid { throw InvalidInput(report: report) }
            throw IngestError(
                .noValidRecords,
                RowError(file: request.files[0], line: 1, reason: "no valid records: nothing to summarize"))
        }
        let shown = Window.windows(endingIn: asOf.month, count: request.windowCount)
        let yearWindows = request.comparisons.surveyYearWindows(endingWith: shown.last!)
        let comparedWindows = Set(shown + shown.map(\.yearEarlier))

        var issues = IngestIssues()
        var files: [IngestReport.FileSummary] = []
        var rows: [SummaryRow] = []
        var surveyYearRows: [SummaryRow] = []
        var yearEarlierRows: [SummaryRow] = []
        var definitions: [IndicatorDefinition] = []
        for dataset in datasets {
            // The year-earlier windows count too: their snapshots give yoy_change. Survey years
            // are read only for the datasets that can hold annual indicators.
            let annual = !yearWindows.isEmpty && dataset.months.kind.mayHoldAnnualIndicators(in: catalog)
            let windows = Array(annual ? comparedWindows.union(yearWindows) : comparedWindows).sorted()
            let complete = try dataset.complete(windows, request.skipInvalid)
            issues.merge(complete.issues)
            files += complete.files
            let positions = { (wanted: [Window]) in wanted.map { windows.firstIndex(of: $0)! } }
            let rollUp = RollUp(geography: geography, windows: windows, shown: positions(shown))
            let years = RollUp(geography: geography, windows: windows, shown: annual ? positions(yearWindows) : [])
            let earlier = RollUp(geography: geography, windows: windows, shown: positions([shown.last!.yearEarlier]))
            // The windows read as such and as survey years, on two cores: each reading may pass
            // over every figure of the dataset (indicator-values keeps them until now).
            let readings = concurrentMap(annual ? 2 : 1) { reading in
                reading == 0
                    ? complete.observations(windows, catalog) : complete.surveyYearObservations(windows, catalog)
            }
            let surveyYears =
                annual
                ? Dictionary(readings[1].map { ($0.definition.id, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
            let indicators = readings[0].filter {
                request.indicators?.contains($0.definition.id) ?? true
            }
            // Each indicator rolled up on a core of its own: the roll-ups come after the reading,
            // on one core otherwise. The rows are then joined in the indicators' order.
            let rolledUp = concurrentMap(indicators.count) { index in
                let indicator = indicators[index]
                let shownRows = SummaryRow.rows(rollUp, indicator, filter: request.filter)
                let yearRows =
                    !shownRows.isEmpty && annual && indicator.definition.cadence == .annual
                    ? SummaryRow.rows(years, surveyYears[indicator.definition.id] ?? indicator, filter: request.filter)
                    : []
                let earlierRows =
                    !shownRows.isEmpty && request.comparisons.yearEarlier && indicator.definition.kind == .flow
                    ? SummaryRow.rows(earlier, indicator, filter: request.filter) : []
                return (shown: shownRows, years: yearRows, earlier: earlierRows)
            }
            for (indicator, indicatorRows) in zip(indicators, rolledUp) where !indicatorRows.shown.isEmpty {
                rows += indicatorRows.shown
                definitions.append(indicator.definition)
                surveyYearRows += indicatorRows.years
                yearEarlierRows += indicatorRows.earlier
            }
        }
        let report = IngestReport(files: files, issues: issues, asOf: asOf)
        if issues.count > 0 && !request.skipInvalid { throw InvalidInput(report: report) }

        let directions = Dictionary(definitions.map { ($0.id, $0.direction) }, uniquingKeysWith: { first, _ in first })
        // Sorted and ranked in place (a copy would double the biggest thing a run holds).
        Self.rank(&rows, directions)
        Self.rank(&surveyYearRows, directions)
        Self.rank(&yearEarlierRows, directions)
        var summary = Summary(rows: rows, windows: shown, indicators: definitions.sorted { $0.id < $1.id })
        summary.surveyYears = Summary.SurveyYears(windows: yearWindows, rows: surveyYearRows)
        summary.yearEarlier = yearEarlierRows
        return (summary, report)
    }

    /// Puts `rows` in contract order and ranks them.
    private static func rank(_ rows: inout [SummaryRow], _ directions: [String: Direction]) {
        // Sorted by integer keys (indicator ids by their rank among the ids present), then moved
        // once: tens of thousands of rows sorted by their own fields cost more than the ingest
        // of a million records.
        let ids = Set(rows.map(\.indicatorID)).sorted()
        let idRank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let keys = rows.map { row in
            (row.level.height, row.areaCode ?? -1, idRank[row.indicatorID]!, row.window.endMonth.index)
        }
        let order = rows.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            return (x.0, x.1, x.2, x.3, a) < (y.0, y.1, y.2, y.3, b)
        }
        rows = order.map { rows[$0] }
        Ranking.assign(&rows, directions: directions)
    }

    /// Reads and checks every record of `files` (duplicates in every snapshot). The report's
    /// issues are empty when all is valid. Throws `IngestError` when the files cannot be read as
    /// datasets at all.
    public func validate(
        _ files: [String], kind: DatasetKind? = nil, reading: ReadOptions = ReadOptions(),
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> IngestReport {
        let datasets = try firstReads(files, kind: kind, reading: reading, progress: progress)
        var issues = IngestIssues()
        var summaries: [IngestReport.FileSummary] = []
        for dataset in datasets {
            let complete = try dataset.complete(nil, false)
            issues.merge(complete.issues)
            summaries += complete.files
        }
        // A workbook's sheet other than the first is named `FILE[SHEET]`.
        func position(_ name: String) -> Int {
            files.firstIndex { name == $0 || name.hasPrefix($0 + "[") } ?? files.count
        }
        return IngestReport(files: summaries.sorted { position($0.path) < position($1.path) }, issues: issues)
    }

    // MARK: - Private

    /// One dataset kind after its first read, with its kind-specific parts behind closures
    /// (`DatasetDefinition.firstRead`).
    struct Dataset {
        struct Completed {
            var issues: IngestIssues
            var files: [IngestReport.FileSummary]
            var observations: ([Window], IndicatorCatalog) -> [IndicatorObservations]
            /// The same windows read as survey years (`DatasetAccumulator.observations(surveyYearsOf:catalog:)`).
            var surveyYearObservations: ([Window], IndicatorCatalog) -> [IndicatorObservations]
        }
        var months: DatasetMonths
        var files: [IngestReport.FileSummary]
        var issues: IngestIssues
        /// The cross-record checks for the windows used (all partitions for `nil`), with skip-invalid.
        var complete: ([Window]?, Bool) throws -> Completed
    }

    /// Opens the files, groups them by kind and reads each kind once.
    private func firstReads(
        _ paths: [String], kind: DatasetKind?, reading: ReadOptions,
        progress: (@Sendable (Int) -> Void)?
    ) throws -> [Dataset] {
        if let repeated = FileIdentity.firstRepeat(in: paths) {
            let how = repeated.path == repeated.sameAs ? "given twice" : "the same file as \(repeated.sameAs)"
            throw IngestError(
                .givenTwice, RowError(file: repeated.path, line: 0, reason: "\(how): give each file once"))
        }
        var byKind: [DatasetKind: [any RecordSource]] = [:]
        for path in paths {
            let file: any RecordSource
            do { file = try RecordSources.open(path: path, options: reading) } catch {
                throw IngestError(.unreadable, error)
            }
            guard let fileKind = kind ?? DatasetKind.infer(fromHeader: file.header) else {
                // A CSV file's header is split at the separator that gives the most fields.
                let split =
                    (file as? CSVFile).map {
                        " (split at \($0.separator.pluralName); no separator gives a dataset's columns)"
                    } ?? ""
                let nearest = DatasetKind.nearest(toHeader: file.header).map { kind, missing in
                    "\(kind.rawValue) lacks column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"
                }
                let lacks = nearest.isEmpty ? ":" : ": " + nearest.joined(separator: "; ") + ";"
                throw IngestError(
                    .notADataset,
                    RowError(
                        file: file.displayName, line: 1,
                        reason:
                            "cannot tell the dataset kind from the header \(file.header.joined(separator: " | "))\(split)\(lacks) give --kind \(DatasetKind.allCases.map(\.rawValue).joined(separator: "|"))"
                    ))
            }
            // The kind's columns are checked before any file is read, so that a missing one is
            // told apart from a file that cannot be read.
            do throws(RowError) { try fileKind.definition.checkColumns(of: file.header, file: file.displayName) } catch
            {
                throw IngestError(.notADataset, error)
            }
            byKind[fileKind, default: []].append(file)
        }
        return try DatasetKind.allCases.compactMap { kind in
            guard let files = byKind[kind] else { return nil }
            return try kind.definition.firstRead(files, by: self, progress: progress)
        }
    }
}
