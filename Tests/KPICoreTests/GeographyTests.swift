import Foundation
import Testing

@testable import KPICore

@Suite struct GeographyTests {
    let geography = Geography.bundled

    @Test func counts() {
        #expect(geography.provinces.count == 77)
        #expect(geography.districts.count == 928)
        #expect(geography.zones.count == 18)
        #expect(geography.zones.reduce(0) { $0 + $1.provinceCodes.count } == 76)
        #expect(geography.provinces.filter { $0.zone == nil }.map(\.code) == [10])
        #expect(geography.districts.reduce(0) { $0 + $1.subdistrictCount } == 7_436)
    }

    @Test func lookups() throws {
        let chiangMai = try #require(geography.province(code: 50))
        #expect(chiangMai.nameThai == "เชียงใหม่")
        #expect(chiangMai.nameEnglish == "Chiang Mai")
        #expect(chiangMai.zone == 15)
        let mueang = try #require(geography.district(code: 5001))
        #expect(mueang.nameThai == "เมืองเชียงใหม่")
        #expect(mueang.provinceCode == 50)
        #expect(geography.districts(ofProvince: 50).count == 25)
        #expect(geography.districts(ofProvince: 50).allSatisfy { $0.provinceCode == 50 })
        #expect(geography.province(code: 99) == nil)
        #expect(geography.province(code: -1) == nil)
        #expect(geography.district(code: 5099) == nil)
        #expect(geography.district(code: 123_456) == nil)
        #expect(geography.districts(ofProvince: 99).isEmpty)
    }

    @Test func zonesOfTheInspectionReports() {
        #expect(Set(geography.provinces(ofZone: 15).map(\.nameThai)) == ["เชียงใหม่", "ลำปาง", "ลำพูน", "แม่ฮ่องสอน"])
        #expect(Set(geography.provinces(ofZone: 12).map(\.nameThai)) == ["กาฬสินธุ์", "ขอนแก่น", "มหาสารคาม", "ร้อยเอ็ด"])
        #expect(geography.zone(number: 5)?.nameThai == "ภาคใต้ฝั่งอ่าวไทย")
        #expect(geography.zone(number: 19) == nil)
        #expect(geography.provinces(ofZone: 19).isEmpty)
    }

    @Test func everyDistrictBelongsToAKnownProvince() {
        for district in geography.districts {
            #expect(district.code / 100 == district.provinceCode)
            #expect(geography.province(code: district.provinceCode) != nil)
        }
        let perProvince = geography.provinces.reduce(0) { $0 + geography.districts(ofProvince: $1.code).count }
        #expect(perProvince == 928)
    }

    /// The compiled-in tables are the very bytes of Datasets/geography.
    @Test func embeddedTablesMatchDatasets() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Datasets/geography")
        for name in ["provinces.csv", "districts.csv", "zones.csv"] {
            let onDisk = try String(contentsOf: folder.appending(path: name), encoding: .utf8)
            #expect(EmbeddedDatasets.files["geography/\(name)"] == onDisk, "\(name)")
        }
    }

    @Test func badTablesNameFileAndLine() {
        let provinces = "province_code,name_th,name_en,region_th,region_en\n50,เชียงใหม่,Chiang Mai,ภาคเหนือ,North\n"
        let zones = "province_code,zone,zone_name_th,zone_name_en\n50,15,เหนือ,North\n"
        #expect(
            throws: GeographyError(
                file: "districts.csv", line: 3,
                reason: "district 5101 does not start with its province code 50")
        ) {
            try Geography(
                provincesCSV: provinces,
                districtsCSV:
                    "district_code,province_code,name_th,name_en,subdistrict_count\n5001,50,ก,A,1\n5101,50,ข,B,1\n",
                zonesCSV: zones)
        }
        #expect(throws: GeographyError(file: "districts.csv", line: 1, reason: "missing column subdistrict_count")) {
            try Geography(
                provincesCSV: provinces, districtsCSV: "district_code,province_code,name_th,name_en\n", zonesCSV: zones)
        }
        #expect(throws: GeographyError(file: "zones.csv", line: 1, reason: "empty file")) {
            try Geography(
                provincesCSV: provinces,
                districtsCSV: "district_code,province_code,name_th,name_en,subdistrict_count\n", zonesCSV: "")
        }
    }
}
