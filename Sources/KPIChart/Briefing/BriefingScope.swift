import KPICore

/// What a briefing covers: an inspection zone, a province or the nation.
public enum BriefingScope: Sendable, Equatable {
    /// An inspection zone, by number: its provinces compared, a page per province.
    case zone(Int)
    /// A province, by code: its districts compared.
    case province(Int)
    /// The whole country: the inspection zones compared.
    case nation

    /// The level of the areas compared: provinces of a zone, districts of a province, zones of
    /// the nation.
    public var areaLevel: AreaLevel {
        switch self {
        case .zone: return .province
        case .province: return .district
        case .nation: return .zone
        }
    }

    /// The level of the scope's own total.
    public var totalLevel: AreaLevel {
        switch self {
        case .zone: return .zone
        case .province: return .province
        case .nation: return .nation
        }
    }

    /// The scope's own code in the summary (zone number, province code; `nil` for the nation).
    public var code: Int? {
        switch self {
        case .zone(let number): return number
        case .province(let code): return code
        case .nation: return nil
        }
    }

    /// The areas the summary must hold for this briefing.
    public var filter: AreaFilter {
        switch self {
        case .zone(let number): return AreaFilter(zone: number)
        case .province(let code): return AreaFilter(province: code)
        case .nation: return AreaFilter(levels: [.zone, .nation])
        }
    }

    /// The chart scope of the compared areas.
    public var chartScope: ChartScope {
        switch self {
        case .zone(let number): return ChartScope(level: .province, zone: number)
        case .province(let code): return ChartScope(level: .district, province: code)
        case .nation: return ChartScope(level: .zone)
        }
    }

    /// "เขตตรวจราชการที่ 15 (ภาคเหนือตอนบน 1)", "จังหวัดเชียงใหม่", "ทั้งประเทศ", or in English.
    public func name(in language: Language, geography: Geography = .bundled) -> String {
        let thai = language == .thai
        switch self {
        case .zone(let number):
            let zone = geography.zone(number: number)
            return thai ? "เขตตรวจราชการที่ \(number)" + (zone.map { " (\($0.nameThai))" } ?? "")
                        : "Inspection Zone \(number)" + (zone.map { " (\($0.nameEnglish))" } ?? "")
        case .province(let code):
            let province = geography.province(code: code)
            return thai ? (code == 10 ? "" : "จังหวัด") + (province?.nameThai ?? "\(code)") : province?.nameEnglish ?? "\(code)"
        case .nation:
            return thai ? "ทั้งประเทศ" : "Thailand"
        }
    }

    /// The scope's total in a sentence: "ภาพรวมเขต", "ภาพรวมจังหวัด", "ภาพรวมทั้งประเทศ" / "the
    /// zone overall", …; short, since the page already names the scope.
    public func totalName(in language: Language) -> String {
        switch (self, language) {
        case (.zone, .thai): return "ภาพรวมเขต"
        case (.province, .thai): return "ภาพรวมจังหวัด"
        case (.nation, .thai): return "ภาพรวมทั้งประเทศ"
        case (.zone, .english): return "the zone overall"
        case (.province, .english): return "the province overall"
        case (.nation, .english): return "the country overall"
        }
    }

    /// The names of the areas it is made of: a zone's provinces, a province's districts, the zones.
    public func parts(in language: Language, geography: Geography = .bundled) -> [String] {
        switch self {
        case .zone(let number): return geography.provinces(ofZone: number).map { $0.name(in: language) }
        case .province(let code): return geography.districts(ofProvince: code).map { $0.name(in: language) }
        case .nation: return geography.zones.map { language == .thai ? "เขต \($0.number)" : "Zone \($0.number)" }
        }
    }
}
