import Foundation
import Testing

@testable import KPICore

/// A small summary by hand: a ratio with a target, a money sum with a missing window and a
/// year-on-year change, a count, a zone whose English name needs quoting, and the nation.
private enum Sample {
    static let q2 = Window(endingIn: YearMonth(year: 2024, month: 3)!)
    static let q3 = Window(endingIn: YearMonth(year: 2024, month: 6)!)
    static let march = CivilDate(year: 2024, month: 3, day: 31)!
    static let june = CivilDate(year: 2024, month: 6, day: 30)!

    static func district(_ indicator: String, _ window: Window) -> SummaryRow {
        SummaryRow(
            level: .district, areaCode: 5001, areaNameThai: "เมืองเชียงใหม่", areaNameEnglish: "Mueang Chiang Mai",
            indicatorID: indicator, window: window, areasReporting: 1, areasInInput: 1)
    }

    static var summary: Summary {
        var rows: [SummaryRow] = []

        var row = district("kkcj.problem-funds", q2)
        row.numerator = .count(3)
        row.value = 3
        row.rank = 2
        row.dataAsOf = march
        rows.append(row)
        row = district("kkcj.problem-funds", q3)
        row.numerator = .count(2)
        row.value = 2
        row.change = -1
        row.pctChange = -1.0 / 3
        row.rank = 1
        row.dataAsOf = june
        rows.append(row)

        row = district("otop.sales", q2)
        row.numerator = .satang(123_456_750)
        row.value = 1_234_567.5
        row.yoyChange = 100_000.1
        row.rank = 1
        row.dataAsOf = march
        rows.append(row)
        row = district("otop.sales", q3)
        row.areasReporting = 0
        rows.append(row)

        row = district("womens-fund.overdue-ratio", q2)
        row.numerator = .satang(7_341_250)
        row.denominator = .satang(100_000_000)
        row.value = 0.0734125
        row.targetMet = true
        row.rank = 1
        row.dataAsOf = march
        rows.append(row)
        row = district("womens-fund.overdue-ratio", q3)
        row.numerator = .satang(8_000_000)
        row.denominator = .satang(100_000_000)
        row.value = 0.08
        row.targetMet = true
        row.change = 0.08 - 0.0734125
        row.pctChange = (0.08 - 0.0734125) / 0.0734125
        row.rank = 1
        row.dataAsOf = june
        rows.append(row)

        rows.append(
            SummaryRow(
                level: .zone, areaCode: 15, areaNameThai: "ภาคเหนือตอนบน 1",
                areaNameEnglish: #"Upper North 1, "Lanna""#, indicatorID: "womens-fund.overdue-ratio",
                window: q3, numerator: .satang(8_000_000), denominator: .satang(100_000_000),
                value: 0.08, targetMet: true, rank: 1, dataAsOf: june, areasReporting: 1, areasInInput: 2))
        rows.append(
            SummaryRow(
                level: .nation, areaCode: nil, areaNameThai: "ประเทศไทย", areaNameEnglish: "Thailand",
                indicatorID: "womens-fund.overdue-ratio", window: q3, numerator: .satang(15_000_000),
                denominator: .satang(100_000_000), value: 0.15, targetMet: false, rank: 1,
                dataAsOf: june, areasReporting: 2, areasInInput: 3))

        let ids = ["womens-fund.overdue-ratio", "otop.sales", "kkcj.problem-funds"]
        return Summary(rows: rows, windows: [q2, q3], indicators: ids.map { IndicatorCatalog.bundled[id: $0]! })
    }
}

@Suite struct SummaryWriterTests {
    // MARK: - Numbers

    /// The number's text, checked to be what the CSV writer appends for it after other bytes.
    private func text(_ number: SummaryNumber) -> String {
        var bytes = Array("x,".utf8)
        number.append(to: &bytes)
        #expect(bytes == Array("x,".utf8) + Array(number.description.utf8))
        return number.description
    }

