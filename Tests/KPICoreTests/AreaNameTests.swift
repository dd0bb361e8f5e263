import Testing

@testable import KPICore

/// `Geography.province(matching:)` and `zone(matching:)`: codes and Thai or English names as
/// people type them, and errors that offer the areas meant.
@Suite struct AreaNameTests {
    let geography = Geography.bundled

    /// The areas an error offers, by code.
    private func offered(_ error: AreaNameError) -> [Int] {
        switch error.problem {
        case .unknownName(let closest): return closest.map(\.code)
        case .ambiguous(let areas): return areas.map(\.code)
        case .unknownCode: return []
        }
    }

    @Test(arguments: [
        "50", "050", "๕๐", "เชียงใหม่", "จังหวัดเชียงใหม่", "จ.เชียงใหม่", "จ. เชียงใหม่", " เชียงใหม่ ",
        "Chiang Mai", "chiang mai", "CHIANG MAI", "ChiangMai", "chiang-mai", "Chiang Mai Province",
        "Province Chiang Mai",
    ])
    func chiangMaiHoweverWritten(text: String) throws {
        #expect(try geography.province(matching: text).code == 50)
    }

    @Test func everyProvinceByEitherName() throws {
        for province in geography.provinces {
            #expect(try geography.province(matching: province.nameThai) == province)
            #expect(try geography.province(matching: province.nameEnglish) == province)
            #expect(try geography.province(matching: String(province.code)) == province)
        }
    }

    @Test func spacesAndHyphensDoNotMatter() throws {
        #expect(try geography.province(matching: "Phangnga").code == 82)  // Phang-nga in the table
        #expect(try geography.province(matching: "Lopburi").code == 16)  // Lop Buri
        #expect(try geography.province(matching: "nong bua lamphu").code == 39)
    }

    /// Sara am typed as nikhahit + sara aa (ํ + า), as some Thai keyboards do.
    @Test func saraAmTypedInTwoParts() throws {
        #expect(try geography.province(matching: "กําแพงเพชร").code == 62)
    }

    @Test(arguments: [
        "15", "๑๕", "zone 15", "Zone15", "เขต 15", "เขตตรวจราชการที่ 15", "เขตตรวจราชการที่ ๑๕",
        "ภาคเหนือตอนบน 1", "ภาคเหนือตอนบน1", "Upper Northern 1", "upper-northern-1",
    ])
    func zoneFifteenHoweverWritten(text: String) throws {
        #expect(try geography.zone(matching: text).number == 15)
    }

    @Test func everyZoneByEitherName() throws {
        for zone in geography.zones {
            #expect(try geography.zone(matching: zone.nameThai) == zone)
            #expect(try geography.zone(matching: zone.nameEnglish) == zone)
        }
    }

    @Test func englishTypoOffersTheNearest() throws {
        let error = try #require(throws: AreaNameError.self) { try geography.province(matching: "Chiang Mia") }
        #expect(offered(error).first == 50)
        #expect(offered(error).contains(57))
        #expect(offered(error).count <= 3)
        #expect(error.description.hasPrefix("no province named 'Chiang Mia'; closest: 50 เชียงใหม่ (Chiang Mai), "))
        #expect(error.description.contains("57 เชียงราย (Chiang Rai)"))
    }

    @Test func thaiTypoOffersTheNearest() throws {
        // A tone mark left out, and one consonant wrong.
        let missingMark = try #require(throws: AreaNameError.self) { try geography.province(matching: "เชียงใหม") }
        #expect(offered(missingMark).first == 50)
        let wrongLetter = try #require(throws: AreaNameError.self) { try geography.province(matching: "ขอนแกน") }
        #expect(offered(wrongLetter).first == 40)
    }

