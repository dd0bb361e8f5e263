/// `indicator-values`: figures already counted for the catalog's other indicators, per district
/// or per province (empty district), per month.
///
/// Stock and cumulative indicators take each area's latest row in the window; flows sum the rows
/// whose period_end falls in it. Province-level figures feed the province and the levels above,
/// in windows where the province has no district figures.
public struct IndicatorValuesAccumulator: DatasetAccumulator {
    public struct Row {
        var indicator: Int
        var periodEnd: CivilDate
        var province: Int
        /// Position in `Geography.districts`, or `nil` for a province-level figure.
        var district: Int?
        var numerator: Quantity
        var denominator: Quantity?
    }

    /// A valid row with where it came from, kept whole: these files are small.
    struct Entry {
        var row: Row
        var file: String
        var line: Int
    }

    public static let kind = DatasetKind.indicatorValues

    private let indicatorID, periodEnd, numerator, denominator: Column
    private var area: AreaColumns
    private let geography: Geography
    private let catalog: IndicatorCatalog
    private var entries: [Entry] = []

    public init(columns: RecordColumns, geography: Geography, catalog: IndicatorCatalog) {
        indicatorID = columns["indicator_id"]
        periodEnd = columns["period_end"]
        area = AreaColumns(columns)
        numerator = columns["numerator"]
        denominator = columns["denominator"]
        self.geography = geography
        self.catalog = catalog
    }

    public mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row {
        let indicator = try record.parse(indicatorID) { [catalog] bytes throws(FieldError) in
            let id = FieldParser.text(FieldParser.trimmed(bytes))
            guard !id.isEmpty else { throw .empty }
            guard let index = catalog.index(of: id) else { throw .rule("'\(id)' is not in the indicator catalog (Datasets/indicators.json)") }
            return index
        }
        let definition = catalog.definitions[indicator]
        let day = try record.parse(periodEnd) { bytes throws(FieldError) in
            let day = try FieldParser.date(bytes)
            guard day.isLastDayOfMonth else { throw .rule("'\(day)' is not the last day of a month") }
            return day
        }
        let provinceCode = try area.provinceCode(in: record, geography: geography)
        let districtIndex: Int? = FieldParser.isBlank(record[area.district.index])
            ? nil : try area.districtIndex(in: record, province: provinceCode, geography: geography)
        let numeratorValue = try record.parse(numerator, FieldParser.decimal)
        let hasDenominator = !FieldParser.isBlank(record[denominator.index])
        guard hasDenominator == definition.ratio else {
            let reason = definition.ratio ? "empty, but \(definition.id) is a ratio and needs a denominator"
                                          : "given, but \(definition.id) is not a ratio (leave it empty)"
            throw ColumnError(column: denominator.name, error: .rule(reason))
        }
        let denominatorValue = hasDenominator ? try record.parse(denominator, FieldParser.decimal) : nil
        return Row(indicator: indicator, periodEnd: day, province: provinceCode, district: districtIndex,
                   numerator: numeratorValue, denominator: denominatorValue)
    }

    /// One figure per indicator, area and period_end.
    public func identity(of row: Row, in record: CSVRecord) -> RecordIdentity? {
        let area = row.district.map { geography.districts[$0].code } ?? row.province
        return RecordIdentity(partition: row.periodEnd.yearMonth.index,
                              fingerprint: Fingerprint.of(FieldParser.trimmed(record[indicatorID.index]),
                                                          scope: row.periodEnd.dayNumber * 10_000 + area))
    }

    public func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String) {
        let area = row.district.map { "district \(geography.districts[$0].code)" } ?? "province \(row.province)"
        return (nil, "figure for \(catalog.definitions[row.indicator].id), \(area), period_end \(row.periodEnd)")
    }

    public mutating func add(_ row: Row, file: String, line: Int) {
        entries.append(Entry(row: row, file: file, line: line))
    }

    public mutating func merge(_ later: IndicatorValuesAccumulator) { entries += later.entries }

    /// A province-level figure and district figures for the same indicator, province and
    /// period_end are ambiguous: reported on the later of the clashing records.
    public func crossRecordErrors() -> [(error: RowError, category: String)] {
        struct Key: Hashable { var indicator: Int, province: Int, day: Int }
        var provinceLevel: [Key: Entry] = [:], firstDistrict: [Key: Entry] = [:]
        for entry in entries {
            let key = Key(indicator: entry.row.indicator, province: entry.row.province, day: entry.row.periodEnd.dayNumber)
            if entry.row.district == nil {
                if provinceLevel[key] == nil { provinceLevel[key] = entry }
            } else if firstDistrict[key] == nil {
                firstDistrict[key] = entry
            }
        }
        let fileOrder = Dictionary(entries.map(\.file).enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return provinceLevel.compactMap { key, provinceEntry in
            guard let districtEntry = firstDistrict[key] else { return nil }
            let ordered = [provinceEntry, districtEntry].sorted { (fileOrder[$0.file]!, $0.line) < (fileOrder[$1.file]!, $1.line) }
            let (earlier, later) = (ordered[0], ordered[1])
            let place = earlier.file == later.file ? "line \(earlier.line)" : "\(earlier.file):\(earlier.line)"
            let error = RowError(file: later.file, line: later.line, column: "district_code",
                                 reason: "ambiguous: \(catalog.definitions[key.indicator].id) for province \(key.province) on \(CivilDate(dayNumber: key.day)) has both a province-level figure and district figures (\(place))")
            return (error, "province and district figures clash")
        }
        .sorted { ($0.error.file, $0.error.line) < ($1.error.file, $1.error.line) }
    }

    public var latestMonth: YearMonth? { entries.map(\.row.periodEnd).max()?.yearMonth }

    public func partitionsUsed(by windows: [Window]) -> (Int) -> Bool {
        { month in windows.contains { $0.contains(YearMonth(index: month)) } }
    }

    public func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        let byIndicator = Dictionary(grouping: entries.map(\.row), by: \.indicator)
        return byIndicator.keys.sorted().map { indicator in
            let definition = catalog.definitions[indicator]
            let rows = byIndicator[indicator]!
            func perWindow(_ rows: [Row]) -> [Observation?] {
                windows.map { window in
                    let inWindow = rows.filter { window.dayRange.contains($0.periodEnd.dayNumber) }
                    guard let latest = inWindow.max(by: { $0.periodEnd < $1.periodEnd }) else { return nil }
                    if definition.kind == .flow {
                        return inWindow.map { Observation(numerator: $0.numerator, denominator: $0.denominator, asOf: $0.periodEnd) }
                            .reduce(nil) { sum, next in sum.map { $0 + next } ?? next }
                    }
                    return Observation(numerator: latest.numerator, denominator: latest.denominator, asOf: latest.periodEnd)
                }
            }
            let districtRows = Dictionary(grouping: rows.filter { $0.district != nil }, by: { $0.district! })
            let provinceRows = Dictionary(grouping: rows.filter { $0.district == nil }, by: \.province)
            return IndicatorObservations(
                definition: definition,
                districts: districtRows.mapValues(perWindow),
                provinceFigures: provinceRows.mapValues(perWindow),
                districtsInInput: Set(districtRows.keys),
                provincesWithFigures: Set(provinceRows.keys))
        }
    }
}
