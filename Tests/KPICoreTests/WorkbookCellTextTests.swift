import Testing

@testable import KPICore

/// The text a workbook's numeric, date and date-time cells give, before the field parsers read it
/// as they read a CSV field.
@Suite struct WorkbookCellTextTests {
    private func number(_ xml: String, _ use: CellNumberText.Use) -> String {
        var output: [UInt8] = []
        Array(xml.utf8).withUnsafeBufferPointer {
            CellNumberText.append($0.baseAddress!, 0..<$0.count, as: use, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func serial(_ xml: String, _ system: CellDateText.System = .from1900) -> String {
        var output: [UInt8] = []
        Array(xml.utf8).withUnsafeBufferPointer {
            CellDateText.appendSerial($0.baseAddress!, 0..<$0.count, system: system, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test(arguments: [
        ("50", "50"), ("5001.0", "5001"), ("0", "0"), ("-0.5", "-0.5"), ("1E-3", "0.001"), ("1.2345E3", "1234.5"),
        ("1234.5600000000001", "1234.56"), ("0.30000000000000004", "0.3"), ("123456789012345678", "123456789012346000"),
        ("99999999999999999", "100000000000000000"), ("abc", "abc"), ("1e999", "1e999"),
    ])
    func numbersAreWrittenWithExcelsFifteenDigits(_ xml: String, _ text: String) {
        #expect(number(xml, .plain) == text)
    }

    @Test(arguments: [
        ("1234.5600000000001", "1234.56"), ("1234.56", "1234.56"), ("99.999999", "100"), ("0.000001", "0"),
        ("-3.0000001", "-3"), ("1234.5599991", "1234.56"), ("0.009999", "0.01"),
        // More than 0.000001 baht from a satang: kept, for the money parser to refuse.
        ("1234.561", "1234.561"), ("99.9999989", "99.9999989"), ("0.0000011", "0.0000011"), ("12.345", "12.345"),
    ])
    func moneyIsRoundedWithinAMillionthOfABaht(_ xml: String, _ text: String) {
        #expect(number(xml, .money) == text)
    }

    @Test(arguments: [
        ("45596", "2024-10-31"), ("1", "1900-01-01"), ("59", "1900-02-28"), ("60", "1900-02-29"), ("61", "1900-03-01"),
        ("0", "1900-01-00"), ("45596.5", "2024-10-31T12:00:00"), ("45596.999999999", "2024-11-01"), ("-1", "-1"),
        ("x", "x"),
    ])
    func serialDatesCountFrom1900WithExcelsLeapDay(_ xml: String, _ text: String) {
        #expect(serial(xml) == text)
    }

    @Test func serialDatesCountFrom1904WhenTheWorkbookSaysSo() {
        #expect(serial("0", .from1904) == "1904-01-01")
        #expect(serial("44134", .from1904) == "2024-10-31")
    }

    @Test(arguments: [
        ("2024-10-31T00:00:00", "2024-10-31"), ("2024-10-31T00:00:00.000Z", "2024-10-31"), ("2024-10-31", "2024-10-31"),
        ("2024-10-31T08:00:00", "2024-10-31T08:00:00"),
    ])
    func isoDateCellsKeepTheirDateWhenTheTimeIsMidnight(_ xml: String, _ text: String) {
        var output: [UInt8] = []
        CellDateText.appendISO(Array(xml.utf8), to: &output)
        #expect(String(decoding: output, as: UTF8.self) == text)
    }

    @Test(arguments: [
        ("d/m/yyyy", true), ("[$-th-TH]d mmm yy", true), ("yyyy-mm-dd hh:mm", true), ("General", false),
        ("[Red]0.00", false), ("0.0 \"days\"", false), ("\\d0", false), ("0.00E+00", false), ("#,##0.00", false),
    ])
    func customFormatsWithDayMonthOrYearAreDates(_ code: String, _ isDate: Bool) {
        #expect(CellStyles.isDateCode(code) == isDate)
    }
}