    @Test func zoneTypo() throws {
        let error = try #require(throws: AreaNameError.self) { try geography.zone(matching: "Upper Nothern 2") }
        #expect(offered(error).first == 16)
        #expect(
            error.description.hasPrefix(
                "no inspection zone named 'Upper Nothern 2'; closest: 16 ภาคเหนือตอนบน 2 (Upper Northern 2)"))
    }

    @Test func theBeginningOfSeveralNamesIsAmbiguous() throws {
        let chiang = try #require(throws: AreaNameError.self) { try geography.province(matching: "Chiang") }
        #expect(
            chiang.problem
                == .ambiguous([
                    AreaNameError.Area(code: 50, nameThai: "เชียงใหม่", nameEnglish: "Chiang Mai"),
                    AreaNameError.Area(code: 57, nameThai: "เชียงราย", nameEnglish: "Chiang Rai"),
                ]))
        #expect(
            chiang.description
                == "'Chiang' could be more than one province: 50 เชียงใหม่ (Chiang Mai), 57 เชียงราย (Chiang Rai); give the full name or the code"
        )
        let samut = try #require(throws: AreaNameError.self) { try geography.province(matching: "สมุทร") }
        #expect(Set(offered(samut)) == [11, 74, 75])
        let upper = try #require(throws: AreaNameError.self) { try geography.zone(matching: "ภาคเหนือตอนบน") }
        #expect(offered(upper) == [15, 16])
    }

    /// Two areas with the same name: the name alone cannot choose, whatever the tables hold.
    @Test func aNameTwoAreasShareIsAmbiguous() throws {
        let twins = try Geography(
            provincesCSV:
                "province_code,name_th,name_en,region_th,region_en\n20,ก,Twin,ภาค,Region\n21,ข,Twin,ภาค,Region\n",
            districtsCSV: "district_code,province_code,name_th,name_en,subdistrict_count\n2001,20,ค,C,1\n",
            zonesCSV: "province_code,zone,zone_name_th,zone_name_en\n20,1,หนึ่ง,One\n21,1,หนึ่ง,One\n")
        let error = try #require(throws: AreaNameError.self) { try twins.province(matching: "twin") }
        #expect(offered(error) == [20, 21])
        #expect(try twins.province(matching: "ข").code == 21)
    }

    @Test func unknownCodes() throws {
        let province = try #require(throws: AreaNameError.self) { try geography.province(matching: "99") }
        #expect(province.problem == .unknownCode("99", codes: 10...96))
        #expect(province.description == "no province with code 99 (codes run from 10 to 96)")
        let zone = try #require(throws: AreaNameError.self) { try geography.zone(matching: "19") }
        #expect(zone.description == "no inspection zone 19: zones are numbered 1 to 18")
        // Too many digits for an Int: still an unknown code, not a trap.
        let huge = try #require(throws: AreaNameError.self) {
            try geography.province(matching: String(repeating: "9", count: 40))
        }
        #expect(huge.problem == .unknownCode(String(repeating: "9", count: 40), codes: 10...96))
    }

    @Test func nothingNearOffersNothing() throws {
        let error = try #require(throws: AreaNameError.self) { try geography.province(matching: "xyzzy") }
        #expect(error.problem == .unknownName(closest: []))
        #expect(error.description == "no province named 'xyzzy': give its Thai or English name or its 2-digit code")
        let empty = try #require(throws: AreaNameError.self) { try geography.zone(matching: "") }
        #expect(empty.problem == .unknownName(closest: []))
        // A very long text is compared cheaply and matches nothing.
        let long = try #require(throws: AreaNameError.self) {
            try geography.province(matching: String(repeating: "ก", count: 100_000))
        }
        #expect(long.problem == .unknownName(closest: []))
        #expect(
            long.description
                == "no province named '\(String(repeating: "ก", count: 60))…': give its Thai or English name or its 2-digit code"
        )
    }

    @Test func editDistance() {
        func distance(_ a: String, _ b: String) -> Int? {
            EditDistance.between(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("chiangmia", "chiangmai") == 1)  // two neighbours swapped
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "abc") == 0)
        #expect(distance("เชียงใหม", "เชียงใหม่") == 1)  // a tone mark is one scalar
        #expect(distance(String(repeating: "a", count: EditDistance.maximumLength + 1), "a") == nil)
    }
}
