/// `kkcj`: Poverty Alleviation Project (กข.คจ.) village funds, one row per fund per snapshot.
///
/// Indicators (stock: each district's latest snapshot in the window): `kkcj.problem-funds` =
/// funds with status problem, `kkcj.problem-share` = problem funds / all funds.
package struct KKCJAccumulator: DatasetAccumulator {
    package struct Row {
        var district: Int
        var snapshot: KeyedDate
        var problem: Bool
    }

    struct Totals: PeriodTotals {
        var funds: Int64 = 0
        var problem: Int64 = 0
        mutating func add(_ other: Totals) {
            funds += other.funds
            problem += other.problem
        }
    }

    package static let kind = DatasetKind.kkcj
    /// `normal` (ปกติ) and `problem` (มีปัญหา).
    static let statuses = EnumerationWords([["normal", "ปกติ"], ["problem", "มีปัญหา"]])

    private let asOf, fundID, status, outstanding: Column
    private let area: AreaColumns
    private let geography: Geography
    private var dates = DateFieldCache()
    private var snapshots: PeriodTable<Totals>

    package init(columns: RecordColumns<KKCJ.Column>, geography: Geography, catalog: IndicatorCatalog) {
        snapshots = PeriodTable(districtCount: geography.districts.count)
        asOf = columns[.asOf]
        area = AreaColumns(columns)
        fundID = columns[.fundID]
        status = columns[.status]
        outstanding = columns[.outstanding]
        self.geography = geography
    }

    package mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row {
        let snapshot = try record.parse(asOf) { bytes throws(FieldError) in try dates.date(bytes) }
        let districtIndex = try area.districtIndex(in: record, geography: geography)
        _ = try record.parse(fundID, FieldParser.requiredText)
        let problem =
            try record.parse(status) { bytes throws(FieldError) in try FieldParser.choice(bytes, of: Self.statuses) }
            == 1
        _ = try record.parse(outstanding, FieldParser.satang)
        return Row(district: districtIndex, snapshot: snapshot, problem: problem)
    }

    @inline(__always)
    package func identity(of row: Row, in record: CSVRecord) -> RecordIdentity? {
        RecordIdentity(
            partition: row.snapshot.dayNumber,
            fingerprint: Fingerprint.of(FieldParser.trimmed(record[fundID.index]), scope: row.snapshot.dayNumber))
    }

    package func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String) {
        (
            fundID.name,
            "fund_id '\(FieldParser.text(FieldParser.trimmed(record[fundID.index])))' in snapshot \(row.snapshot.date)"
        )
    }

    package mutating func add(_ row: Row, file: String, line: Int) {
        snapshots.update(district: row.district, period: row.snapshot.dayNumber) {
            $0.funds &+= 1
            if row.problem { $0.problem &+= 1 }
        }
    }

    package mutating func merge(_ later: KKCJAccumulator) { snapshots.merge(later.snapshots) }

    package var latestMonth: YearMonth? { snapshots.latestPeriod.map { CivilDate(dayNumber: $0).yearMonth } }

    package func partitionsUsed(by windows: [Window]) -> (Int) -> Bool {
        let days = WindowPicks.latestSnapshots(snapshots, windows: windows).periods
        return { days.contains($0) }
    }

    package func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        let picks = WindowPicks.latestSnapshots(snapshots, windows: windows)
        return [
            picks.observations(catalog.require(KKCJ.problemFundsID), asOf: CivilDate.init(dayNumber:)) {
                (.count(Int128($0.problem)), nil)
            },
            picks.observations(catalog.require(KKCJ.problemShareID), asOf: CivilDate.init(dayNumber:)) {
                (.count(Int128($0.problem)), .count(Int128($0.funds)))
            },
        ]
    }
}
