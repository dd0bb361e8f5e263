import Testing

@testable import KPICore

/// A roll-up restricted to the areas a filter shows (as `kpi brief` and `--zone`/`--province`
/// ask) gives, for the areas it keeps, exactly the rows of the roll-up of every area: the zone
/// and nation still count the districts that are not shown.
@Suite struct RollUpFilterTests {
    let geography = Geography.bundled
    let catalog = IndicatorCatalog.bundled

    /// The three windows up to September 2026, with their year-earlier windows, oldest first.
    var windows: (all: [Window], shown: [Int]) {
        let shown = Window.windows(endingIn: YearMonth(year: 2026, month: 9)!, count: 3)
        let all = Set(shown + shown.map(\.yearEarlier)).sorted()
        return (all, shown.map { all.firstIndex(of: $0)! })
    }

    /// Observations of `id` in every second district of the country (a few without a value in some
    /// windows, some with a zero denominator), and province-level figures for a province inside
    /// zone 15 and one outside it, varied by district and window.
    func observations(_ id: String, windowCount: Int) -> IndicatorObservations {
        let definition = catalog[id: id]!
        var districts: [Int: [Observation?]] = [:]
        for index in stride(from: 0, to: geography.districts.count, by: 2) {
            districts[index] = (0..<windowCount).map { window in
                guard (index + window) % 7 != 0 else { return nil }
                let numerator = Quantity.count(Int128((index * 37 + window * 11) % 500))
                let denominator =
                    definition.ratio ? Quantity.count(Int128((index + window) % 9 == 0 ? 0 : 600 + index % 50)) : nil
                return Observation(
                    numerator: numerator, denominator: denominator,
                    asOf: CivilDate(year: 2026, month: 1 + (index + window) % 9, day: 1 + index % 28)!)
            }
        }
        let inZone = geography.zone(number: 15)!.provinceCodes[0]
        let outside = geography.provinces.first { $0.zone != 15 && $0.zone != nil }!.code
        let figures = { (seed: Int) -> [Observation?] in
            (0..<windowCount).map { window in
                Observation(
                    numerator: .count(Int128(100 + seed + window)),
                    denominator: definition.ratio ? .count(Int128(1_000 + seed)) : nil, asOf: nil)
            }
        }
        return IndicatorObservations(
            definition: definition, districts: districts,
            provinceFigures: [inZone: figures(1), outside: figures(2)],
            districtsInInput: Set(districts.keys).union([1]),
            provincesWithFigures: [inZone, outside])
    }

    @Test(
        arguments: ["womens-fund.overdue-ratio", "otop.sales"],
        [AreaFilter(scope: .zone(15)), AreaFilter(scope: .province(50)), AreaFilter(levels: [.zone, .nation])])
    func restrictedRollUpKeepsTheFullRows(id: String, filter: AreaFilter) {
        let (all, shown) = windows
        let rollUp = RollUp(geography: geography, windows: all, shown: shown)
        let indicator = observations(id, windowCount: all.count)

        let full = rollUp.values(for: indicator, filter: AreaFilter())
        let restricted = rollUp.values(for: indicator, filter: filter)

        #expect(restricted == full.filter { filter.includes($0.level, code: $0.code, in: geography) })
        #expect(restricted.count < full.count)
        #expect(restricted.contains { $0.level == .nation && $0.likeForLike != nil })
    }

    @Test func restrictedAreasAreTheShownOnes() {
        let (all, shown) = windows
        let rollUp = RollUp(geography: geography, windows: all, shown: shown)
        let filter = AreaFilter(scope: .zone(15))
        let areas = rollUp.areas(observations("womens-fund.overdue-ratio", windowCount: all.count), keeping: filter)
        #expect(!areas.isEmpty)
        #expect(areas.allSatisfy { filter.includes($0.level, code: $0.code, in: geography) })
        #expect(Set(areas.map(\.level)) == Set(AreaLevel.allCases))
    }
}
