/// Rolls an indicator's district observations up to province, inspection zone and nation, and
/// gives every area's values and changes in the shown windows (`AreaWindowValue`), from which
/// Summary makes its rows.
///
/// A ratio at every level is Σ numerator / Σ denominator of the districts below; a district
/// without an observation adds nothing; a province in no zone (Bangkok) goes straight to the nation.
struct RollUp {
    let geography: Geography
    /// The windows the observations are for, oldest first.
    let windows: [Window]
    /// Positions in `windows` of the windows shown, oldest first (consecutive windows).
    let shown: [Int]
    /// The comparisons the rows need: each shown window with the one before it, and each shown
    /// window with the same window a year earlier (for flows' `yoy_change`).
    private let comparisons: [Comparison]

    init(geography: Geography, windows: [Window], shown: [Int]) {
        self.geography = geography
        self.windows = windows
        self.shown = shown
        var comparisons: [Comparison] = []
        for (position, index) in shown.enumerated() {
            if position > 0 { comparisons.append(Comparison(before: shown[position - 1], after: index)) }
            if let earlier = windows.firstIndex(of: windows[index].yearEarlier) {
                comparisons.append(Comparison(before: earlier, after: index))
            }
        }
        self.comparisons = comparisons
    }

    /// Two windows compared: `change` (a shown window and the one before it) or `yoy_change`.
    struct Comparison: Hashable {
        var before: Int
        var after: Int
    }

    /// The figures of the units (districts, or a province's own figures) with a value in both
    /// windows of a comparison: what a like-for-like change is computed from.
    struct Paired {
        var before: Observation
        var after: Observation
        var units: Int

        static func + (lhs: Paired, rhs: Paired) -> Paired {
            Paired(before: lhs.before + rhs.before, after: lhs.after + rhs.after, units: lhs.units + rhs.units)
        }
    }

    /// One area's observations per window, with how many of its units report.
    struct Area {
        var level: AreaLevel
        var code: Int?
        var nameThai: String
        var nameEnglish: String
        var observations: [Observation?]
        var reporting: [Int]
        var units: Int
        /// Per comparison (in `RollUp.comparisons` order), the units that report in both of its windows.
        var paired: [Paired?]

        /// Adds a lower area's figures.
        mutating func absorb(_ lower: Area) {
            for index in observations.indices {
                if let observation = lower.observations[index] {
                    observations[index] = observations[index].map { $0 + observation } ?? observation
                }
                reporting[index] += lower.reporting[index]
            }
            units += lower.units
            merge(lower.paired)
        }

        /// Adds the pairs of a lower area, or of the area's own figures.
        mutating func merge(_ pairs: [Paired?]) {
            for index in paired.indices {
                guard let pair = pairs[index] else { continue }
                paired[index] = paired[index].map { $0 + pair } ?? pair
            }
        }
    }

    /// A unit's pairs: the comparisons whose two windows both have a value among `windowsWithValue`.
    private func pairs(
        _ observations: [Observation?], _ hasValue: (Observation?) -> Bool,
        windows windowsWithValue: (Int) -> Bool = { _ in true }
    ) -> [Paired?] {
        comparisons.map { comparison in
            guard windowsWithValue(comparison.before), windowsWithValue(comparison.after),
                hasValue(observations[comparison.before]), hasValue(observations[comparison.after]),
                let before = observations[comparison.before], let after = observations[comparison.after]
            else { return nil }
            return Paired(before: before, after: after, units: 1)
        }
    }

    /// The values of `indicator` for the areas `filter` shows with a value in a shown window, one
    /// per area and shown window, in contract order.
    func values(for indicator: IndicatorObservations, filter: AreaFilter) -> [AreaWindowValue] {
        let definition = indicator.definition
        return areas(indicator, keeping: filter)
            .filter { area in shown.contains { area.observations[$0].flatMap { value($0, definition) } != nil } }
            .flatMap { values($0, definition: definition) }
    }

