import KPICore

/// Which areas a chart shows: the areas of one level within a scope (a province's districts, a
/// zone's provinces, the nation's provinces), named in its title by the scope.
public struct ChartScope: Sendable, Equatable {
    /// The level of the areas drawn.
    public var level: AreaLevel
    /// The part of the country whose areas are drawn.
    public var area: AreaScope

    /// The areas at `level` within `area` (the whole country by default).
    public init(level: AreaLevel, in area: AreaScope = .nation) {
        self.level = level
        self.area = area
    }

    /// The one area the scope covers as a whole (the province, the zone, else the nation), when
    /// it is above `level`: the total row under a table of its areas.
    public var total: AreaScope? { area.level > level ? area : nil }

    /// The rows a summary must hold for the chart: the areas drawn, and with `withTotal` the
    /// scope's total (a scorecard's last row).
    public func filter(withTotal: Bool = false) -> AreaFilter {
        AreaFilter(levels: Set([level] + (withTotal ? total.map { [$0.level] } ?? [] : [])), scope: area)
    }

    /// "รายอำเภอ จังหวัดเชียงใหม่", "Provinces of Inspection Zone 15", "รายจังหวัด ทั้งประเทศ" /
    /// "Provinces nationwide", "รายเขตตรวจราชการ" / "Inspection zones"; an area shown at its own
    /// level is just its name ("จังหวัดเชียงใหม่", "Inspection Zone 15"). Bangkok's districts are
    /// "รายเขต กรุงเทพมหานคร".
    public func description(in language: Language, geography: Geography = .bundled) -> String {
        let place = area.name(in: geography)
        switch level {
        case area.level: return place(language)
        case .nation: return AreaScope.nationName(language)
        case .zone: return LocalizedText(thai: "รายเขตตรวจราชการ", english: "Inspection zones")(language)
        case .district, .province:
            let noun = area.noun(of: level, in: geography)
            let plural = noun.english.prefix(1).uppercased() + noun.english.dropFirst() + "s"
            let english = area == .nation ? "\(plural) nationwide" : "\(plural) of \(place.english)"
            return LocalizedText(thai: "ราย\(noun.thai) \(place.thai)", english: english)(language)
        }
    }
}
