/// The `province_code` and `district_code` columns every dataset has, read and checked together:
/// both codes in the geography, the district inside its province. Remembers the last pair of
/// fields that named a valid district, since rows of one district come in runs.
struct AreaColumns {
    let province: Column
    let district: Column
    private var lastProvince = PackedField(), lastDistrict = PackedField()
    private var lastDistrictIndex = 0

    init(_ columns: RecordColumns) {
        province = columns["province_code"]
        district = columns["district_code"]
    }

    /// The record's province code.
    func provinceCode(in record: CSVRecord, geography: Geography) throws(ColumnError) -> Int {
        try record.parse(province) { bytes throws(FieldError) in try FieldParser.provinceCode(bytes, in: geography) }
    }

    /// The record's district, as its position in `geography.districts`, checked against its province.
    @inline(__always)
    mutating func districtIndex(in record: CSVRecord, geography: Geography) throws(ColumnError) -> Int {
        let provinceField = PackedField(record[province.index]), districtField = PackedField(record[district.index])
        if let provinceField, let districtField, provinceField == lastProvince, districtField == lastDistrict {
            return lastDistrictIndex
        }
        let code = try provinceCode(in: record, geography: geography)
        let index = try districtIndex(in: record, province: code, geography: geography)
        (lastProvince, lastDistrict, lastDistrictIndex) = (provinceField ?? PackedField(), districtField ?? PackedField(), index)
        return index
    }

    /// The record's district in the already-read `province`.
    func districtIndex(in record: CSVRecord, province code: Int, geography: Geography) throws(ColumnError) -> Int {
        try record.parse(district) { bytes throws(FieldError) in try FieldParser.districtIndex(bytes, province: code, in: geography) }
    }
}
