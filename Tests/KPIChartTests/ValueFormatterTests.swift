import Foundation
import KPICore
import Testing

@testable import KPIChart

/// Numbers that explain themselves: a value never reads as its target when it is not, nor as 0
/// when it is not; changes say whether they are better or worse; who reported.
@Suite struct ValueFormatterTests {
    private func formatter(
        _ id: String, largest: Double = 1, language: Language = .thai,
        digits: DigitStyle = .arabic
    ) -> ValueFormatter {
        ValueFormatter(
            definition: IndicatorCatalog.bundled[id: id]!, largest: largest, language: language, digits: digits)
    }

    // MARK: Near the target

    @Test func nearTheTargetAsManyDecimalsAsTellTheSide() {
        // Overdue ratio: below 10 % meets the target.
        let overdue = formatter("womens-fund.overdue-ratio")
        #expect(overdue.label(0.09996) == "9.996%")
        #expect(overdue.label(0.10004) == "10.004%")
        #expect(overdue.label(0.1001) == "10.01%")
        #expect(overdue.label(0.0996) == "9.96%")
        #expect(overdue.label(0.0734) == "7.3%")
        #expect(overdue.label(0.1) == "10.0%", "exactly the target reads as the target")
        // Closer than 3 decimals tell: rounded away from the target, toward the value's side.
        #expect(overdue.label(0.0999999) == "9.999%")
        #expect(overdue.label(0.1000001) == "10.001%")
        // Coverage: at least 100 % meets it.
        let coverage = formatter("bmn.coverage")
        #expect(coverage.label(0.99996) == "99.996%")
        #expect(coverage.label(0.9996) == "99.96%")
        #expect(coverage.label(1) == "100.0%")
        // The target's own label is plain.
        #expect(
            ChartTitles.targetLabel(overdue.definition, formatter: overdue, language: .thai) == "เป้าหมาย: ต่ำกว่า 10.0%")
    }

    @Test(arguments: ["womens-fund.overdue-ratio", "bmn.coverage", "khok-nong-na.active-share"])
    func aPrintedValueMeetsTheTargetExactlyWhenTheValueDoes(id: String) throws {
        let formatter = formatter(id)
        let definition = formatter.definition
        let target = try #require(definition.target)
        for step in -2_000...2_000 {
            let value = target + Double(step) * 0.0000013
            let text = formatter.label(value)
            let printed = try #require(Double(text.dropLast()), "\(text)") / 100
            #expect(definition.meetsTarget(printed) == definition.meetsTarget(value), "\(value) printed \(text)")
        }
    }

    // MARK: Never 0 when not 0

    @Test func aValueThatIsNotZeroNeverReadsAsZero() {
        // One unit for the measure, from its largest value: million baht; 37,312 baht reads 0.04.
        let sales = formatter("otop.sales.beverage", largest: 4_000_000)
        #expect(sales.unitLabel == "ล้านบาท")
        #expect(sales.label(4_000_000) == "4.0")
        #expect(sales.label(37_312) == "0.04")
        #expect(sales.label(1_234) == "0.001")
        #expect(sales.label(400) == "<0.001")
        #expect(sales.label(0) == "0.0", "zero stays zero")
        // Ratios with no target: 0.004 % is not 0.0 %.
        let share = formatter("kkcj.problem-share")
        #expect(share.label(0.00004) == "0.004%")
        #expect(share.label(0.00000001) == "<0.001%")
        #expect(formatter("kkcj.problem-funds").label(0.25) == "0.3")
        #expect(formatter("kkcj.problem-funds").label(0.004) == "<0.01")
    }

    @Test func aChangeThatIsNotZeroNeverReadsAsZero() {
        let overdue = formatter("womens-fund.overdue-ratio")
        #expect(overdue.change(-0.0003) == "▼ 0.03 จุด")
        #expect(overdue.change(0.003) == "▲ 0.3 จุด")
        #expect(overdue.change(0) == "• 0.0 จุด")
        let sales = formatter("otop.sales", largest: 4_000_000)
        #expect(sales.change(-20_000) == "▼ 0.02")
        #expect(sales.change(100) == "▲ <0.001")
        #expect(
            formatter("womens-fund.overdue-ratio", language: .english, digits: .thai).change(-0.0003) == "▼ ๐.๐๓ pp")
    }

    // MARK: Better or worse

    @Test func aChangeIsBetterOrWorseByTheDirection() {
        // Lower is better: overdue debt going down is better.
        let overdue = formatter("womens-fund.overdue-ratio")
        #expect(overdue.changeVerdict(-0.003) == "ดีขึ้น")
        #expect(overdue.changeVerdict(0.003) == "แย่ลง")
        #expect(overdue.changeVerdict(0) == "เท่าเดิม")
        #expect(overdue.changeWithVerdict(-0.003) == "▼ 0.3 จุด ดีขึ้น")
        #expect(overdue.verdict(of: -0.0003) == .better)
        // Higher is better: OTOP sales going down are worse.
        let sales = formatter("otop.sales", largest: 4_000_000, language: .english)
        #expect(sales.changeVerdict(-300_000) == "worse")
        #expect(sales.changeVerdict(300_000) == "better")
        #expect(sales.changeVerdict(0) == "no change")
        #expect(sales.changeWithVerdict(-300_000) == "▼ 0.3 worse")
        #expect(sales.changeWithVerdict(-300_000, unit: true) == "▼ 0.3 million baht worse")
    }

    // MARK: Marks and notes

    @Test func metAndMissedHaveASymbol() {
        let overdue = formatter("womens-fund.overdue-ratio")
        #expect(overdue.label(0.05, met: true) == "5.0% ✓")
        #expect(overdue.label(0.15, met: false) == "15.0% ✗")
        #expect(overdue.label(0.15, met: nil) == "15.0%")
        #expect(TargetMark.label(met: true, language: .thai) == "✓ ผ่านเป้าหมาย")
        #expect(TargetMark.label(met: false, language: .thai) == "✗ ไม่ผ่านเป้าหมาย")
        #expect(TargetMark.label(met: false, language: .english) == "✗ Target missed")
    }

    @Test func whoReportedWhenNotEveryDistrictDid() {
        let window = Window(endingIn: YearMonth(year: 2024, month: 6)!)
        func row(_ reporting: Int, of input: Int, value: Double? = 0.05) -> SummaryRow {
            SummaryRow(
                level: .province, areaCode: 50, areaNameThai: "เชียงใหม่", areaNameEnglish: "Chiang Mai",
                indicatorID: "womens-fund.overdue-ratio", window: window, value: value,
                areasReporting: reporting, areasInInput: input)
        }
        let thai = formatter("womens-fund.overdue-ratio")
        #expect(thai.reportingNote(row(3, of: 4)) == "3/4 อำเภอ")
        #expect(thai.reportingNote(row(3, of: 4), short: true) == "3/4")
        #expect(thai.reportingNote(row(4, of: 4)) == nil, "all reported: nothing to say")
        #expect(thai.reportingNote(row(0, of: 4, value: nil)) == nil, "no value: the chart says no data")
        #expect(formatter("womens-fund.overdue-ratio", digits: .thai).reportingNote(row(13, of: 25)) == "๑๓/๒๕ อำเภอ")
        #expect(
            formatter("womens-fund.overdue-ratio", language: .english).reportingNote(row(3, of: 4)) == "3/4 districts")
    }
}
