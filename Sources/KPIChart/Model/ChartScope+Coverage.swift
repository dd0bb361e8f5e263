import KPICore

extension ChartScope {
    /// The codes of the areas of `level` the scope covers (districts of its province, provinces
    /// of its zone, every zone), by the geography; `nil` at the nation's level.
    func areaCodes(geography: Geography = .bundled) -> [Int]? {
        let provinces: [Int]
        if let province { provinces = [province] } else if let zone { provinces = geography.zone(number: zone)?.provinceCodes ?? [] }
        else { provinces = geography.provinces.map(\.code) }
        switch level {
        case .district: return provinces.flatMap { geography.districts(ofProvince: $0).map(\.code) }
        case .province: return provinces
        case .zone: return zone.map { [$0] } ?? geography.zones.map(\.number)
        case .nation: return nil
        }
    }

    /// "ไม่มีข้อมูล 65 จังหวัด" / "65 provinces have no data": the scope's areas of `level` none of
    /// whose codes are in `present`; `nil` when every area has data.
    func noDataNote(present: [Int?], language: Language, digits: DigitStyle, geography: Geography = .bundled) -> String? {
        guard let codes = areaCodes(geography: geography) else { return nil }
        let present = Set(present.compactMap { $0 })
        let missing = codes.filter { !present.contains($0) }.count
        guard missing > 0 else { return nil }
        let text: String
        switch language {
        case .thai:
            text = "ไม่มีข้อมูล \(missing) " + [AreaLevel.district: "อำเภอ", .province: "จังหวัด", .zone: "เขต", .nation: "พื้นที่"][level]!
        case .english:
            let noun = [AreaLevel.district: "district", .province: "province", .zone: "zone", .nation: "area"][level]!
            text = missing == 1 ? "1 \(noun) has no data" : "\(missing) \(noun)s have no data"
        }
        return digits.apply(to: text)
    }
}
