import Foundation
import KPICore
import Testing

@testable import KPIChart

@Suite struct BriefingTests {
    static let sampleFiles = ["womens-fund.csv", "otop-sales.csv", "bmn.csv", "kkcj.csv", "indicator-values.csv"]
        .map { SampleSummaries.datasets.appending(path: $0).path }

    func briefing(_ scope: AreaScope, language: Language = .thai, files: [String] = sampleFiles) throws -> Briefing {
        let (summary, report) = try Summarizer().summarize(
            SummaryRequest(
                files: files, asOf: YearMonth(year: 2026, month: 9),
                filter: scope.briefingFilter, comparisons: .briefing))
        return try Briefing(
            summary: summary, report: report,
            request: BriefingRequest(
                scope: scope, language: language, issued: CivilDate(year: 2026, month: 11, day: 23)!))
    }

    /// `text` without white space and Thai above/below marks: pdftotext puts spaces inside Thai
    /// words and may move a tone mark past the next letter ("หนี้เ" → "หนีเ้"), so pages are
    /// compared on their letters.
    static func letters(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    !scalar.properties.isWhitespace && scalar.properties.generalCategory != .nonspacingMark
                }))
    }

    /// The letters of each page of `pdf` (see `letters`).
    func pageTexts(_ pdf: [UInt8], pages: Int) throws -> [String] {
        let path = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-brief-\(UUID().uuidString).pdf")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        #expect(try run("/usr/bin/pdfinfo", [path]).contains("Pages:           \(pages)\n"))
        return try (1...pages).map { page in
            Self.letters(try run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", path, "-"]))
        }
    }

    /// A zone brief: at most 16 pages; the scorecard after the cover; a page per province with
    /// every one of its districts and no other's; every page dated, numbered and titled.
    @Test(arguments: [5, 12, 15])
    func zoneBriefingDatesAndNumbersEveryPage(zone: Int) throws {
        let briefing = try briefing(.zone(zone))
        let titles = briefing.pageTitles
        #expect(titles.count <= 16, "a zone brief is at most 16 pages, not \(titles.count)")
        #expect(titles.first == "สรุปผลการดำเนินงานตามตัวชี้วัด เพื่อประกอบการตรวจราชการ")
        #expect(titles.last?.hasPrefix("ข้อมูลที่ใช้") == true)
        #expect(
            titles.filter { $0.contains("สัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี") }.count == 1,
            "one figure per indicator, ranking folded in")
        #expect(
            titles[1] == "ผลการดำเนินงานตามตัวชี้วัด — รายจังหวัด เขตตรวจราชการที่ \(zone)", "the scorecard follows the cover")
        let texts = try pageTexts(try briefing.pdf(), pages: titles.count)
        expectProvincePagesHoldTheirOwnDistricts(zone: zone, titles: titles, texts: texts)
        // Each figure states its own data's date (จปฐ. surveys end in April); text pages the newest.
        let dated = try Regex(Self.letters("ข้อมูล ณ วันที่") + "[0-9]{1,2}" + "[^0-9]{3,12}" + "25[0-9]{2}")
        for (index, text) in texts.enumerated() {
            #expect(text.contains(dated), "page \(index + 1) states the data date")
            #expect(text.contains(Self.letters("หน้า \(index + 1)/\(titles.count)")), "page \(index + 1) is numbered")
            // Two figures side by side interleave their wrapped titles' lines: their starts are compared.
            for title in titles[index].components(separatedBy: " | ") {
                #expect(
                    text.contains(String(Self.letters(title).prefix(12))), "page \(index + 1) shows its title \(title)")
            }
        }
        #expect(texts[0].contains(Self.letters("ข้อมูล ณ วันที่ 30 กันยายน 2569")))
        #expect(texts[0].contains(Self.letters("ไตรมาส 4 ปีงบประมาณ 2569")), "the cover names the round")
        #expect(texts[0].contains(Self.letters("กรมการพัฒนาชุมชน")))
    }

    /// A zone brief's page per province lists its own districts, every one of them, and no other
    /// province's, on one or two pages.
    func expectProvincePagesHoldTheirOwnDistricts(zone: Int, titles: [String], texts: [String]) {
        for province in Geography.bundled.provinces(ofZone: zone) {
            let title = "ผลการดำเนินงานตามตัวชี้วัด — รายอำเภอ จังหวัด\(province.nameThai)"
            let pages = titles.indices.filter { titles[$0] == title }
            #expect((1...2).contains(pages.count), "\(province.nameThai)'s districts on \(pages.count) pages")
            // Its page lists its own districts, every one of them, and no other province's.
            let districts = Geography.bundled.districts(ofProvince: province.code)
            for district in districts {
                #expect(
                    pages.contains { texts[$0].contains(Self.letters(district.nameThai)) },
                    "\(district.nameThai) on \(province.nameThai)'s pages")
            }
            let others = Geography.bundled.provinces(ofZone: zone).filter { $0.code != province.code }
                .flatMap { Geography.bundled.districts(ofProvince: $0.code) }
                .filter { other in
                    !districts.contains { Self.letters($0.nameThai).contains(Self.letters(other.nameThai)) }
                }
            for page in pages {
                #expect(
                    !others.contains { texts[page].contains(Self.letters("\($0.nameThai)")) && $0.nameThai.count > 4 },
                    "no other province's districts on \(province.nameThai)'s page \(page + 1)")
            }
        }
    }

    /// A zone whose districts all fit one scorecard page (zone 4: 22 districts): each province's
    /// page still shows only that province's districts.
    @Test func provincePagesOfASmallZoneHoldOnlyTheirDistricts() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-zone4-\(UUID().uuidString).csv")
            .path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let request = GenerationRequest(
            kind: .womensFund, seed: 1, months: GenerationRequest.defaultMonths,
            districts: Geography.bundled.provinces(ofZone: 4).flatMap {
                Geography.bundled.districts(ofProvince: $0.code)
            },
            size: .rows(20_000))
        _ = try DatasetGenerator.generate(request, to: file)
        let briefing = try briefing(.zone(4), files: [file])
        let titles = briefing.pageTitles
        expectProvincePagesHoldTheirOwnDistricts(
            zone: 4, titles: titles, texts: try pageTexts(try briefing.pdf(), pages: titles.count))
    }

    /// In English too, whose words run longer: at most 16 pages, the cover one of them.
    @Test(arguments: [5, 12, 15])
    func englishZoneBriefingIsShort(zone: Int) throws {
        let titles = try briefing(.zone(zone), language: .english).pageTitles
        #expect(titles.count <= 16, "\(titles.count) pages")
        #expect(
            titles.filter { $0.hasPrefix("Key indicators for the inspection visit") }.count == 1, "a one-page cover")
    }

    /// A province brief: at most 12 pages, its districts compared, จปฐ. by survey year.
    @Test func provinceBriefingIsShortAndComparesSurveyYears() throws {
        let briefing = try briefing(.province(50))
        let titles = briefing.pageTitles
        #expect(titles.count <= 12, "a province brief is at most 12 pages, not \(titles.count)")
        let texts = try pageTexts(try briefing.pdf(), pages: titles.count)
        for district in Geography.bundled.districts(ofProvince: 50) {
            #expect(
                texts.contains { $0.contains(Self.letters(district.nameThai)) }, "\(district.nameThai) is in the brief")
        }
        let coverage = try #require(titles.indices.first { titles[$0].contains("ร้อยละการจัดเก็บข้อมูลความจำเป็นพื้นฐาน") })
        #expect(texts[coverage].contains(Self.letters("เทียบ ปี 2568")), "the survey is compared with last year's")
        #expect(!texts[coverage].contains(Self.letters("ไตรมาส 3/2569")), "not with the quarter before")
    }

    /// Bangkok's brief calls its districts เขต: no page says อำเภอ, and none calls it a จังหวัด.
    @Test func bangkoksBriefingSaysเขต() throws {
        let path = FileManager.default.temporaryDirectory.appending(
            path: "chumchonkpi-bangkok-\(UUID().uuidString).csv"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var csv = "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
        for district in 1001...1006 {
            for month in ["2026-03-31", "2026-06-30", "2026-09-30"] where !(district == 1006 && month == "2026-09-30") {
                csv += "\(month),10,\(district),L\(district),1000.00,\(district - 900).00\n"
            }
        }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let briefing = try briefing(.province(10), files: [path])
        let titles = briefing.pageTitles
        #expect(titles.contains { $0.hasSuffix("— รายเขต กรุงเทพมหานคร") }, "\(titles)")
        let texts = try pageTexts(try briefing.pdf(), pages: titles.count)
        for (index, text) in texts.enumerated() {
            #expect(!text.contains(Self.letters("อำเภอ")), "page \(index + 1): \(text)")
            #expect(!text.contains(Self.letters("จังหวัดกรุงเทพมหานคร")), "page \(index + 1)")
        }
        #expect(
            texts.contains { $0.contains(Self.letters("ไม่ผ่าน")) && $0.contains(Self.letters("6 เขต")) },
            "the cover counts เขต")
    }

    @Test func sameInputSameBytes() throws {
        #expect(try briefing(.zone(15)).pdf() == briefing(.zone(15)).pdf())
    }

    @Test func englishPagesAndMissingDatasets() throws {
        let briefing = try briefing(.province(50), language: .english, files: [Self.sampleFiles[0]])
        let texts = try pageTexts(try briefing.pdf(), pages: briefing.pageTitles.count)
        #expect(texts.allSatisfy { $0.contains("Dataasof30September2026") })
        #expect(texts[0].contains("Page1/\(texts.count)"))
        #expect(texts.contains { $0.contains("OTOPsales:nofile") }, "a missing kind is noted, not an error")
    }

    @Test func imagesHaveStableNames() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "chumchonkpi-images-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = try briefing(.zone(15)).writeImages(to: folder)
        #expect(names.contains("01-womens-fund.overdue-ratio-grouped-bars.png"))
        #expect(names.contains("01-womens-fund.overdue-ratio-grouped-bars.svg"))
        #expect(names.contains { $0.hasPrefix("00-scorecard") })
        #expect(names.contains { $0.hasPrefix("province-50-scorecard") && $0.hasSuffix(".png") })
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/01-womens-fund.overdue-ratio-grouped-bars.png"))
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 3200, "PNG at scale 2")
        let districts = try briefing(.province(50)).writeImages(to: folder + "/50")
        #expect(districts.contains("01-womens-fund.overdue-ratio-ranking.png"), "25 districts are ranked, not grouped")
    }
}
