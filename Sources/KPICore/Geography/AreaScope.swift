/// The part of the country a summary, chart or briefing is about: the nation, one inspection
/// zone or one province. It knows which areas lie in it and owns the names of places in both
/// languages, so that a table, a chart title and a briefing cannot name a place differently.
public enum AreaScope: Sendable, Hashable {
    /// The whole country.
    case nation
    /// An inspection zone, by number (1 to 18).
    case zone(Int)
    /// A province, by its 2-digit code.
    case province(Int)

    /// The level of the scope's own area.
    public var level: AreaLevel {
        switch self {
        case .nation: return .nation
        case .zone: return .zone
        case .province: return .province
        }
    }

    /// The scope's own code: the zone's number or the province's code; `nil` for the nation.
    public var code: Int? {
        switch self {
        case .nation: return nil
        case .zone(let number): return number
        case .province(let code): return code
        }
    }

    /// The level of the areas it is made of: a province's districts, a zone's provinces, the
    /// nation's zones.
    public var partsLevel: AreaLevel {
        switch self {
        case .nation: return .zone
        case .zone: return .province
        case .province: return .district
        }
    }

    /// Whether the area of `level` with `code` (`nil` for the nation) belongs with the scope: an
    /// area inside it, the scope itself, or an area it lies in (a province's zone; the nation,
    /// always).
    public func includes(_ level: AreaLevel, code: Int?, in geography: Geography = .bundled) -> Bool {
        guard level != .nation, let code else { return true }
        switch self {
        case .nation:
            return true
        case .zone(let number):
            switch level {
            case .zone: return code == number
            case .province: return geography.province(code: code)?.zone == number
            default: return geography.province(code: code / 100)?.zone == number
            }
        case .province(let province):
            switch level {
            case .zone: return geography.province(code: province)?.zone == code
            case .province: return code == province
            default: return code / 100 == province
            }
        }
    }

    /// The codes of the areas of `level` that belong with the scope (as `includes` says:
    /// a province's districts, a zone's provinces, every zone of the nation, a province's own
    /// zone), ascending; `nil` at the nation's level.
    public func areaCodes(at level: AreaLevel, in geography: Geography = .bundled) -> [Int]? {
        let codes: [Int]
        switch level {
        case .district: codes = geography.districts.map(\.code)
        case .province: codes = geography.provinces.map(\.code)
        case .zone: codes = geography.zones.map(\.number)
        case .nation: return nil
        }
        return codes.filter { includes(level, code: $0, in: geography) }
    }

    /// The scope as a title names it: "จังหวัดเชียงใหม่" / "Chiang Mai" ("กรุงเทพมหานคร"),
    /// "เขตตรวจราชการที่ 15" / "Inspection Zone 15", "ทั้งประเทศ" / "Nationwide".
    public func name(in geography: Geography = .bundled) -> LocalizedText {
        switch self {
        case .nation: return Self.nationName
        case .zone(let number): return Self.zoneNumberName(number)
        case .province(let code): return geography.province(code: code)?.title ?? LocalizedText("\(code)")
        }
    }

    /// The scope's name with a zone's own name after its number: "เขตตรวจราชการที่ 15
    /// (ภาคเหนือตอนบน 1)" / "Inspection Zone 15 (Upper Northern 1)"; as `name(in:)` otherwise.
    public func fullName(in geography: Geography = .bundled) -> LocalizedText {
        guard case .zone(let number) = self, let zone = geography.zone(number: number) else {
            return name(in: geography)
        }
        let numbered = Self.zoneNumberName(number)
        return LocalizedText(
            thai: "\(numbered.thai) (\(zone.nameThai))", english: "\(numbered.english) (\(zone.nameEnglish))")
    }

    /// The nation's name, one spelling per language: "ทั้งประเทศ" / "Nationwide" (the whole
    /// country, as the nation's rows of a summary have always been named).
    public static let nationName = LocalizedText(thai: "ทั้งประเทศ", english: "Nationwide")

    /// An inspection zone by its number: "เขตตรวจราชการที่ 15" / "Inspection Zone 15".
    public static func zoneNumberName(_ number: Int) -> LocalizedText {
        LocalizedText(thai: "เขตตรวจราชการที่ \(number)", english: "Inspection Zone \(number)")
    }

    /// An inspection zone by its number, short, as in a list of zones: "เขต 15" / "Zone 15".
    public static func zoneShortName(_ number: Int) -> LocalizedText {
        LocalizedText(thai: "เขต \(number)", english: "Zone \(number)")
    }

    /// What one area of `level` inside the scope is called, short, as after a count ("15 เขต"):
    /// "อำเภอ" (Bangkok's "เขต"), "จังหวัด", "เขต", "ประเทศ" / "district", "province", "zone",
    /// "country".
    public func noun(of level: AreaLevel, in geography: Geography = .bundled) -> LocalizedText {
        switch level {
        case .district:
            if case .province(let code) = self, let province = geography.province(code: code) {
                return province.districtNoun
            }
            return LocalizedText(thai: "อำเภอ", english: "district")
        case .province: return LocalizedText(thai: "จังหวัด", english: "province")
        case .zone: return LocalizedText(thai: "เขต", english: "zone")
        case .nation: return LocalizedText(thai: "ประเทศ", english: "country")
        }
    }
}
