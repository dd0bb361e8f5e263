/// Thailand's provinces, districts and inspection zones, with lookups by code.
///
/// `Geography.bundled` holds the tables of Datasets/geography (compiled into the library), so it
/// works from any directory. Lookups by code are array reads, cheap enough for every CSV row.
public struct Geography: Sendable {
    /// All provinces, by ascending code.
    public let provinces: [Province]
    /// All districts, by ascending code.
    public let districts: [District]
    /// All inspection zones, by ascending number.
    public let zones: [InspectionZone]

    /// Position in `provinces` for each 2-digit code, or -1.
    private let provinceSlots: [Int16]
    /// Position in `districts` for each 4-digit code, or -1.
    private let districtSlots: [Int16]
    /// Range in `districts` of each province's districts, by position in `provinces`.
    private let districtRanges: [Range<Int>]

    /// The tables shipped in Datasets/geography.
    public static let bundled: Geography = {
        do {
            return try Geography(
                provincesCSV: EmbeddedDatasets.files["geography/provinces.csv"]!,
                districtsCSV: EmbeddedDatasets.files["geography/districts.csv"]!,
                zonesCSV: EmbeddedDatasets.files["geography/zones.csv"]!
            )
        } catch {
            // The tables are compiled in and checked by the tests: failing here is a build defect.
            fatalError("Datasets/geography is invalid: \(error)")
        }
    }()

    /// Loads the three tables from their CSV text (the formats of Datasets/geography).
    public init(provincesCSV: String, districtsCSV: String, zonesCSV: String) throws(GeographyError) {
        let zoneTable = try GeographyTable(
            file: "zones.csv", text: zonesCSV,
            requiredColumns: ["province_code", "zone", "zone_name_th", "zone_name_en"])
        var zoneOfProvince: [Int: Int] = [:]
        var zonesByNumber: [Int: InspectionZone] = [:]
        for row in zoneTable.rows {
            let province = try zoneTable.number(row, "province_code", in: 10...99)
            let number = try zoneTable.number(row, "zone", in: 1...99)
            guard zoneOfProvince.updateValue(number, forKey: province) == nil else {
                throw GeographyError(file: "zones.csv", line: row.line, reason: "province \(province) listed twice")
            }
            let previous = zonesByNumber[number]
            zonesByNumber[number] = InspectionZone(
                number: number,
                nameThai: zoneTable.text(row, "zone_name_th"),
                nameEnglish: zoneTable.text(row, "zone_name_en"),
                provinceCodes: ((previous?.provinceCodes ?? []) + [province]).sorted())
        }

        let provinceTable = try GeographyTable(
            file: "provinces.csv", text: provincesCSV,
            requiredColumns: ["province_code", "name_th", "name_en", "region_th", "region_en"])
        var provinces: [Province] = []
        for row in provinceTable.rows {
            let code = try provinceTable.number(row, "province_code", in: 10...99)
            provinces.append(
                Province(
                    code: code,
                    nameThai: provinceTable.text(row, "name_th"),
                    nameEnglish: provinceTable.text(row, "name_en"),
                    regionThai: provinceTable.text(row, "region_th"),
                    regionEnglish: provinceTable.text(row, "region_en"),
                    zone: zoneOfProvince[code]))
        }
        provinces.sort { $0.code < $1.code }

        let districtTable = try GeographyTable(
            file: "districts.csv", text: districtsCSV,
            requiredColumns: ["district_code", "province_code", "name_th", "name_en", "subdistrict_count"])
        var districts: [District] = []
        for row in districtTable.rows {
            let code = try districtTable.number(row, "district_code", in: 1000...9999)
            let province = try districtTable.number(row, "province_code", in: 10...99)
            guard code / 100 == province else {
                throw GeographyError(
                    file: "districts.csv", line: row.line,
                    reason: "district \(code) does not start with its province code \(province)")
            }
            districts.append(
                District(
                    code: code, provinceCode: province,
                    nameThai: districtTable.text(row, "name_th"),
                    nameEnglish: districtTable.text(row, "name_en"),
                    subdistrictCount: try districtTable.number(row, "subdistrict_count", in: 0...999)))
        }
        districts.sort { $0.code < $1.code }

        var provinceSlots = [Int16](repeating: -1, count: 100)
        for (index, province) in provinces.enumerated() {
            guard provinceSlots[province.code] < 0 else {
                throw GeographyError(file: "provinces.csv", line: 1, reason: "province \(province.code) listed twice")
            }
            provinceSlots[province.code] = Int16(index)
        }
        var districtSlots = [Int16](repeating: -1, count: 10_000)
        var districtRanges = [Range<Int>](repeating: 0..<0, count: provinces.count)
        for (index, district) in districts.enumerated() {
            guard districtSlots[district.code] < 0 else {
                throw GeographyError(file: "districts.csv", line: 1, reason: "district \(district.code) listed twice")
            }
            let slot = Int(provinceSlots[district.provinceCode])
            guard slot >= 0 else {
                throw GeographyError(
                    file: "districts.csv", line: 1,
                    reason: "district \(district.code) names unknown province \(district.provinceCode)")
            }
            districtSlots[district.code] = Int16(index)
            let range = districtRanges[slot]
            districtRanges[slot] = range.isEmpty ? index..<(index + 1) : range.lowerBound..<(index + 1)
        }
        for province in zoneOfProvince.keys where provinceSlots[province] < 0 {
            throw GeographyError(file: "zones.csv", line: 1, reason: "zone lists unknown province \(province)")
        }

        self.provinces = provinces
        self.districts = districts
        self.zones = zonesByNumber.values.sorted { $0.number < $1.number }
        self.provinceSlots = provinceSlots
        self.districtSlots = districtSlots
        self.districtRanges = districtRanges
    }

    /// The position in `provinces` of the province with `code`.
    public func provinceIndex(code: Int) -> Int? {
        guard code >= 0, code < provinceSlots.count else { return nil }
        let slot = Int(provinceSlots[code])
        return slot < 0 ? nil : slot
    }

    /// The position in `districts` of the district with `code`.
    public func districtIndex(code: Int) -> Int? {
        guard code >= 0, code < districtSlots.count else { return nil }
        let slot = Int(districtSlots[code])
        return slot < 0 ? nil : slot
    }

    /// The province with the 2-digit `code`.
    public func province(code: Int) -> Province? {
        provinceIndex(code: code).map { provinces[$0] }
    }

    /// The district with the 4-digit `code`.
    public func district(code: Int) -> District? {
        districtIndex(code: code).map { districts[$0] }
    }

    /// The inspection zone with `number`.
    public func zone(number: Int) -> InspectionZone? {
        zones.first { $0.number == number }
    }

    /// The districts of the province with `code`, by ascending code (empty for an unknown code).
    public func districts(ofProvince code: Int) -> ArraySlice<District> {
        guard let index = provinceIndex(code: code) else { return [] }
        return districts[districtRanges[index]]
    }

    /// The provinces of zone `number`, by ascending code (empty for an unknown zone).
    public func provinces(ofZone number: Int) -> [Province] {
        (zone(number: number)?.provinceCodes ?? []).compactMap { province(code: $0) }
    }
}
