import Foundation
import Testing

@testable import KPICore

/// The default as-of month (DATA-FORMATS.md, "Windows and levels"): the latest fiscal quarter
/// end that every periodic dataset covers; annual data never holds it back.
@Suite struct DefaultAsOfTests {
    let files = TestFiles()

    func month(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }

    /// The as-of choice of a summary of `paths`; the newest window must end in its month.
    func asOf(_ paths: [String], catalog: IndicatorCatalog = .bundled, given: YearMonth? = nil) throws -> AsOfChoice {
        let (summary, report) = try Summarizer(catalog: catalog).summarize(
            SummaryRequest(files: paths, asOf: given, windowCount: 1))
        let choice = try #require(report.asOf)
        #expect(summary.windows.last?.endMonth == choice.month, "the newest window ends in the as-of month")
        return choice
    }

    // MARK: - Fixtures: one district (5001), one record per month given

    func womensFund(_ months: YearMonth...) -> String {
        files.write(
            "womens-fund.csv",
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
                + months.map { "\($0.lastDay),50,5001,A1,1000.00,100.00\n" }.joined())
    }

    func otopSales(_ months: YearMonth...) -> String {
        files.write(
            "otop-sales.csv",
            "month,province_code,district_code,product_id,category,channel,sales_baht\n"
                + months.map { "\($0),50,5001,P1,food,online,100.00\n" }.joined())
    }

    func kkcj(_ months: YearMonth...) -> String {
        files.write(
            "kkcj.csv",
            "as_of,province_code,district_code,fund_id,status,outstanding_baht\n"
                + months.map { "\($0.lastDay),50,5001,F1,normal,1000.00\n" }.joined())
    }

    /// A household surveyed on the 10th of each month, in the survey year of that day.
    func bmn(_ months: YearMonth...) -> String {
        files.write(
            "bmn.csv",
            "survey_year,province_code,district_code,household_id,surveyed_on,members,income_baht,passed\n"
                + months.enumerated().map {
                    "\($1.year + buddhistEraOffset),50,5001,H\($0),\(CivilDate(year: $1.year, month: $1.month, day: 10)!),2,100000.00,1\n"
                }.joined())
    }

    /// Figures of non-ratio indicators for district 5001, at the end of each month.
    func indicatorValues(_ figures: (id: String, month: YearMonth)...) -> String {
        files.write(
            "indicator-values.csv",
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
                + figures.map { "\($0.id),\($0.month.lastDay),50,5001,5,\n" }.joined())
    }

    /// A catalog of the Women's Fund indicators, a monthly `local.shops` and an annual
    /// `local.survey`, as a user's own JSON would declare them.
    func catalogWithAnnualIndicator() throws -> IndicatorCatalog {
        let json = """
            [
              {"id": "womens-fund.overdue-ratio", "name_th": "หนี้เกินกำหนด", "name_en": "Overdue ratio", "unit": "percent", "kind": "stock", "ratio": true, "direction": "lower", "target": 0.10},
              {"id": "womens-fund.outstanding", "name_th": "เงินต้นคงค้าง", "name_en": "Outstanding", "unit": "baht", "kind": "stock", "ratio": false, "direction": "higher", "target": null},
              {"id": "local.shops", "name_th": "ร้านค้า", "name_en": "Shops", "unit": "count", "kind": "stock", "ratio": false, "direction": "higher", "target": null},
              {"id": "local.survey", "name_th": "สำรวจ", "name_en": "Survey", "unit": "count", "kind": "cumulative", "ratio": false, "direction": "higher", "target": null, "cadence": "annual"}
            ]
            """
        return try IndicatorCatalog(json: Data(json.utf8), source: "annual.json")
    }

    // MARK: - Tests

