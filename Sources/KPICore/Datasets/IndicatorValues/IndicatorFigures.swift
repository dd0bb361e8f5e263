/// An `indicator-values` row as the accumulator keeps it until the windows are known: 32 bytes,
/// where the decoded row with its file name and line took 120, since national files hold
/// millions of rows.
///
/// The narrow fields hold what the geography and the catalog allow (province codes 10–99,
/// district codes below 10,000, so fewer districts); the line is the record's (below 2³¹), from
/// its run's `lineOffset`, and its file is its run's.
struct IndicatorFigure {
    /// Province codes are below this: room for one place per code.
    static let provinceCodes = 100

    var numeratorUnits: Int64
    var denominatorUnits: Int64
    /// `CivilDate.dayNumber` of the period_end.
    var day: Int32
    var line: Int32
    var province: Int16
    /// Position in `Geography.districts`, or -1 for a province-level figure.
    var district: Int16
    /// Position in the catalog's `definitions`.
    var indicator: Int16
    var numeratorScale: Int8
    /// -1 when there is no denominator.
    var denominatorScale: Int8

    init(_ row: IndicatorValuesAccumulator.Row, line: Int) {
        numeratorUnits = Int64(truncatingIfNeeded: row.numerator.units)  // a parsed field: under 10^18
        numeratorScale = Int8(row.numerator.scale)
        denominatorUnits = row.denominator.map { Int64(truncatingIfNeeded: $0.units) } ?? 0
        denominatorScale = row.denominator.map { Int8($0.scale) } ?? -1
        day = Int32(row.periodEnd.dayNumber)
        self.line = Int32(line)
        province = Int16(row.province)
        district = row.district.map(Int16.init) ?? -1
        indicator = Int16(row.indicator)
    }

    var isProvinceLevel: Bool { district < 0 }

    /// The figure as one area's observation for a window.
    var observation: Observation {
        Observation(
            numerator: Quantity(units: Int128(numeratorUnits), scale: Int(numeratorScale)),
            denominator: denominatorScale < 0
                ? nil : Quantity(units: Int128(denominatorUnits), scale: Int(denominatorScale)),
            asOf: CivilDate(dayNumber: Int(day)))
    }
}

/// Consecutive figures from one file, in the order they were added, in blocks of `blockSize`: a
/// figure is never moved once added, and at most one block's room is unused (an array that
/// doubles would copy every figure again and leave up to half its room unused at the peak).
struct IndicatorFigureRun {
    /// Figures per block (2 MiB).
    static let blockSize = 1 << 16

    let file: String
    /// Added to each figure's line to give its line in the file: a chunk read before the lines
    /// ahead of it were counted numbers its figures from its start.
    var lineOffset = 0
    private var blocks: [[IndicatorFigure]] = []

    init(file: String) { self.file = file }

    @inline(__always)
    mutating func append(_ figure: IndicatorFigure) {
        if blocks.isEmpty || blocks[blocks.count &- 1].count == Self.blockSize { addBlock() }
        blocks[blocks.count &- 1].append(figure)
    }

    @inline(never)
    private mutating func addBlock() {
        blocks.append([])
        blocks[blocks.count &- 1].reserveCapacity(Self.blockSize)
    }

    /// The line in the file of `figure`, one of the run's.
    func line(of figure: IndicatorFigure) -> Int { Int(figure.line) &+ lineOffset }

    /// Every figure, in the order added.
    var figures: FlattenSequence<[[IndicatorFigure]]> { blocks.joined() }
}

/// Each indicator and area's observation per window, folded from the figures one at a time in
/// file order: a flow sums the figures in the window, a stock or cumulative indicator keeps the
/// latest (the first of equally late ones).
struct IndicatorWindowFold {
    private let catalog: IndicatorCatalog
    /// Whether each indicator of the catalog is a flow.
    private let flows: [Bool]
    private let windowDays: [ClosedRange<Int>]
    /// The days of each window for annual indicators: the window's own, or with `surveyYears`
    /// its year's from 1 January.
    private let annualDays: [ClosedRange<Int>]
    /// Whether each indicator of the catalog is annual.
    private let annual: [Bool]
    private let earliestDay, latestDay: Int
    private let districtCount: Int
    /// Areas per indicator: the districts, then a place for every province code.
    private let areaCount: Int
    /// Position in `slots` of each indicator and area (`indicator * areaCount + area`), or -1.
    private var slotOfArea: [Int32]
    /// The indicator and area (as in `slotOfArea`) of each area seen.
    private var slots: [(indicator: Int, area: Int)] = []
    /// `windowDays.count` observations per slot.
    private var values: [Observation?] = []

