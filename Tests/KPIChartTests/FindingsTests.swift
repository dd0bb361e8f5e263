import Foundation
import KPICore
import Testing

@testable import KPIChart

/// The briefing's findings on inputs made for each rule: like for like when a district is
/// missing, flows against last year, annual indicators by survey year, ties, counts unranked,
/// values near a target, Thai punctuation and digits.
@Suite struct FindingsTests {
    let september2024 = YearMonth(year: 2024, month: 9)!

    /// The findings of `indicator` for `scope`, from `csv` summarized as a briefing does.
    func findings(
        _ csv: String, _ indicator: String, scope: AreaScope = .zone(15), language: Language = .thai,
        digits: DigitStyle = .arabic
    ) throws -> Findings {
        let path = FileManager.default.temporaryDirectory.appending(
            path: "chumchonkpi-findings-\(UUID().uuidString).csv"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let summary = try Summarizer().summarize(
            SummaryRequest(
                files: [path], asOf: september2024, filter: scope.briefingFilter,
                comparisons: .briefing)
        ).0
        let series = try #require(
            IndicatorSeries(comparisonOf: summary, indicatorID: indicator, level: scope.partsLevel))
        let total = IndicatorSeries(comparisonOf: summary, indicatorID: indicator, level: scope.level)?
            .areas.first { $0.code == scope.code }
        return Findings(
            series: series, total: total, scope: scope,
            options: ChartOptions(language: language, digits: digits))
    }

    static let womensFundHeader = "as_of,province_code,district_code,loan_id,outstanding_baht,overdue_baht\n"

