import KPICore
import Testing

@testable import KPIChart

/// A briefing's headlines come from the catalog: `headline` places lead in their order, `part_of`
/// entries are left out, every other indicator follows in the summary's order.
@Suite struct HeadlineIndicatorsTests {
    private func definition(_ id: String, headline: Int? = nil, partOf: String? = nil) -> IndicatorDefinition {
        IndicatorDefinition(
            id: id, nameThai: id, nameEnglish: id, unit: "count", kind: .stock, ratio: false,
            direction: .higher, target: nil, headline: headline, partOf: partOf)
    }

    @Test func headlinesLeadInTheirOrderAndPartsAreLeftOut() {
        let indicators = [
            definition("a.other"), definition("b.second", headline: 2), definition("c.part", partOf: "d.first"),
            definition("d.first", headline: 1), definition("e.other"),
        ]
        let summary = Summary(rows: [], windows: [], indicators: indicators)
        #expect(HeadlineIndicators.of(summary).map(\.id) == ["d.first", "b.second", "a.other", "e.other"])
    }

    @Test func bundledCatalogLeadsWithTheDepartmentsHeadlines() {
        let summary = Summary(
            rows: [], windows: [], indicators: IndicatorCatalog.bundled.definitions.sorted { $0.id < $1.id })
        let ids = HeadlineIndicators.of(summary).map(\.id)
        #expect(
            Array(ids.prefix(5)) == [
                "womens-fund.overdue-ratio", "otop.sales", "bmn.coverage", "bmn.pass-rate",
                "kkcj.problem-funds",
            ])
        #expect(
            !ids.contains {
                $0.hasPrefix("otop.sales.") || $0 == "kkcj.problem-share" || $0 == "womens-fund.outstanding"
            })
        #expect(ids.contains("womens-fund.members"))
    }
}
