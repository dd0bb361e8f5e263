import Testing

@testable import KPICore

/// The plain decimal and ISO texts that summaries write, against a reading of `String(Int128)`.
@Suite struct NumberTextTests {
    /// `units / 10^scale` written from `String(units)` by inserting the point.
    private func expected(_ units: Int128, _ scale: Int) -> String {
        let digits = String(units.magnitude)
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let text = scale == 0 ? padded : padded.dropLast(scale) + "." + padded.suffix(scale)
        return (units < 0 ? "-" : "") + text
    }

    @Test(arguments: [0, 1, 2, 5, 9])
    func quantityIsWrittenExactly(scale: Int) {
        let values: [Int128] = [
            0, 1, -1, 7, 10, 99, 100, -305, 123_456_789, Int128(Int64.max), -Int128(Int64.max),
            Int128(UInt64.max), Int128(UInt64.max) + 1, Int128.max, Int128.min + 1,
        ]
        for units in values {
            #expect(
                Quantity(units: units, scale: scale).description == expected(units, scale), "\(units) scale \(scale)")
        }
    }

    @Test func datesAreISO() {
        #expect(CivilDate(year: 2026, month: 9, day: 30)!.description == "2026-09-30")
        #expect(CivilDate(year: 7, month: 1, day: 5)!.description == "0007-01-05")
        #expect(CivilDate(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(CivilDate(year: 12345, month: 10, day: 1)!.description == "12345-10-01")
    }
}