    /// A fold for `windows`, of figures whose indicators are positions in `catalog` and whose
    /// districts are positions among `districtCount`; with `surveyYears`, an annual indicator's
    /// windows are read as their years up to their last day.
    init(windows: [Window], catalog: IndicatorCatalog, districtCount: Int, surveyYears: Bool = false) {
        self.catalog = catalog
        flows = catalog.definitions.map { $0.kind == .flow }
        annual = catalog.definitions.map { $0.cadence == .annual }
        windowDays = windows.map(\.dayRange)
        annualDays =
            surveyYears
            ? windows.map { CivilDate(year: $0.endMonth.year, month: 1, day: 1)!.dayNumber...$0.lastDay.dayNumber }
            : windowDays
        earliestDay = annualDays.map(\.lowerBound).min() ?? .max
        latestDay = windowDays.map(\.upperBound).max() ?? .min
        self.districtCount = districtCount
        areaCount = districtCount + IndicatorFigure.provinceCodes
        slotOfArea = Array(repeating: -1, count: catalog.definitions.count * areaCount)
    }

    /// Adds `figure` to the windows whose days it falls in; its area counts as seen even when none.
    mutating func add(_ figure: IndicatorFigure) {
        let area = figure.isProvinceLevel ? districtCount + Int(figure.province) : Int(figure.district)
        let key = Int(figure.indicator) * areaCount + area
        var slot = Int(slotOfArea[key])
        if slot < 0 {
            slot = slots.count
            slotOfArea[key] = Int32(slot)
            slots.append((Int(figure.indicator), area))
            values.append(contentsOf: repeatElement(nil, count: windowDays.count))
        }
        let day = Int(figure.day)
        guard day >= earliestDay, day <= latestDay else { return }
        let observation = figure.observation
        for (window, days) in (annual[Int(figure.indicator)] ? annualDays : windowDays).enumerated()
        where days.contains(day) {
            let index = slot * windowDays.count + window
            if let current = values[index] {
                if flows[Int(figure.indicator)] {
                    values[index] = current + observation
                } else if observation.asOf! > current.asOf! {
                    values[index] = observation
                }
            } else {
                values[index] = observation
            }
        }
    }

    /// The observations of every indicator seen, by catalog position.
    func observations() -> [IndicatorObservations] {
        var byIndicator: [Int: IndicatorObservations] = [:]
        for (slot, (indicator, area)) in slots.enumerated() {
            var series = Array(values[slot * windowDays.count..<(slot + 1) * windowDays.count])
            // Money always has exactly 2 decimals, however a figure was written (`580724.7`).
            if catalog.definitions[indicator].unit == IndicatorUnit.baht.rawValue {
                series = series.map { $0.map(\.inSatang) }
            }
            byIndicator[
                indicator,
                default: IndicatorObservations(
                    definition: catalog.definitions[indicator], districts: [:],
                    districtsInInput: [])
            ]
            .record(series, area: area, districtCount: districtCount)
        }
        return byIndicator.sorted { $0.key < $1.key }.map(\.value)
    }
}

extension Observation {
    /// The observation with money at 2 decimals at least: satang, or finer where it was written so.
    fileprivate var inSatang: Observation {
        var money = self
        money.numerator = numerator.rescaled(to: max(2, numerator.scale))
        money.denominator = denominator.map { $0.rescaled(to: max(2, $0.scale)) }
        return money
    }
}

extension IndicatorObservations {
    /// Sets the windows of `area` (a district position, or `districtCount` + a province code).
    fileprivate mutating func record(_ series: [Observation?], area: Int, districtCount: Int) {
        if area < districtCount {
            districts[area] = series
            districtsInInput.insert(area)
        } else {
            provinceFigures[area - districtCount] = series
            provincesWithFigures.insert(area - districtCount)
        }
    }
}
