/// The `province_code` and `district_code` columns every dataset has, read and checked together:
/// both codes in the geography, the district inside its province. Codes written plainly (2 and 4
/// digits) are read straight into the geography's code tables, in any order of rows: no cache of
/// the last district, which rows sorted by another key would miss on every row.
struct AreaColumns {
    let province: Column
    let district: Column

    init<Name>(_ columns: RecordColumns<Name>) {
        province = columns[.provinceCode]
        district = columns[.districtCode]
    }

    /// The record's province code.
    func provinceCode(in record: CSVRecord, geography: Geography) throws(ColumnError) -> Int {
        try record.parse(province) { bytes throws(FieldError) in try FieldParser.provinceCode(bytes, in: geography) }
    }

    /// The record's district, as its position in `geography.districts`, checked against its province.
    @inline(__always)
    func districtIndex(in record: CSVRecord, geography: Geography) throws(ColumnError) -> Int {
        if let index = Self.plainDistrictIndex(
            province: record[province.index], district: record[district.index], in: geography)
        {
            return index
        }
        let code = try provinceCode(in: record, geography: geography)
        return try districtIndex(in: record, province: code, geography: geography)
    }

    /// The record's district in the already-read `province`.
    func districtIndex(in record: CSVRecord, province code: Int, geography: Geography) throws(ColumnError) -> Int {
        try record.parse(district) { bytes throws(FieldError) in
            try FieldParser.districtIndex(bytes, province: code, in: geography)
        }
    }

    /// The district of codes written as exactly 2 and 4 digits, when both exist and the district
    /// lies in the province; `nil` for anything else (spaces, unknown codes, errors), which the
    /// checked path then reads and reports.
    @inline(__always)
    static func plainDistrictIndex(
        province: UnsafeBufferPointer<UInt8>, district: UnsafeBufferPointer<UInt8>, in geography: Geography
    ) -> Int? {
        guard province.count == 2, district.count == 4 else { return nil }
        let p0 = province[0] &- 0x30
        let p1 = province[1] &- 0x30
        let d0 = district[0] &- 0x30
        let d1 = district[1] &- 0x30
        let d2 = district[2] &- 0x30
        let d3 = district[3] &- 0x30
        guard p0 < 10, p1 < 10, d0 < 10, d1 < 10, d2 < 10, d3 < 10, p0 == d0, p1 == d1 else { return nil }
        let provinceCode = Int(p0) &* 10 &+ Int(p1)
        let code = provinceCode &* 100 &+ Int(d2) &* 10 &+ Int(d3)
        guard geography.provinceIndex(code: provinceCode) != nil else { return nil }
        return geography.districtIndex(code: code)
    }
}
