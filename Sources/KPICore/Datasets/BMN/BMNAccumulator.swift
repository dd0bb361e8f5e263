/// `bmn`: the Basic Minimum Needs survey (จปฐ.), one row per target household per survey year.
///
/// A window uses the survey year equal to the B.E. year of its last day; indicators are
/// cumulative, counted up to that day: `bmn.coverage` = surveyed / households, `bmn.pass-rate` =
/// passed / surveyed, `bmn.low-income` = surveyed households under 38,000 baht per person a year,
/// `bmn.low-income-share` = that count / surveyed.
package struct BMNAccumulator: DatasetAccumulator {
    package struct Row {
        var district: Int
        var surveyYear: Int
        var surveyedOn: KeyedDate?
        var passed: Bool
        var lowIncome: Bool
    }

    /// Households of a survey year.
    struct Households: PeriodTotals {
        var count: Int64 = 0
        mutating func add(_ other: Households) { count += other.count }
    }

    /// Surveyed households of a survey year and month of survey.
    struct Surveyed: PeriodTotals {
        var surveyed: Int64 = 0
        var passed: Int64 = 0
        var lowIncome: Int64 = 0
        var latestDay = Int.min
        mutating func add(_ other: Surveyed) {
            surveyed += other.surveyed
            passed += other.passed
            lowIncome += other.lowIncome
            latestDay = max(latestDay, other.latestDay)
        }
    }

    package static let kind = DatasetKind.bmn
    /// The low-income line: 38,000 baht per person per year, in satang.
    static let lowIncomeLine: Int64 = 38_000_00
    /// A surveyed period key is `surveyYear * periodYearFactor + month index of the survey day`.
    static let periodYearFactor = 100_000

    private let surveyYear, householdID, surveyedOn, members, income, passed: Column
    private let area: AreaColumns
    private let geography: Geography
    private var dates = DateFieldCache()
    /// Survey years and household sizes repeat: both are parsed once per distinct field.
    private var years = FieldValueCache(bits: 4, placeholder: 0),
        sizes = FieldValueCache(bits: 8, placeholder: Int64(0))
    private var households: PeriodTable<Households>
    private var surveyed: PeriodTable<Surveyed>

    package init(columns: RecordColumns<BMN.Column>, geography: Geography, catalog: IndicatorCatalog) {
        households = PeriodTable(districtCount: geography.districts.count)
        surveyed = PeriodTable(districtCount: geography.districts.count)
        surveyYear = columns[.surveyYear]
        area = AreaColumns(columns)
        householdID = columns[.householdID]
        surveyedOn = columns[.surveyedOn]
        members = columns[.members]
        income = columns[.income]
        passed = columns[.passed]
        self.geography = geography
    }

    package mutating func decode(_ record: CSVRecord) throws(ColumnError) -> Row {
        let year = try record.parse(surveyYear) { bytes throws(FieldError) in
            try years.value(bytes, parse: Self.buddhistYear)
        }
        let districtIndex = try area.districtIndex(in: record, geography: geography)
        _ = try record.parse(householdID, FieldParser.requiredText)
        let persons = try record.parse(members) { bytes throws(FieldError) in
            try sizes.value(bytes) { field throws(FieldError) in try FieldParser.integer(field, in: 1...99) }
        }
        guard !FieldParser.isBlank(record[surveyedOn.index]) else {
            for column in [income, passed] where !FieldParser.isBlank(record[column.index]) {
                throw ColumnError(
                    column: column.name, error: .rule("given for a household not surveyed (surveyed_on is empty)"))
            }
            return Row(district: districtIndex, surveyYear: year, surveyedOn: nil, passed: false, lowIncome: false)
        }
        let day = try record.parse(surveyedOn) { bytes throws(FieldError) in try dates.date(bytes) }
        let incomeSatang = try record.parse(income, FieldParser.satang)
        let pass = try record.parse(passed, FieldParser.flag)
        return Row(
            district: districtIndex, surveyYear: year, surveyedOn: day, passed: pass,
            lowIncome: incomeSatang < Self.lowIncomeLine * persons)
    }

    /// A survey year: a whole number past `DateParser.eraBoundary`.
    private static func buddhistYear(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Int {
        let value = try FieldParser.integer(field, in: 0...9999)
        guard value > DateParser.eraBoundary else {
            throw .rule("'\(value)' is not a Buddhist Era year (2567 = 2024)")
        }
        return Int(value)
    }

    @inline(__always)
    package func identity(of row: Row, in record: CSVRecord) -> RecordIdentity? {
        RecordIdentity(
            partition: row.surveyYear,
            fingerprint: Fingerprint.of(FieldParser.trimmed(record[householdID.index]), scope: row.surveyYear))
    }

    package func duplicateDescription(of row: Row, in record: CSVRecord) -> (column: String?, what: String) {
        (
            householdID.name,
            "household_id '\(FieldParser.text(FieldParser.trimmed(record[householdID.index])))' in survey year \(row.surveyYear)"
        )
    }

    package mutating func add(_ row: Row, file: String, line: Int) {
        households.update(district: row.district, period: row.surveyYear) { $0.count &+= 1 }
        guard let day = row.surveyedOn else { return }
        surveyed.update(
            district: row.district, period: row.surveyYear * Self.periodYearFactor + day.date.yearMonth.index
        ) {
            $0.surveyed &+= 1
            if row.passed { $0.passed &+= 1 }
            if row.lowIncome { $0.lowIncome &+= 1 }
            $0.latestDay = max($0.latestDay, day.dayNumber)
        }
    }

    package mutating func merge(_ later: BMNAccumulator) {
        households.merge(later.households)
        surveyed.merge(later.surveyed)
    }

    package var latestMonth: YearMonth? {
        surveyed.latestPeriod.map { YearMonth(index: $0 % Self.periodYearFactor) }
    }

    /// `nil`: the survey is annual (January–April), so it never holds back the default as-of month.
    package var latestPeriodicMonth: YearMonth? { nil }

    /// The survey year (B.E.) a window uses.
    static func surveyYear(of window: Window) -> Int { window.lastDay.year + buddhistEraOffset }

    package func partitionsUsed(by windows: [Window]) -> (Int) -> Bool {
        let years = Set(windows.map(Self.surveyYear(of:)))
        return { years.contains($0) }
    }

    package func observations(windows: [Window], catalog: IndicatorCatalog) -> [IndicatorObservations] {
        let householdSeries = households.series()
        let surveyedSeries = surveyed.series()
        var coverage: [Int: [Observation?]] = [:]
        var passRate = coverage
        var lowIncome = coverage
        var lowIncomeShare = coverage
        for (district, years) in householdSeries {
            for window in windows {
                let year = Self.surveyYear(of: window)
                let total = years.first { $0.period == year }?.totals.count
                var sums = Surveyed()
                let first = year * Self.periodYearFactor
                let last = first + window.endMonth.index
                for entry in surveyedSeries[district] ?? [] where (first...last).contains(entry.period) {
                    sums.add(entry.totals)
                }
                let asOf = sums.surveyed > 0 ? CivilDate(dayNumber: sums.latestDay) : nil
                func observation(_ numerator: Int64, _ denominator: Int64?) -> Observation? {
                    total.map { _ in
                        Observation(
                            numerator: .count(Int128(numerator)), denominator: denominator.map { .count(Int128($0)) },
                            asOf: asOf)
                    }
                }
                coverage[district, default: []].append(observation(sums.surveyed, total))
                passRate[district, default: []].append(observation(sums.passed, sums.surveyed))
                lowIncome[district, default: []].append(observation(sums.lowIncome, nil))
                lowIncomeShare[district, default: []].append(observation(sums.lowIncome, sums.surveyed))
            }
        }
        let present = Set(householdSeries.keys)
        return [
            (BMN.coverageID, coverage), (BMN.passRateID, passRate),
            (BMN.lowIncomeID, lowIncome), (BMN.lowIncomeShareID, lowIncomeShare),
        ].map { id, districts in
            IndicatorObservations(definition: catalog.require(id), districts: districts, districtsInInput: present)
        }
    }
}