    /// The areas `filter` shows (every area at every level by default), districts first, each
    /// with the figures of every district below it, shown or not. A district reports in a window
    /// where it has a value (an observation with a zero denominator has none).
    func areas(_ indicator: IndicatorObservations, keeping filter: AreaFilter = AreaFilter()) -> [Area] {
        let hasValue = { (observation: Observation?) in observation.flatMap { value($0, indicator.definition) } != nil }
        let empty = [Observation?](repeating: nil, count: windows.count)
        let none = [Int](repeating: 0, count: windows.count)
        let unpaired = [Paired?](repeating: nil, count: comparisons.count)

        var provinces: [Int: Area] = [:]
        func province(_ code: Int) -> Area {
            let province = geography.province(code: code)!
            return Area(
                level: .province, code: code, nameThai: province.nameThai, nameEnglish: province.nameEnglish,
                observations: empty, reporting: none, units: 0, paired: unpaired)
        }
        var districts: [Area] = []
        for index in indicator.districtsInInput.sorted() {
            let district = geography.districts[index]
            let observations = indicator.districts[index] ?? empty
            let area = Area(
                level: .district, code: district.code, nameThai: district.nameThai,
                nameEnglish: district.nameEnglish, observations: observations,
                reporting: observations.map { hasValue($0) ? 1 : 0 }, units: 1,
                paired: pairs(observations, hasValue))
            provinces[district.code / 100, default: province(district.code / 100)].absorb(area)
            if filter.includes(.district, code: district.code, in: geography) { districts.append(area) }
        }
        for code in indicator.provincesWithFigures {
            var area = provinces[code] ?? province(code)
            if area.units == 0 { area.units = 1 }
            let figures = indicator.provinceFigures[code] ?? empty
            var fromFigures = Set<Int>()
            for index in windows.indices where area.observations[index] == nil {
                if let figure = figures[index] {
                    area.observations[index] = figure
                    area.reporting[index] = hasValue(figure) ? 1 : 0
                    fromFigures.insert(index)
                }
            }
            // The province's own figures compare like for like only with its own figures.
            area.merge(pairs(figures, hasValue, windows: fromFigures.contains))
            provinces[code] = area
        }

        var zones: [Int: Area] = [:]
        var nation = Area(
            level: .nation, code: nil, nameThai: AreaScope.nationName.thai, nameEnglish: AreaScope.nationName.english,
            observations: empty, reporting: none, units: 0, paired: unpaired)
        for area in provinces.values {
            nation.absorb(area)
            guard let number = geography.province(code: area.code!)?.zone, geography.zone(number: number) != nil else {
                continue
            }
            let name = AreaScope.zone(number).fullName(in: geography)
            zones[
                number,
                default: Area(
                    level: .zone, code: number, nameThai: name.thai, nameEnglish: name.english,
                    observations: empty, reporting: none, units: 0, paired: unpaired)
            ].absorb(area)
        }
        let kept = { (area: Area) in filter.includes(area.level, code: area.code, in: geography) }
        return districts
            + provinces.values.filter(kept).sorted { $0.code! < $1.code! }
            + zones.values.filter(kept).sorted { $0.code! < $1.code! }
            + [nation].filter(kept)
    }

    /// The area's values for the shown windows.
    private func values(_ area: Area, definition: IndicatorDefinition) -> [AreaWindowValue] {
        let values = area.observations.map { $0.flatMap { value($0, definition) } }
        return shown.enumerated().map { position, index in
            let observation = area.observations[index]
            let value = values[index]
            var result = AreaWindowValue(
                level: area.level, code: area.code, nameThai: area.nameThai, nameEnglish: area.nameEnglish,
                window: windows[index], observation: value == nil ? nil : observation, value: value,
                reporting: area.reporting[index], units: area.units)
            if position > 0 {
                let previous = shown[position - 1]
                result.change = change(
                    from: area.observations[previous], values[previous], to: observation, value, definition)
                if let change = result.change, let before = values[previous], before != 0 {
                    result.pctChange = change / abs(before)
                }
                result.likeForLike = likeForLike(paired(area, Comparison(before: previous, after: index)), definition)
            }
            if definition.kind == .flow, let earlier = windows.firstIndex(of: windows[index].yearEarlier) {
                result.yoyChange = change(
                    from: area.observations[earlier], values[earlier], to: observation, value, definition)
                result.likeForLikeYearOnYear = likeForLike(
                    paired(area, Comparison(before: earlier, after: index)), definition)
            }
            return result
        }
    }

    /// The area's units with a value in both windows of `comparison`.
    private func paired(_ area: Area, _ comparison: Comparison) -> Paired? {
        comparisons.firstIndex(of: comparison).flatMap { area.paired[$0] }
    }

    /// The value of an observation: the ratio for ratio indicators (none for a zero
    /// denominator), the numerator otherwise.
    private func value(_ observation: Observation, _ definition: IndicatorDefinition) -> Double? {
        guard definition.ratio else { return observation.numerator.doubleValue }
        guard let denominator = observation.denominator, !denominator.isZero else { return nil }
        return observation.numerator.ratio(to: denominator)
    }

    /// The change over the units with a value in both windows.
    private func likeForLike(_ paired: Paired?, _ definition: IndicatorDefinition) -> LikeForLikeChange? {
        guard let paired, let before = value(paired.before, definition), let after = value(paired.after, definition),
            let change = change(from: paired.before, before, to: paired.after, after, definition)
        else { return nil }
        return LikeForLikeChange(change: change, areas: paired.units)
    }

    /// The difference of two values; exact for sums and counts.
    private func change(
        from before: Observation?, _ beforeValue: Double?, to after: Observation?, _ afterValue: Double?,
        _ definition: IndicatorDefinition
    ) -> Double? {
        guard let beforeValue, let afterValue, let before, let after else { return nil }
        return definition.ratio ? afterValue - beforeValue : (after.numerator - before.numerator).doubleValue
    }
}
