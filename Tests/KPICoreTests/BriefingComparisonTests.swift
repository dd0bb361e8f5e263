import Foundation
import Testing

@testable import KPICore

/// The comparisons a briefing makes besides the contract's rows: like for like over the districts
/// that reported in both windows, annual indicators by survey year, flows against last year.
@Suite struct BriefingComparisonTests {
    let files = TestFiles()
    let september2024 = YearMonth(year: 2024, month: 9)!

    func summarize(_ paths: [String], asOf: YearMonth, comparisons: BriefingComparisons = .briefing) throws -> Summary {
        try Summarizer().summarize(SummaryRequest(files: paths, asOf: asOf, comparisons: comparisons)).0
    }

    func row(_ rows: [SummaryRow], _ level: AreaLevel, _ code: Int?, _ indicator: String, windowEnd: String)
        -> SummaryRow?
    {
        rows.first {
            $0.level == level && $0.areaCode == code && $0.indicatorID == indicator
                && $0.window.lastDay.description == windowEnd
        }
    }

    /// Lampang (52) has two districts; 5202 has no snapshot in Q4. The province's change moves
    /// because 5202 dropped out; like for like, only 5201's own change counts.
    @Test func likeForLikeLeavesOutDistrictsMissingFromAWindow() throws {
        let text =
            "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"
            + "2024-06-30,52,5201,A,1000.00,100.00\n"
            + "2024-06-30,52,5202,B,1000.00,300.00\n"
            + "2024-09-30,52,5201,A,1000.00,120.00\n"
        let summary = try summarize([files.write("wf.csv", text)], asOf: september2024)
        let ratio = "womens-fund.overdue-ratio"
        let lampang = try #require(row(summary.rows, .province, 52, ratio, windowEnd: "2024-09-30"))
        #expect(lampang.areasReporting == 1 && lampang.areasInInput == 2)
        #expect(abs(lampang.change! - (0.12 - 0.2)) < 1e-12, "the plain change mixes the drop-out in")
        let likeForLike = try #require(lampang.likeForLike)
        #expect(likeForLike.areas == 1)
        #expect(abs(likeForLike.change - 0.02) < 1e-12)
        let outstanding = try #require(
            row(summary.rows, .province, 52, "womens-fund.outstanding", windowEnd: "2024-09-30"))
        #expect(outstanding.change == -1000 && outstanding.likeForLike?.change == 0, "sums compare exactly")
        let june = try #require(row(summary.rows, .province, 52, ratio, windowEnd: "2024-06-30"))
        #expect(june.likeForLike?.areas == 0 || june.likeForLike == nil, "no district reports in both Q2 and Q3")
        let district = try #require(row(summary.rows, .district, 5201, ratio, windowEnd: "2024-09-30"))
        #expect(district.likeForLike == LikeForLikeChange(change: district.change!, areas: 1))
    }

    /// จปฐ. across survey years 2566–2567 (2023–2024): the earlier years' final values (everything
    /// surveyed in the year) and the newest year's value at the as-of month, each with its own date.
    @Test func annualIndicatorsCompareSurveyYears() throws {
        let text =
            "survey_year,province_code,district_code,household_id,surveyed_on,members,income_baht,passed\n"
            + "2566,50,5001,H1,2023-02-01,2,100000.00,1\n"
            + "2566,50,5001,H2,2023-11-20,2,100000.00,0\n"
            + "2567,50,5001,H1,2024-03-01,2,100000.00,1\n"
            + "2567,50,5001,H2,,2,,\n"
            + "2567,50,5001,H3,2024-10-15,2,100000.00,1\n"
        let summary = try summarize([files.write("bmn.csv", text)], asOf: september2024)
        let years = summary.surveyYears
        #expect(years.windows.map { $0.endMonth.description } == ["2022-12", "2023-12", "2024-09"])
        let coverage = "bmn.coverage"
        #expect(row(years.rows, .district, 5001, coverage, windowEnd: "2022-12-31")?.value == nil, "no survey 2565")
        let final2566 = try #require(row(years.rows, .district, 5001, coverage, windowEnd: "2023-12-31"))
        #expect(final2566.value == 1.0, "the November survey counts in the year's final value")
        #expect(final2566.dataAsOf == CivilDate(year: 2023, month: 11, day: 20))
        let newest = try #require(row(years.rows, .district, 5001, coverage, windowEnd: "2024-09-30"))
        #expect(newest.numerator == .count(1) && newest.denominator == .count(3), "October is after the as-of month")
        #expect(abs(newest.change! - (1.0 / 3.0 - 1.0)) < 1e-12, "change from the previous survey year")
        #expect(newest.dataAsOf == CivilDate(year: 2024, month: 3, day: 1))
        #expect(years.rows.allSatisfy { $0.indicatorID.hasPrefix("bmn.") })
        #expect(
            summary.rows.map(\.window).allSatisfy(summary.windows.contains), "the contract's rows keep their windows")

        let plain = try summarize([files.write("bmn2.csv", text)], asOf: september2024, comparisons: .none)
        #expect(plain.surveyYears.rows.isEmpty && plain.yearEarlier.isEmpty)
        #expect(plain.rows == summary.rows, "asking for comparisons changes no contract row")
    }

    /// An annual indicator-values mission reported each March: its survey years read each year's
    /// figure from 1 January, while the contract's window rows keep the window's own months.
    @Test func annualIndicatorValuesReadTheirYear() throws {
        let catalog = try IndicatorCatalog(
            json: Data(
                ("[" + #"{"id": "village.plans", "name_th": "แผนชุมชน", "name_en": "Village plans", "unit": "count", "#
                    + #""kind": "stock", "ratio": false, "direction": "higher", "target": null, "cadence": "annual"}"#
                    + "]").utf8), source: "test")
        let text =
            "indicator_id,period_end,province_code,district_code,numerator,denominator\n"
            + "village.plans,2023-03-31,50,5001,10,\n"
            + "village.plans,2024-03-31,50,5001,12,\n"
        let path = files.write("iv.csv", text)
        let summary = try Summarizer(catalog: catalog).summarize(
            SummaryRequest(files: [path], asOf: september2024, comparisons: .briefing)
        ).0
        let final2566 = try #require(
            row(summary.surveyYears.rows, .district, 5001, "village.plans", windowEnd: "2023-12-31"))
        #expect(final2566.numerator == .count(10) && final2566.dataAsOf == CivilDate(year: 2023, month: 3, day: 31))
        let newest = try #require(
            row(summary.surveyYears.rows, .district, 5001, "village.plans", windowEnd: "2024-09-30"))
        #expect(newest.numerator == .count(12) && newest.change == 2)
        #expect(
            row(summary.rows, .district, 5001, "village.plans", windowEnd: "2024-09-30")?.value == nil,
            "the contract's July–September window has no figure of its own")
    }

    /// A monthly indicator-values file never gets survey-year rows; a flow gets last year's same quarter.
    @Test func flowsGetTheSameQuarterLastYear() throws {
        let text =
            "month,province_code,district_code,product_id,category,channel,sales_baht\n"
            + "2023-08,50,5001,P1,food,online,100.00\n"
            + "2024-07,50,5001,P1,food,online,300.00\n"
            + "2024-08,50,5002,P2,food,offline,50.00\n"
            + "2023-09,50,5002,P2,food,offline,70.00\n"
        let summary = try summarize([files.write("otop.csv", text)], asOf: september2024)
        #expect(summary.surveyYears.rows.isEmpty)
        let earlier = try #require(row(summary.yearEarlier, .province, 50, "otop.sales", windowEnd: "2023-09-30"))
        #expect(earlier.numerator == .satang(170_00))
        let newest = try #require(row(summary.rows, .province, 50, "otop.sales", windowEnd: "2024-09-30"))
        #expect(
            newest.yoyChange == 180 && newest.likeForLikeYearOnYear?.change == 180
                && newest.likeForLikeYearOnYear?.areas == 2)
        #expect(summary.yearEarlier.allSatisfy { $0.window.endMonth.description == "2023-09" })
    }
}