    /// Women's Fund to November, OTOP to August, กข.คจ. to October: the quarter end not after
    /// August, the earliest of them; each dataset's latest months are reported.
    @Test func periodicDatasetsEndingInDifferentMonths() throws {
        let choice = try asOf([
            womensFund(month(2024, 9), month(2024, 11)), otopSales(month(2024, 7), month(2024, 8)),
            kkcj(month(2024, 10)),
        ])
        #expect(choice.month == month(2024, 6))
        #expect(choice.basis == .latestQuarterCovered)
        #expect(
            choice.datasets == [
                DatasetMonths(kind: .womensFund, latest: month(2024, 11), latestPeriodic: month(2024, 11)),
                DatasetMonths(kind: .otopSales, latest: month(2024, 8), latestPeriodic: month(2024, 8)),
                DatasetMonths(kind: .kkcj, latest: month(2024, 10), latestPeriodic: month(2024, 10)),
            ])
    }

    /// A periodic dataset that ends on a quarter end is covered up to that very month.
    @Test func latestMonthThatEndsAQuarter() throws {
        #expect(
            try asOf([womensFund(month(2024, 8), month(2024, 9)), otopSales(month(2024, 12))]).month == month(2024, 9))
        #expect(try asOf([kkcj(month(2024, 12))]).month == month(2024, 12))
    }

    /// จปฐ. ending before, inside or after the periodic data's quarter: the default stays.
    @Test(arguments: [(2024, 4), (2024, 8), (2025, 3)])
    func bmnNeverChangesTheDefault(year: Int, lastSurvey: Int) throws {
        let periodic = [womensFund(month(2024, 10)), otopSales(month(2024, 11))]
        let withoutBMN = try asOf(periodic)
        let withBMN = try asOf(periodic + [bmn(month(2024, 1), month(year, lastSurvey))])
        #expect(withoutBMN.month == month(2024, 9))
        #expect(withBMN.month == withoutBMN.month && withBMN.basis == .latestQuarterCovered)
        #expect(
            withBMN.datasets.last == DatasetMonths(kind: .bmn, latest: month(year, lastSurvey), latestPeriodic: nil))
    }

    /// Annual data only: its latest month, though it ends no quarter.
    @Test func bmnOnlyGivesItsLatestMonth() throws {
        let choice = try asOf([bmn(month(2024, 2), month(2024, 4))])
        #expect(choice.month == month(2024, 4))
        #expect(choice.basis == .latestAnnualMonth)
    }

    /// An indicator-values file mixing a monthly and an annual indicator: only the monthly one's
    /// latest month counts; a file of annual indicators only is annual data.
    @Test func annualCatalogIndicatorDoesNotHoldBackTheDefault() throws {
        let catalog = try catalogWithAnnualIndicator()
        let mixed = try asOf(
            [indicatorValues(("local.shops", month(2024, 8)), ("local.survey", month(2025, 2)))], catalog: catalog)
        #expect(mixed.month == month(2024, 6))
        #expect(
            mixed.datasets == [
                DatasetMonths(kind: .indicatorValues, latest: month(2025, 2), latestPeriodic: month(2024, 8))
            ])

        let annualOnly = indicatorValues(("local.survey", month(2024, 1)), ("local.survey", month(2024, 5)))
        #expect(
            try asOf([womensFund(month(2024, 10)), annualOnly], catalog: catalog).month == month(2024, 9),
            "annual figures ending earlier do not hold the Women's Fund back")
        let alone = try asOf([annualOnly], catalog: catalog)
        #expect(alone.month == month(2024, 5) && alone.basis == .latestAnnualMonth)
    }

    /// `--as-of` wins over the data, later or earlier.
    @Test func givenMonthIsKept() throws {
        let choice = try asOf([womensFund(month(2024, 10))], given: month(2024, 8))
        #expect(choice.month == month(2024, 8) && choice.basis == .given)
        #expect(choice.datasets.map(\.latest) == [month(2024, 10)])
    }

    /// More than 6 months, from month end to month end: 31 March is stale from 1 October, 29
    /// February from 1 September.
    @Test(arguments: [
        ((2024, 3), "2024-09-30", false), ((2024, 3), "2024-10-01", true), ((2024, 3), "2024-04-15", false),
        ((2024, 2), "2024-08-31", false), ((2024, 2), "2024-09-01", true), ((2023, 12), "2024-07-01", true),
    ])
    func staleAfterSixMonths(asOf: (Int, Int), issued: String, stale: Bool) throws {
        let choice = try #require(AsOfChoice(given: month(asOf.0, asOf.1), datasets: []))
        #expect(choice.isStale(issued: try DateParser.date(issued)) == stale)
    }

    /// Nothing given and no data: no as-of month.
    @Test func noDataNoMonth() {
        #expect(AsOfChoice(given: nil, datasets: [DatasetMonths(kind: .bmn, latest: nil, latestPeriodic: nil)]) == nil)
    }
}
