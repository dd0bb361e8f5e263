import KPICore

/// What a briefing of a scope covers: a zone's provinces compared (a page per province), a
/// province's districts, or the nation's inspection zones.
extension AreaScope {
    /// The areas the summary must hold for a briefing of this scope: for a zone or province every
    /// level (a zone's province pages show districts); for the nation only the zones and itself.
    public var briefingFilter: AreaFilter {
        self == .nation ? AreaFilter(levels: [.zone, .nation]) : AreaFilter(scope: self)
    }

    /// The areas a briefing compares: the scope's parts (`partsLevel`) within it.
    public var comparedAreas: ChartScope { ChartScope(level: partsLevel, in: self) }

    /// The scope's total in a sentence: "ภาพรวมเขต", "ภาพรวมจังหวัด" (Bangkok, no จังหวัด,
    /// "ภาพรวมกรุงเทพมหานคร"), "ภาพรวมทั้งประเทศ" / "the zone overall", …; short, since the page
    /// already names the scope.
    public func totalName(in language: Language, geography: Geography = .bundled) -> String {
        switch self {
        case .zone: return LocalizedText(thai: "ภาพรวมเขต", english: "the zone overall")(language)
        case .province(let code):
            let bangkok = geography.province(code: code)?.isBangkok == true
            return LocalizedText(
                thai: bangkok ? "ภาพรวม" + name(in: geography).thai : "ภาพรวมจังหวัด",
                english: "the province overall")(language)
        case .nation: return LocalizedText(thai: "ภาพรวมทั้งประเทศ", english: "the country overall")(language)
        }
    }

    /// The names of the areas it is made of: a zone's provinces, a province's districts, the
    /// zones ("เขต 1" / "Zone 1").
    public func partNames(in language: Language, geography: Geography = .bundled) -> [String] {
        switch self {
        case .zone(let number): return geography.provinces(ofZone: number).map { $0.name(in: language) }
        case .province(let code): return geography.districts(ofProvince: code).map { $0.name(in: language) }
        case .nation: return geography.zones.map { AreaScope.zoneShortName($0.number)(language) }
        }
    }
}