    /// Lampang's 5202 has no Q4 snapshot: the plain change (20 % → 12 %) is mostly its absence;
    /// like for like, 5201 went from 10 % to 12 %, which is worse for overdue debt.
    @Test func changesAreLikeForLike() throws {
        let csv =
            Self.womensFundHeader
            + "2024-06-30,52,5201,A,1000.00,100.00\n"
            + "2024-06-30,52,5202,B,1000.00,300.00\n"
            + "2024-09-30,52,5201,A,1000.00,120.00\n"
        let caption = try #require(try findings(csv, "womens-fund.overdue-ratio").caption())
        #expect(caption.contains("แย่ลง 2.0 จุด จากไตรมาส 3/2567"), "like for like, \(caption)")
        #expect(caption.contains("เทียบเฉพาะ 1 อำเภอที่มีข้อมูลทั้งสองช่วง"))
        #expect(!caption.contains("8.0"), "not the plain change")
        #expect(
            caption.hasPrefix("ภาพรวมเขต 12.0% ✗ ยังไม่ผ่านเป้าหมาย (มีข้อมูล 1/2 อำเภอ)"), "who reported is said, \(caption)")
    }

    /// Bangkok's districts are เขต, not อำเภอ, wherever the caption counts them.
    @Test func bangkoksDistrictsAreCountedAsเขต() throws {
        let csv =
            Self.womensFundHeader
            + "2024-06-30,10,1001,A,1000.00,100.00\n"
            + "2024-06-30,10,1002,B,1000.00,300.00\n"
            + "2024-09-30,10,1001,A,1000.00,120.00\n"
        let caption = try #require(try findings(csv, "womens-fund.overdue-ratio", scope: .province(10)).caption())
        #expect(caption.hasPrefix("ภาพรวมกรุงเทพมหานคร 12.0% ✗ ยังไม่ผ่านเป้าหมาย (มีข้อมูล 1/2 เขต)"), "\(caption)")
        #expect(caption.contains("เทียบเฉพาะ 1 เขตที่มีข้อมูลทั้งสองช่วง"), "\(caption)")
        #expect(!caption.contains("อำเภอ"), "\(caption)")
    }

    /// Two provinces share the best value: both are named first; a count is never ranked.
    @Test func tiesShareTheFirstRankAndCountsAreNotRanked() throws {
        let csv =
            "as_of,province_code,district_code,fund_id,status,outstanding_baht\n"
            + "2024-09-30,51,5101,F1,normal,100.00\n"
            + "2024-09-30,58,5801,F2,normal,100.00\n"
            + "2024-09-30,52,5201,F3,problem,100.00\n"
        let share = try #require(try findings(csv, "kkcj.problem-share").caption())
        #expect(share.contains("อันดับ 1 ลำพูน และแม่ฮ่องสอน (0.0%)"), "\(share)")
        let count = try #require(try findings(csv, "kkcj.problem-funds").caption())
        #expect(!count.contains("อันดับ"), "\(count)")
    }

    /// OTOP sales: the quarter before and the same quarter last year, and the areas that moved
    /// most against last year (sales are seasonal).
    @Test func flowsCompareWithTheSameQuarterLastYear() throws {
        let csv =
            "month,province_code,district_code,product_id,category,channel,sales_baht\n"
            + "2023-08,50,5001,P1,food,online,100.00\n"
            + "2024-05,50,5001,P1,food,online,900.00\n"
            + "2024-08,50,5001,P1,food,online,300.00\n"
            + "2023-08,52,5201,P2,food,online,500.00\n"
            + "2024-05,52,5201,P2,food,online,600.00\n"
            + "2024-08,52,5201,P2,food,online,400.00\n"
        let findings = try findings(csv, "otop.sales")
        #expect(
            findings.series.windows.map(\.endMonth.description) == ["2023-09", "2024-03", "2024-06", "2024-09"],
            "last year's quarter comes first, then the three compared")
        let caption = try #require(findings.caption())
        #expect(caption.contains("แย่ลง 800 บาท จากไตรมาส 3/2567"), "\(caption)")
        #expect(caption.contains("ดีขึ้น 100 บาท จากไตรมาส 4/2566"), "\(caption)")
        #expect(caption.contains("เทียบไตรมาส 4/2566 ดีขึ้นมากที่สุด เชียงใหม่ (200 บาท)"), "\(caption)")
        #expect(caption.contains("แย่ลงมากที่สุด ลำปาง (100 บาท)"), "\(caption)")
    }

    /// จปฐ. coverage compares survey years: 2567 at the as-of date against 2566's final value.
    @Test func annualIndicatorsCompareSurveyYears() throws {
        let csv =
            "survey_year,province_code,district_code,household_id,surveyed_on,members,income_baht,passed\n"
            + "2566,50,5001,H1,2023-02-01,2,100000.00,1\n"
            + "2566,50,5001,H2,2023-03-01,2,100000.00,1\n"
            + "2567,50,5001,H1,2024-03-01,2,100000.00,1\n"
            + "2567,50,5001,H2,,2,,\n"
        let caption = try #require(try findings(csv, "bmn.coverage").caption())
        #expect(caption.hasPrefix("ปี 2567 ณ 1 มีนาคม 2567 ภาพรวมเขต 50.0% ✗"), "the date its data is as of: \(caption)")
        #expect(caption.contains("แย่ลง 50.0 จุด จากปี 2566"), "\(caption)")
        #expect(!caption.contains("ไตรมาส"), "survey years, not quarters: \(caption)")
        #expect(!caption.contains("ระหว่างสำรวจ"), "no record of 2567 is dated in the newest quarter")

        let stillSurveying = csv + "2567,50,5001,H3,2024-08-15,2,100000.00,1\n"
        let series = try findings(stillSurveying, "bmn.coverage").series
        #expect(series.shortLabel(series.windows.count - 1, calendar: CalendarFormatter()) == "ปี 2567 (ระหว่างสำรวจ)")
        #expect(
            series.shortLabel(0, calendar: CalendarFormatter()) == "ปี 2566",
            "2565, before the data's first year, is left out")
    }

    /// 9.996 % must not read as the 10 % target it meets; Thai sentences carry no full stops
    /// or semicolons; Thai digits reach every number.
    @Test func numbersPunctuationAndDigits() throws {
        let csv =
            Self.womensFundHeader
            + "2024-06-30,50,5001,A,100000.00,9000.00\n"
            + "2024-09-30,50,5001,A,100000.00,9996.00\n"
            + "2024-06-30,52,5201,B,100000.00,10500.00\n"
            + "2024-09-30,52,5201,B,100000.00,10004.00\n"
        let thai = try #require(try findings(csv, "womens-fund.overdue-ratio").caption())
        #expect(thai.contains("อันดับ 1 เชียงใหม่ (9.996%)"), "\(thai)")
        let fullStop = try Regex("[.](\\s|$)")
        #expect(!thai.contains(";") && !thai.contains(fullStop), "no full stops or semicolons in Thai: \(thai)")
        let thaiDigits = try #require(try findings(csv, "womens-fund.overdue-ratio", digits: .thai).caption())
        #expect(!thaiDigits.contains { $0.isASCII && $0.isNumber }, "\(thaiDigits)")
        let english = try #require(try findings(csv, "womens-fund.overdue-ratio", language: .english).caption())
        #expect(english.contains("Ranked first: Chiang Mai (9.996%)"), "\(english)")
    }
}
