import Foundation
import Testing

@testable import KPICore

/// `CatalogListing` (`kpi indicators`) and `IndicatorCatalog.check(ids:)`.
@Suite struct CatalogListingTests {
    let catalog = IndicatorCatalog.bundled

    @Test func jsonReadsBackAsTheSameCatalog() throws {
        let json = CatalogListing(catalog).json()
        let again = try IndicatorCatalog(json: Data(json.utf8), source: "listing")
        #expect(again == catalog)
        #expect(json.split(separator: "\n").count == catalog.definitions.count + 2)
    }

    @Test func csvHasTheCatalogFields() throws {
        let lines = CatalogListing(catalog).csv().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "id,name_th,name_en,unit,kind,ratio,cadence,direction,target")
        #expect(lines.count == catalog.definitions.count + 2)  // header, rows, empty after the last LF
        #expect(lines.last == "")
        let overdue = try #require(lines.first { $0.hasPrefix("womens-fund.overdue-ratio,") })
        #expect(
            overdue
                == "womens-fund.overdue-ratio,สัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี,Women's Development Fund overdue debt ratio,percent,stock,true,monthly,lower,0.1"
        )
        let lowIncome = try #require(lines.first { $0.hasPrefix("bmn.low-income,") })
        // A name with commas is quoted; no target is an empty field.
        #expect(lowIncome.contains(",\"Households below the BMN income threshold (38,000 baht per person per year)\","))
        #expect(lowIncome.hasSuffix(",annual,lower,"))
    }

    @Test func csvByteOrderMarkOnRequest() {
        let plain = CatalogListing(catalog).csv()
        let marked = CatalogListing(catalog).csv(byteOrderMark: true)
        #expect(Array(marked.utf8) == [0xEF, 0xBB, 0xBF] + Array(plain.utf8))
    }

    @Test func tableInEachLanguage() throws {
        let thai = CatalogListing(catalog).table(language: .thai)
        #expect(thai.headers == ["รหัส", "ชื่อ", "หน่วย", "ชนิด", "ความถี่", "ทิศทางที่ดี", "เป้าหมาย"])
        #expect(thai.rows.count == catalog.definitions.count)
        #expect(thai.rows.map { $0[0] } == catalog.definitions.map(\.id))
        let overdue = try #require(thai.rows.first)
        #expect(
            overdue == [
                "womens-fund.overdue-ratio", "สัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี", "percent", "stock",
                "monthly", "lower", "10.00%",
            ])
        let english = CatalogListing(catalog).table(language: .english)
        #expect(
            english.rows[1] == [
                "womens-fund.outstanding", "Women's Development Fund principal outstanding", "baht",
                "stock", "monthly", "higher", "–",
            ])
    }

    @Test func checkOffersTheNearestIDs() throws {
        try catalog.check(ids: ["otop.sales", "bmn.coverage"])
        let error = try #require(throws: UnknownIndicatorError.self) {
            try catalog.check(ids: ["otop.sales", "womens-fund.overdue"])
        }
        #expect(error.id == "womens-fund.overdue")
        #expect(error.closest.first == "womens-fund.overdue-ratio")
        #expect(
            error.description.hasPrefix(
                "no indicator 'womens-fund.overdue' in the catalog; closest: womens-fund.overdue-ratio"))
        let typo = try #require(throws: UnknownIndicatorError.self) { try catalog.check(ids: ["bmn.coverag"]) }
        #expect(typo.closest.first == "bmn.coverage")
        let far = try #require(throws: UnknownIndicatorError.self) { try catalog.check(ids: ["zzzzzzzz"]) }
        #expect(far.closest.isEmpty)
        #expect(far.description == "no indicator 'zzzzzzzz' in the catalog")
    }
}
