/// `womens-fund`: Women's Development Fund loans, one row per loan per month-end snapshot.
///
/// Indicators (stock: each district's latest snapshot in the window):
/// `womens-fund.overdue-ratio` = Σ overdue / Σ outstanding, `womens-fund.outstanding` = Σ outstanding.
package struct WomensFundAccumulator: DatasetAccumulator {
    package struct Row {
        var district: Int
        var snapshot: KeyedDate
        var outstanding: Int64
        var overdue: Int64
        /// The loan id without surrounding spaces, valid while its record is.
        var loanID: UnsafeBufferPointer<UInt8>
    }

    /// Satang summed in 128 bits: each amount is under 10^17, so no file can overflow them.
    struct Totals: PeriodTotals {
        var outstanding: Int128 = 0
        var overdue: Int128 = 0
        mutating func add(_ other: Totals) {
            outstanding += other.outstanding
            overdue += other.overdue
        }
    }

    /// The same sums in 64 bits, while rows are added (`MoneyTable`).
    struct Lanes: MoneyLanes {
        typealias Amounts = (outstanding: Int64, overdue: Int64)
        typealias Wide = Totals

        var outstanding: Int64 = 0
        var overdue: Int64 = 0

        mutating func add(_ loan: Amounts) -> Bool {
            let (outstanding, outstandingOverflow) = self.outstanding.addingReportingOverflow(loan.outstanding)
            let (overdue, overdueOverflow) = self.overdue.addingReportingOverflow(loan.overdue)
            guard !outstandingOverflow, !overdueOverflow else { return false }
            (self.outstanding, self.overdue) = (outstanding, overdue)
            return true
        }

        mutating func add(_ other: Lanes) -> Bool { add((other.outstanding, other.overdue)) }

        var widened: Totals { Totals(outstanding: Int128(outstanding), overdue: Int128(overdue)) }
    }

    package static let kind = DatasetKind.womensFund

    private let asOf, loanID, outstanding, overdue: Column
    private let area: AreaColumns
    private let geography: Geography
    private var dates = DateFieldCache()
    /// Totals per district and snapshot day number.
    private var snapshots: MoneyTable<Lanes>

    package init(columns: RecordColumns<WomensFund.Column>, geography: Geography, catalog: IndicatorCatalog) {
        snapshots = MoneyTable(districtCount: geography.districts.count)
        asOf = columns[.asOf]
        area = AreaColumns(columns)
        loanID = columns[.loanID]
        outstanding = columns[.outstanding]
        overdue = columns[.overdue]
        self.geography = geography
    }

    package mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row {
        let snapshot = try record.parse(asOf) { bytes throws(FieldError) in try dates.date(bytes) }
        let districtIndex = try area.districtIndex(in: record, geography: geography)
        let loan = try record.parse(loanID, FieldParser.requiredText)
        let outstandingSatang = try record.parse(outstanding, FieldParser.satang)
        let overdueSatang = try record.parse(overdue, FieldParser.satang)
        guard overdueSatang <= outstandingSatang else {
            throw ColumnError(column: overdue.name, error: .rule("overdue is more than outstanding"))
        }
        return Row(
            district: districtIndex, snapshot: snapshot, outstanding: outstandingSatang, overdue: overdueSatang,
            loanID: loan)
    }

    @inline(__always)
    package func identity(of row: Row, in record: CSVRecord) -> RecordIdentity? {
        RecordIdentity(
            partition: row.snapshot.dayNumber,
            fingerprint: Fingerprint.of(row.loanID, scope: row.snapshot.dayNumber))
    }

    package func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String) {
        (loanID.name, "loan_id '\(FieldParser.text(row.loanID))' in snapshot \(row.snapshot.date)")
    }

    package mutating func add(_ row: Row, file: String, line: Int) {
        snapshots.add((row.outstanding, row.overdue), district: row.district, period: row.snapshot.dayNumber)
    }

    package mutating func merge(_ later: WomensFundAccumulator) { snapshots.merge(later.snapshots) }

    package var latestMonth: YearMonth? { snapshots.latestPeriod.map { CivilDate(dayNumber: $0).yearMonth } }

    package func partitionsUsed(by windows: [Window]) -> (Int) -> Bool {
        let days = WindowPicks.latestSnapshots(snapshots.widened(), windows: windows).periods
        return { days.contains($0) }
    }

    package func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        let picks = WindowPicks.latestSnapshots(snapshots.widened(), windows: windows)
        return [
            picks.observations(catalog.require(WomensFund.overdueRatioID), asOf: CivilDate.init(dayNumber:)) {
                (.satang($0.overdue), .satang($0.outstanding))
            },
            picks.observations(catalog.require(WomensFund.outstandingID), asOf: CivilDate.init(dayNumber:)) {
                (.satang($0.outstanding), nil)
            },
        ]
    }
}
