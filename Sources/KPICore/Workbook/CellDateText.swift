/// The text of a date cell, as the CSV rules then read it: `YYYY-MM-DD`, or with its time
/// (`YYYY-MM-DDTHH:MM:SS`) when that is not midnight, which a date column refuses.
enum CellDateText {
    /// How a workbook counts serial dates.
    enum System: Sendable {
        /// Day 1 is 1900-01-01, and day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's
        /// leap-year bug, which Excel keeps).
        case from1900
        /// Day 0 is 1904-01-01 (old Mac workbooks, `date1904`).
        case from1904
    }

    /// Appends the date of the serial number written `bytes[range]`; text that is not a serial
    /// date Excel can show (0 to 9999-12-31) is appended as it is.
    static func appendSerial(
        _ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, system: System, to output: inout [UInt8]
    ) {
        let text = UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
        var days = 0
        var seconds = 0
        if let whole = wholeDays(text) {
            days = whole
        } else {
            guard let value = Double(String(decoding: text, as: UTF8.self)), value >= 0, value < 2_958_466 else {
                return output.append(contentsOf: text)
            }
            days = Int(value.rounded(.down))
            seconds = Int(((value - Double(days)) * 86_400).rounded())
        }
        if seconds == 86_400 {
            days &+= 1
            seconds = 0
        }
        switch (system, days) {
        case (.from1900, 0): output.append(contentsOf: "1900-01-00".utf8)
        case (.from1900, 60): output.append(contentsOf: "1900-02-29".utf8)
        case (.from1900, ..<60): append(CivilDate(dayNumber: day1900 &+ days &+ 1), to: &output)
        case (.from1900, _): append(CivilDate(dayNumber: day1900 &+ days), to: &output)
        case (.from1904, _): append(CivilDate(dayNumber: day1904 &+ days), to: &output)
        }
        if seconds > 0 {
            output.append(
                contentsOf:
                    "T\(zeroPadded(seconds / 3600, 2)):\(zeroPadded(seconds / 60 % 60, 2)):\(zeroPadded(seconds % 60, 2))"
                    .utf8)
        }
    }

    /// A serial written as a whole number below 2958466 (9999-12-31), the common case, or `nil`.
    private static func wholeDays(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !text.isEmpty, text.count <= 7 else { return nil }
        var days = 0
        for byte in text {
            guard byte &- 0x30 < 10 else { return nil }
            days = days &* 10 &+ Int(byte &- 0x30)
        }
        return days < 2_958_466 ? days : nil
    }

    /// Appends `YYYY-MM-DD` without making a string.
    private static func append(_ date: CivilDate, to output: inout [UInt8]) {
        appendDigits(date.year, 4, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDigits(date.month, 2, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDigits(date.day, 2, to: &output)
    }

    /// Appends the last `count` decimal digits of `value` (not negative), zero-padded.
    private static func appendDigits(_ value: Int, _ count: Int, to output: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor &*= 10 }
        while divisor > 0 {
            output.append(UInt8(truncatingIfNeeded: value / divisor % 10) &+ 0x30)
            divisor /= 10
        }
    }

    /// Appends an ISO 8601 date-time cell (`t="d"`): its date alone when its time is midnight
    /// (`2024-10-31T00:00:00`, `…T00:00:00.000Z`), else the text as it is.
    static func appendISO(_ text: [UInt8], to output: inout [UInt8]) {
        let time = text.dropFirst(10)
        let zeroTime =
            time.first == UInt8(ascii: "T") && time.dropFirst().allSatisfy { [0x30, 0x3A, 0x2E, 0x5A].contains($0) }
        output.append(contentsOf: text.count > 10 && zeroTime ? text.prefix(10) : text[...])
    }

    /// The day number (see `CivilDate.dayNumber`) of serial 0 in each system.
    private static let day1900 = CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
    private static let day1904 = CivilDate(year: 1904, month: 1, day: 1)!.dayNumber
}