    @Test func fractionsArePlainDecimals() {
        #expect(text(SummaryNumberFormat.fraction(0.0734125)) == "0.0734125")
        #expect(text(SummaryNumberFormat.fraction(0.1 + 0.2)) == "0.3")
        #expect(text(SummaryNumberFormat.fraction(1.0 / 3)) == "0.3333333333")
        #expect(text(SummaryNumberFormat.fraction(-0.25)) == "-0.25")
        #expect(text(SummaryNumberFormat.fraction(0.0000001234)) == "0.0000001234")
        #expect(text(SummaryNumberFormat.fraction(1)) == "1")
        #expect(text(SummaryNumberFormat.fraction(0)) == "0")
        #expect(text(SummaryNumberFormat.fraction(12_345_678_901_234)) == "12345678901234")
        #expect(
            text(SummaryNumberFormat.fraction(1e25)) == "10000000000000000905969664",
            "past 18 digits: the nearest double's digits")
        let vanishing = text(SummaryNumberFormat.fraction(-0x1p-1063))
        #expect(
            vanishing.hasPrefix("-0.000") && !vanishing.hasSuffix("0"),
            "a subnormal keeps its digits, trailing zeros trimmed")
    }

    @Test func fixedNeverWritesMinusZero() {
        #expect(text(SummaryNumberFormat.fixed(65_432.75, scale: 2)) == "65432.75")
        #expect(text(SummaryNumberFormat.fixed(-1, scale: 0)) == "-1")
        #expect(text(SummaryNumberFormat.fixed(-0.001, scale: 2)) == "0.00")
    }

    @Test func integersAndQuantitiesAppendTheirText() {
        #expect(text(.integer(-42)) == "-42")
        #expect(text(.integer(0)) == "0")
        #expect(text(.quantity(Quantity(units: 5, scale: 2))) == "0.05")
        // Past 64 bits: 2^100 satang.
        #expect(text(.quantity(Quantity(units: -(Int128(1) << 100), scale: 2))) == "-12676506002282294014967032053.76")
    }

    @Test func thousandsSeparators() {
        #expect(DisplayNumberFormat.grouped("-1234567.50") == "-1,234,567.50")
        #expect(DisplayNumberFormat.grouped("1000") == "1,000")
        #expect(DisplayNumberFormat.grouped("999.999") == "999.999")
        #expect(DisplayNumberFormat.grouped("0") == "0")
    }

    // MARK: - CSV

    @Test func csvBytes() {
        let expected = #"""
            level,area_code,area_name_th,area_name_en,indicator_id,window_start,window_end,numerator,denominator,value,target_met,change,pct_change,yoy_change,rank,data_as_of,areas_reporting
            district,5001,เมืองเชียงใหม่,Mueang Chiang Mai,kkcj.problem-funds,2024-01-01,2024-03-31,3,,3,,,,,2,2024-03-31,1/1
            district,5001,เมืองเชียงใหม่,Mueang Chiang Mai,kkcj.problem-funds,2024-04-01,2024-06-30,2,,2,,-1,-0.3333333333,,1,2024-06-30,1/1
            district,5001,เมืองเชียงใหม่,Mueang Chiang Mai,otop.sales,2024-01-01,2024-03-31,1234567.50,,1234567.50,,,,100000.10,1,2024-03-31,1/1
            district,5001,เมืองเชียงใหม่,Mueang Chiang Mai,otop.sales,2024-04-01,2024-06-30,,,,,,,,,,0/1
            district,5001,เมืองเชียงใหม่,Mueang Chiang Mai,womens-fund.overdue-ratio,2024-01-01,2024-03-31,73412.50,1000000.00,0.0734125,true,,,,1,2024-03-31,1/1
            district,5001,เมืองเชียงใหม่,Mueang Chiang Mai,womens-fund.overdue-ratio,2024-04-01,2024-06-30,80000.00,1000000.00,0.08,true,0.0065875,0.08973267495,,1,2024-06-30,1/1
            zone,15,ภาคเหนือตอนบน 1,"Upper North 1, ""Lanna""",womens-fund.overdue-ratio,2024-04-01,2024-06-30,80000.00,1000000.00,0.08,true,,,,1,2024-06-30,1/2
            nation,,ประเทศไทย,Thailand,womens-fund.overdue-ratio,2024-04-01,2024-06-30,150000.00,1000000.00,0.15,false,,,,1,2024-06-30,2/3

            """#
        let csv = SummaryCSVWriter().render(Sample.summary)
        #expect(csv == expected)
        #expect(Array(csv.utf8) == Array(expected.utf8))
    }

    @Test func aLargeSummaryWrittenInPartsKeepsItsRowsInOrder() throws {
        // Thousands of rows are written in parts on all cores: each line must still be its row's.
        let sample = Sample.summary
        var rows: [SummaryRow] = []
        for copy in 0..<700 {
            for var row in sample.rows {
                row.rank = copy
                rows.append(row)
            }
        }
        let large = Summary(rows: rows, windows: sample.windows, indicators: sample.indicators)
        let lines = SummaryCSVWriter().render(large).split(separator: "\n", omittingEmptySubsequences: false)
        let sampleLines = SummaryCSVWriter().render(sample).split(separator: "\n").dropFirst()
        #expect(lines.count == rows.count + 2, "header, rows, and the empty text after the last line feed")
        for (index, row) in rows.enumerated() {
            let written = String(lines[index + 1])
            let rankless = sampleLines[sampleLines.startIndex + index % sample.rows.count].split(
                separator: ",", omittingEmptySubsequences: false)
            let fields = written.split(separator: ",", omittingEmptySubsequences: false)
            let rankColumn = try #require(SummaryColumns.names.firstIndex(of: "rank")) + (row.level == .zone ? 1 : 0)
            #expect(fields[rankColumn] == "\(row.rank!)", "line \(index + 2)")
            #expect(
                fields.count == rankless.count
                    && zip(fields, rankless).enumerated().allSatisfy {
                        $0.offset == rankColumn || $0.element.0 == $0.element.1
                    },
                "line \(index + 2)")
        }
        #expect(SummaryCSVWriter().data(for: large) == Data(SummaryCSVWriter().render(large).utf8))
    }

    @Test func csvOfAnEmptySummaryIsTheHeader() {
        let csv = SummaryCSVWriter().render(Summary(rows: [], windows: [Sample.q3], indicators: []))
        #expect(csv == SummaryColumns.names.joined(separator: ",") + "\n")
        #expect(csv.hasPrefix("level,area_code,area_name_th,area_name_en,indicator_id,window_start,window_end,"))
    }

    // MARK: - JSON

    @Test func jsonCarriesTheCSVFields() throws {
        let json = SummaryJSONWriter().render(Sample.summary)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 8)
        for object in objects { #expect(Set(object.keys) == Set(SummaryColumns.names)) }

        let ratio = objects[5]
        #expect(ratio["level"] as? String == "district")
        #expect(ratio["area_code"] as? Int == 5001)
        #expect(ratio["area_name_th"] as? String == "เมืองเชียงใหม่")
        #expect(ratio["indicator_id"] as? String == "womens-fund.overdue-ratio")
        #expect(ratio["window_end"] as? String == "2024-06-30")
        #expect(ratio["numerator"] as? Double == 80_000)
        #expect(ratio["value"] as? Double == 0.08)
        #expect(ratio["target_met"] as? Bool == true)
        #expect(ratio["change"] as? Double == 0.0065875)
        #expect(ratio["pct_change"] as? Double == 0.08973267495)
        #expect(ratio["yoy_change"] is NSNull)
        #expect(ratio["areas_reporting"] as? String == "1/1")

        let missing = objects[3]
        #expect(missing["value"] is NSNull)
        #expect(missing["numerator"] is NSNull)
        #expect(missing["data_as_of"] is NSNull)
        #expect(missing["areas_reporting"] as? String == "0/1")
        #expect(objects[2]["value"] as? Double == 1_234_567.5)
        #expect(objects[6]["area_name_en"] as? String == #"Upper North 1, "Lanna""#)
        #expect(objects[7]["area_code"] is NSNull)
        #expect(objects[7]["target_met"] as? Bool == false)
    }

    @Test func jsonBytesAreStable() {
        let json = SummaryJSONWriter().render(Sample.summary)
        let lines = json.split(separator: "\n")
        #expect(lines.first == "[" && lines.last == "]")
        #expect(lines[1].hasPrefix(#"  {"level": "district", "area_code": 5001, "area_name_th": "เมืองเชียงใหม่", "#))
        #expect(
            lines[6].contains(
                #""value": 0.08, "target_met": true, "change": 0.0065875, "pct_change": 0.08973267495, "yoy_change": null, "rank": 1, "data_as_of": "2024-06-30", "areas_reporting": "1/1"}"#
            ))
        #expect(json == SummaryJSONWriter().render(Sample.summary))
        #expect(SummaryJSONWriter().render(Summary(rows: [], windows: [], indicators: [])) == "[]\n")
    }

    // MARK: - Table

    /// The tables of a rendered text: each header line, its rule and its rows (up to a blank line).
    private func tables(in text: String) -> [[Substring]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var tables: [[Substring]] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("---") {
            let rows = lines[(index + 1)...].prefix { !$0.isEmpty }
            tables.append([lines[index - 1], line] + rows)
        }
        return tables
    }

    @Test func thaiTableAlignsByDisplayWidth() throws {
        let text = SummaryTableWriter(language: .thai, digits: .arabic).render(Sample.summary)
        let tables = tables(in: text)
        #expect(tables.count == 5)  // kkcj: district; otop: district; overdue: district, zone, nation
        for table in tables {
            let widths = Set(table.map { TextTable.displayWidth(String($0)) })
            #expect(widths.count == 1, "\(table)")
        }
        let overdue = try #require(tables.first { $0.contains { $0.contains("7.34%") } })
        #expect(
            cells(of: overdue[0]) == [
                "รหัส", "พื้นที่", "ไตรมาส 2/2567", "ไตรมาส 3/2567", "เปลี่ยนแปลง", "เป้าหมาย",
                "อันดับ", "รายงาน", "ข้อมูล ณ",
            ])
        #expect(
            cells(of: overdue[2]) == [
                "5001", "เมืองเชียงใหม่", "7.34%", "8.00%", "▲ 0.66 จุด", "ผ่าน", "1", "1/1",
                "30 มิถุนายน 2567",
            ])
        let otop = try #require(tables.first { $0.contains { $0.contains("1,234,567.50") } })
        #expect(cells(of: otop[2]) == ["5001", "เมืองเชียงใหม่", "1,234,567.50", "–", "–", "–", "0/1", "–"])
        let kkcj = try #require(tables.first { $0.contains { $0.contains("▼ 1") } })
        #expect(cells(of: kkcj[2]) == ["5001", "เมืองเชียงใหม่", "3", "2", "▼ 1", "1", "1/1", "30 มิถุนายน 2567"])
        #expect(cells(of: tables[4][2]) == ["ประเทศไทย", "–", "15.00%", "–", "ไม่ผ่าน", "1", "2/3", "30 มิถุนายน 2567"])

        #expect(text.hasPrefix("จำนวนกองทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.) ที่มีปัญหา\n\nระดับอำเภอ\n"))
        #expect(text.contains("\nสัดส่วนหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี (ร้อยละ) · เป้าหมาย: ต่ำกว่า 10.00%\n"))
        #expect(text.contains("\nยอดจำหน่ายผลิตภัณฑ์ OTOP (บาท)\n"))
        #expect(text.contains("\nระดับเขตตรวจราชการ\n"))
        #expect(text.hasSuffix("\n\nข้อมูล ณ วันที่ 30 มิถุนายน 2567\n"))
    }

    /// The cells of a table line: the text between runs of two or more spaces.
    private func cells(of line: Substring) -> [String] {
        line.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func thaiDigitsOnRequest() {
        let text = SummaryTableWriter(language: .thai, digits: .thai).render(Sample.summary)
        #expect(text.contains("๕๐๐๑  เมืองเชียงใหม่"))
        #expect(text.contains("๗.๓๔%"))
        #expect(text.contains("▲ ๐.๖๖ จุด"))
        #expect(text.contains("ไตรมาส ๓/๒๕๖๗"))
        #expect(text.contains("๑,๒๓๔,๕๖๗.๕๐"))
        #expect(text.hasSuffix("ข้อมูล ณ วันที่ ๓๐ มิถุนายน ๒๕๖๗\n"))
        #expect(!text.contains { $0.isASCII && $0.isNumber })
        for table in tables(in: text) {
            #expect(Set(table.map { TextTable.displayWidth(String($0)) }).count == 1)
        }
    }

    @Test func englishTable() {
        let text = SummaryTableWriter(language: .english, digits: .arabic).render(Sample.summary)
        #expect(text.contains("Women's Development Fund overdue debt ratio (percent) · target: below 10.00%"))
        #expect(text.contains("\nDistricts\nCode  Area "))
        #expect(text.contains("  Q2 FY2024  Q3 FY2024  "))
        #expect(
            text.contains(
                "5001  Mueang Chiang Mai      7.34%      8.00%  ▲ 0.66 pp  ✓          1        1/1  30 June 2024\n"))
        #expect(text.contains("      Thailand          –     15.00%       –  ✗          1        2/3  30 June 2024\n"))
        #expect(text.hasSuffix("\nData as of 30 June 2024\n"))
        #expect(
            SummaryTableWriter(language: .english).render(Summary(rows: [], windows: [], indicators: [])) == "No data\n"
        )
    }
}
