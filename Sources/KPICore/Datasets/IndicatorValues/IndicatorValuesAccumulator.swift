/// `indicator-values`: figures already counted for the catalog's other indicators, per district
/// or per province (empty district), per month.
///
/// Stock and cumulative indicators take each area's latest row in the window; flows sum the rows
/// whose period_end falls in it. Province-level figures feed the province and the levels above,
/// in windows where the province has no district figures.
package struct IndicatorValuesAccumulator: DatasetAccumulator {
    package struct Row {
        var indicator: Int
        var periodEnd: KeyedDate
        var province: Int
        /// Position in `Geography.districts`, or `nil` for a province-level figure.
        var district: Int?
        var numerator: Quantity
        var denominator: Quantity?
    }

    package static let kind = DatasetKind.indicatorValues

    private let indicatorID, periodEnd, numerator, denominator: Column
    private let area: AreaColumns
    private var indicators: IndicatorIDCache
    private var dates = DateFieldCache()
    private let geography: Geography
    private let catalog: IndicatorCatalog
    /// Whether each indicator of the catalog comes every round (not annual), by catalog position:
    /// a row's indicator is already a position, so no id is looked up per row.
    private let periodic: [Bool]
    /// The valid rows, packed, in the order added: runs from one file after another.
    private var runs: [IndicatorFigureRun] = []
    /// The latest period_end of all figures and of the periodic indicators' figures (day
    /// numbers), kept as figures are added so that no pass over millions of figures finds them.
    private var latestDay = Int32.min, latestPeriodicDay = Int32.min

    package init(columns: RecordColumns<IndicatorValues.Column>, geography: Geography, catalog: IndicatorCatalog) {
        indicatorID = columns[.indicatorID]
        periodEnd = columns[.periodEnd]
        area = AreaColumns(columns)
        numerator = columns[.numerator]
        denominator = columns[.denominator]
        self.geography = geography
        self.catalog = catalog
        indicators = IndicatorIDCache(catalog: catalog)
        periodic = catalog.definitions.map(\.cadence.isPeriodic)
    }

    package mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row {
        let indicator = try record.parse(indicatorID) { bytes throws(FieldError) in
            let id = FieldParser.trimmed(bytes)
            guard !id.isEmpty else { throw .empty }
            guard let index = indicators.index(of: id) else {
                throw .rule("'\(FieldParser.text(id))' is not in the indicator catalog (Datasets/indicators.json)")
            }
            return index
        }
        let day = try record.parse(periodEnd) { bytes throws(FieldError) in
            let day = try dates.date(bytes)
            guard day.date.isLastDayOfMonth else { throw .rule("'\(day.date)' is not the last day of a month") }
            return day
        }
        let districtIndex: Int? =
            FieldParser.isBlank(record[area.district.index])
            ? nil : try area.districtIndex(in: record, geography: geography)
        let provinceCode =
            if let districtIndex { geography.districts[districtIndex].provinceCode } else {
                try area.provinceCode(in: record, geography: geography)
            }
        let numeratorValue = try record.parse(numerator, FieldParser.decimal)
        let hasDenominator = !FieldParser.isBlank(record[denominator.index])
        guard hasDenominator == catalog.definitions[indicator].ratio else {
            let definition = catalog.definitions[indicator]
            let reason =
                definition.ratio
                ? "empty, but \(definition.id) is a ratio and needs a denominator"
                : "given, but \(definition.id) is not a ratio (leave it empty)"
            throw ColumnError(column: denominator.name, error: .rule(reason))
        }
        let denominatorValue = hasDenominator ? try record.parse(denominator, FieldParser.decimal) : nil
        return Row(
            indicator: indicator, periodEnd: day, province: provinceCode, district: districtIndex,
            numerator: numeratorValue, denominator: denominatorValue)
    }

    /// One figure per indicator, area and period_end.
    @inline(__always)
    package func identity(of row: Row, in record: CSVRecord) -> RecordIdentity? {
        let area = row.district.map { geography.districts[$0].code } ?? row.province
        return RecordIdentity(
            partition: row.periodEnd.date.yearMonth.index,
            fingerprint: Fingerprint.of(
                FieldParser.trimmed(record[indicatorID.index]),
                scope: row.periodEnd.dayNumber * 10_000 + area))
    }

    package func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String) {
        let area = row.district.map { "district \(geography.districts[$0].code)" } ?? "province \(row.province)"
        return (nil, "figure for \(catalog.definitions[row.indicator].id), \(area), period_end \(row.periodEnd.date)")
    }

    package mutating func add(_ row: Row, file: String, line: Int) {
        if runs.isEmpty || runs[runs.count &- 1].file != file { runs.append(IndicatorFigureRun(file: file)) }
        let figure = IndicatorFigure(row, line: line)
        runs[runs.count &- 1].append(figure)
        latestDay = max(latestDay, figure.day)
        if periodic[row.indicator] { latestPeriodicDay = max(latestPeriodicDay, figure.day) }
    }

    /// Shifts the lines of the runs: no figure is touched.
    package mutating func shiftLines(by delta: Int) {
        for index in runs.indices { runs[index].lineOffset &+= delta }
    }

    /// Takes `later`'s runs as they are: no figure is copied.
    package mutating func merge(_ later: IndicatorValuesAccumulator) {
        runs += later.runs
        latestDay = max(latestDay, later.latestDay)
        latestPeriodicDay = max(latestPeriodicDay, later.latestPeriodicDay)
    }

    /// A province-level figure and district figures for the same indicator, province and
    /// period_end are ambiguous: reported on the later (in file order, then line order) of the
    /// first province-level figure and the first district figure.
    package func crossRecordErrors() -> [(error: RowError, category: String)] {
        struct Key: Hashable { var indicator: Int16, province: Int16, day: Int32 }
        /// Where a figure came from: its run (for the file) and its line.
        struct Place { var run: Int, line: Int }
        func key(_ figure: IndicatorFigure) -> Key {
            Key(indicator: figure.indicator, province: figure.province, day: figure.day)
        }
        /// A place for each indicator and province code.
        func pair(_ figure: IndicatorFigure) -> Int {
            Int(figure.indicator) * IndicatorFigure.provinceCodes + Int(figure.province)
        }

        // The first province-level figure of each key, and the indicator and province pairs that
        // have any: district figures of other pairs are passed over without a lookup.
        var clashes: [Key: (provinceLevel: Place, district: Place?)] = [:]
        var pairsWithProvinceLevel = [Bool](
            repeating: false, count: catalog.definitions.count * IndicatorFigure.provinceCodes)
        for (index, run) in runs.enumerated() {
            for figure in run.figures where figure.isProvinceLevel && clashes[key(figure)] == nil {
                clashes[key(figure)] = (Place(run: index, line: run.line(of: figure)), nil)
                pairsWithProvinceLevel[pair(figure)] = true
            }
        }
        guard !clashes.isEmpty else { return [] }
        // The first district figure of each of those keys.
        for (index, run) in runs.enumerated() {
            for figure in run.figures where !figure.isProvinceLevel && pairsWithProvinceLevel[pair(figure)] {
                if let clash = clashes[key(figure)], clash.district == nil {
                    clashes[key(figure)]!.district = Place(run: index, line: run.line(of: figure))
                }
            }
        }

        var fileRank: [String: Int] = [:]
        for (index, run) in runs.enumerated() where fileRank[run.file] == nil { fileRank[run.file] = index }
        func order(_ place: Place) -> (Int, Int) { (fileRank[runs[place.run].file]!, place.line) }
        return clashes.compactMap { key, clash in
            guard let district = clash.district else { return nil }
            let (earlier, later) =
                order(district) < order(clash.provinceLevel)
                ? (district, clash.provinceLevel) : (clash.provinceLevel, district)
            let (earlierFile, laterFile) = (runs[earlier.run].file, runs[later.run].file)
            let place = earlierFile == laterFile ? "line \(earlier.line)" : "\(earlierFile):\(earlier.line)"
            let error = RowError(
                file: laterFile, line: later.line, column: "district_code",
                reason:
                    "ambiguous: \(catalog.definitions[Int(key.indicator)].id) for province \(key.province) on \(CivilDate(dayNumber: Int(key.day))) has both a province-level figure and district figures (\(place))"
            )
            return (error, "province and district figures clash")
        }
        .sorted { ($0.error.file, $0.error.line) < ($1.error.file, $1.error.line) }
    }

    package var latestMonth: YearMonth? { Self.month(ofDay: latestDay) }

    /// The latest month of the figures of indicators that are not annual: a file of annual
    /// indicators only has none, and never holds back the default as-of month.
    package var latestPeriodicMonth: YearMonth? { Self.month(ofDay: latestPeriodicDay) }

    /// The month of a day number, `nil` for `Int32.min` (no figure).
    private static func month(ofDay day: Int32) -> YearMonth? {
        day == .min ? nil : CivilDate(dayNumber: Int(day)).yearMonth
    }

    package func partitionsUsed(by windows: [Window]) -> (Int) -> Bool {
        { month in windows.contains { $0.contains(YearMonth(index: month)) } }
    }

    package func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        fold(windows, catalog: catalog, surveyYears: false)
    }

    /// An annual indicator's figures are reported once a year, in any month: a survey year's
    /// value is the latest figure (or, for a flow, the sum) from 1 January of the window's year.
    package func observations(surveyYearsOf windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        fold(windows, catalog: catalog, surveyYears: true)
    }

    private func fold(_ windows: [Window], catalog: IndicatorCatalog, surveyYears: Bool) -> [IndicatorObservations] {
        var fold = IndicatorWindowFold(
            windows: windows, catalog: catalog, districtCount: geography.districts.count,
            surveyYears: surveyYears)
        for run in runs {
            for figure in run.figures { fold.add(figure) }
        }
        return fold.observations()
    }
}

/// Catalog lookups of indicator ids that remember the ids met so far by their bytes: a file names
/// a handful of indicators over and over, and looking each row's id up as a `String` allocates.
struct IndicatorIDCache {
    let catalog: IndicatorCatalog
    private var known: [(id: [UInt8], index: Int)] = []

    init(catalog: IndicatorCatalog) { self.catalog = catalog }

    /// The position in `catalog` of the indicator a non-empty `id` names, or `nil` when there is none.
    mutating func index(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        for entry in known where entry.id.withUnsafeBufferPointer({ ByteSearch.equal($0, id) }) {
            return entry.index
        }
        guard let index = catalog.index(of: String(decoding: id, as: UTF8.self)) else { return nil }
        known.append((Array(id), index))
        return index
    }
}
