import KPICore

/// Which areas a chart shows, for its title: the level and the province or zone they are in.
public struct ChartScope: Sendable {
    /// The level of the areas drawn.
    public var level: AreaLevel
    /// Only the areas of this province (its code), or `nil`.
    public var province: Int?
    /// Only the areas of this inspection zone (its number), or `nil`.
    public var zone: Int?

    /// The areas at `level`, within `province` or `zone` when given (else the whole country).
    public init(level: AreaLevel, province: Int? = nil, zone: Int? = nil) {
        self.level = level
        self.province = province
        self.zone = zone
    }

    /// The one area the scope covers as a whole (the province of `province`, the zone of `zone`,
    /// else the nation), when it is above `level`: the total row under a table of its areas.
    /// `code` is `nil` for the nation.
    public var total: (level: AreaLevel, code: Int?)? {
        let total: (level: AreaLevel, code: Int?)
        if let province { total = (.province, province) } else if let zone { total = (.zone, zone) } else { total = (.nation, nil) }
        return total.level > level ? total : nil
    }

    /// "รายอำเภอ จังหวัดเชียงใหม่", "Provinces of Inspection Zone 15", "ทั้งประเทศ"; a province or
    /// zone shown at its own level is just its name ("จังหวัดเชียงใหม่", "Inspection Zone 15").
    public func description(in language: Language, geography: Geography = .bundled) -> String {
        let thai = language == .thai
        let place: String
        if let province, let found = geography.province(code: province) {
            place = thai ? (province == 10 ? found.nameThai : "จังหวัด" + found.nameThai) : found.nameEnglish
        } else if let zone {
            place = thai ? "เขตตรวจราชการที่ \(zone)" : "Inspection Zone \(zone)"
        } else {
            place = thai ? "ทั้งประเทศ" : "Thailand"
        }
        let own: Bool
        if province != nil { own = level == .province } else if zone != nil { own = level == .zone } else { own = level == .nation }
        if own { return place }
        switch (level, thai) {
        case (.district, true): return "รายอำเภอ " + place
        case (.district, false): return "Districts of " + place
        case (.province, true): return "รายจังหวัด " + place
        case (.province, false): return "Provinces of " + place
        case (.zone, true): return "รายเขตตรวจราชการ"
        case (.zone, false): return "Inspection zones"
        case (.nation, true): return "ทั้งประเทศ"
        case (.nation, false): return "Thailand"
        }
    }
}
