import KPICore
import Testing

/// The part of the country a command is about: its names in both languages, the areas that
/// belong with it, and the filter of a summary derived from it.
@Suite struct AreaScopeTests {
    let geography = Geography.bundled

    @Test func namesInBothLanguages() {
        #expect(AreaScope.province(50).name() == LocalizedText(thai: "จังหวัดเชียงใหม่", english: "Chiang Mai"))
        #expect(AreaScope.zone(15).name() == LocalizedText(thai: "เขตตรวจราชการที่ 15", english: "Inspection Zone 15"))
        #expect(AreaScope.nation.name() == LocalizedText(thai: "ทั้งประเทศ", english: "Nationwide"))
        #expect(AreaScope.zone(15).fullName()(.thai) == "เขตตรวจราชการที่ 15 (ภาคเหนือตอนบน 1)")
        #expect(AreaScope.zone(15).fullName()(.english) == "Inspection Zone 15 (Upper Northern 1)")
        #expect(AreaScope.province(50).fullName() == AreaScope.province(50).name())
        #expect(AreaScope.zoneShortName(3) == LocalizedText(thai: "เขต 3", english: "Zone 3"))
    }

    @Test func everyZoneIsNamedWithItsNumberAndItsName() {
        for zone in geography.zones {
            let name = AreaScope.zone(zone.number).fullName()
            #expect(name.thai == "เขตตรวจราชการที่ \(zone.number) (\(zone.nameThai))")
            #expect(name.english == "Inspection Zone \(zone.number) (\(zone.nameEnglish))")
        }
    }

    @Test func bangkokIsNoProvinceByNameAndHasเขต() throws {
        let bangkok = try #require(geography.provinces.first { $0.zone == nil })
        #expect(bangkok.isBangkok)
        #expect(AreaScope.province(bangkok.code).name()(.thai) == bangkok.nameThai)
        #expect(AreaScope.province(bangkok.code).noun(of: .district) == LocalizedText(thai: "เขต", english: "district"))
        #expect(AreaScope.province(50).noun(of: .district)(.thai) == "อำเภอ")
        #expect(bangkok.subdistrictNoun(.thai) == "แขวง")
        #expect(geography.province(code: 50)?.subdistrictNoun(.thai) == "ตำบล")
        #expect(geography.provinces.filter(\.isBangkok).count == 1)
        #expect(geography.provinces.filter { !$0.isBangkok }.allSatisfy { $0.title.thai == "จังหวัด" + $0.nameThai })
    }

    @Test func aProvinceHoldsItsDistrictsAndLiesInItsZoneAndTheNation() {
        let province = AreaScope.province(50)
        #expect(province.areaCodes(at: .district) == geography.districts(ofProvince: 50).map(\.code))
        #expect(province.areaCodes(at: .province) == [50])
        #expect(province.areaCodes(at: .zone) == [15])
        #expect(province.areaCodes(at: .nation) == nil)
        #expect(province.includes(.nation, code: nil))
        #expect(!province.includes(.district, code: 5101))
        #expect(!province.includes(.province, code: 51))
        #expect(!province.includes(.zone, code: 16))
    }

    @Test func aZoneHoldsItsProvincesAndTheirDistricts() {
        let zone = AreaScope.zone(15)
        let provinces = geography.zone(number: 15)!.provinceCodes
        #expect(zone.areaCodes(at: .province) == provinces)
        #expect(zone.areaCodes(at: .district) == provinces.flatMap { geography.districts(ofProvince: $0).map(\.code) })
        #expect(zone.areaCodes(at: .zone) == [15])
        // Province 15 (Ang Thong) is not in zone 15: a code is never taken for a number.
        #expect(!zone.includes(.province, code: 15))
        #expect(AreaScope.nation.areaCodes(at: .zone) == geography.zones.map(\.number))
        #expect(AreaScope.nation.areaCodes(at: .district)?.count == geography.districts.count)
    }

    @Test func theLevelsAndPartsOfAScope() {
        #expect([AreaScope.nation, .zone(1), .province(50)].map(\.level) == [.nation, .zone, .province])
        #expect([AreaScope.nation, .zone(1), .province(50)].map(\.partsLevel) == [.zone, .province, .district])
        #expect([AreaScope.nation, .zone(1), .province(50)].map(\.code) == [nil, 1, 50])
    }

    @Test func aFilterKeepsItsLevelsWithinItsScope() {
        let filter = AreaFilter(levels: [.district, .zone], scope: .province(50))
        #expect(filter.includes(.district, code: 5001, in: geography))
        #expect(!filter.includes(.district, code: 5101, in: geography))
        #expect(!filter.includes(.province, code: 50, in: geography), "a level not chosen")
        #expect(filter.includes(.zone, code: 15, in: geography))
        #expect(!filter.includes(.nation, code: nil, in: geography))
        // By default every area at every level.
        #expect(AreaFilter().includes(.district, code: 1001, in: geography))
        #expect(AreaFilter().includes(.province, code: 10, in: geography))
        #expect(AreaFilter().includes(.zone, code: 18, in: geography))
        #expect(AreaFilter().includes(.nation, code: nil, in: geography))
    }
}

/// A text in both languages.
@Suite struct LocalizedTextTests {
    @Test func picksTheLanguage() {
        let text = LocalizedText(thai: "ไม่มีข้อมูล", english: "no data")
        #expect(text(.thai) == "ไม่มีข้อมูล")
        #expect(text(.english) == "no data")
        #expect(LocalizedText(" · ")(.english) == " · ")
        #expect(LocalizedText(" · ")(.thai) == " · ")
    }

    @Test func areasNameThemselvesInBothLanguages() throws {
        let chiangMai = try #require(Geography.bundled.province(code: 50))
        #expect(chiangMai.localizedName == LocalizedText(thai: "เชียงใหม่", english: "Chiang Mai"))
        #expect(Language.allCases.map { chiangMai.name(in: $0) } == ["เชียงใหม่", "Chiang Mai"])
    }
}
