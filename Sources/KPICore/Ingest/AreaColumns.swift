/// The `province_code` and `district_code` columns every dataset has, read and checked together:
/// both codes in the geography, the district inside its province.
struct AreaColumns {
    let province: Column
    let district: Column

    init(_ columns: RecordColumns) {
        province = columns["province_code"]
        district = columns["district_code"]
    }

    /// The record's province code.
    func provinceCode(in record: CSVRecord, geography: Geography) throws(ColumnError) -> Int {
        try record.parse(province) { bytes throws(FieldError) in try FieldParser.provinceCode(bytes, in: geography) }
    }

    /// The record's district, as its position in `geography.districts`, checked against its province.
    func districtIndex(in record: CSVRecord, geography: Geography) throws(ColumnError) -> Int {
        let code = try provinceCode(in: record, geography: geography)
        return try districtIndex(in: record, province: code, geography: geography)
    }

    /// The record's district in the already-read `province`.
    func districtIndex(in record: CSVRecord, province code: Int, geography: Geography) throws(ColumnError) -> Int {
        try record.parse(district) { bytes throws(FieldError) in try FieldParser.districtIndex(bytes, province: code, in: geography) }
    }
}
