/// Reads dates and months in the forms the data contract allows.
///
/// - ISO `YYYY-MM-DD` with a Common Era year (a year above 2400 is an error);
/// - Thai `D/M/YYYY` with a Buddhist Era year (a year of 2400 or below is an error);
/// - Thai `D MONTH YYYY` with the month's Thai name, full or abbreviated, and a Buddhist Era
///   year (`31 ต.ค. 2567`, `31 ตุลาคม 2567`; see `DateParser+MonthNames.swift`);
/// - any of these followed by a zero time of day (`2024-10-31 00:00:00`, `2024-10-31T00:00`);
///   any other time is an error (see `DateParser+Time.swift`);
/// - months as `YYYY-MM` (Common Era) or as a date in any form;
/// - in either form, a year in `years` (Common Era), so that every date read prints as four digits.
///
/// The byte forms are what the CSV reader calls on its hot path: no allocation unless the field
/// is bad.
public enum DateParser {
    /// Years above this are Buddhist Era, years up to it Common Era.
    public static let eraBoundary = 2400
    /// The Common Era years a date may have: data of the department, with room for targets and
    /// long series, and never a year 0 or a five-digit one.
    public static let years = 1900...2200

    /// The date in `bytes`. Not API: the byte form the readers use, public only to the benchmarks
    /// (`@_spi(Benchmarks) import KPICore`); `date(_:)` on a `String` is the API.
    @_spi(Benchmarks) public static func date(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateParseError) -> CivilDate {
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 7), let day = number(bytes, 8, 10)
        {
            guard year <= eraBoundary else { throw .buddhistYearInISO(text(bytes)) }
            guard years.contains(year) else { throw .yearOutOfRange(text(bytes)) }
            guard let date = CivilDate(year: year, month: month, day: day) else { throw .noSuchDay(text(bytes)) }
            return date
        }
        if let day = try withoutZeroTime(bytes) { return try date(day) }
        if bytes.contains(UInt8(ascii: "/")) { return try thaiDate(bytes) }
        return try monthNameDate(bytes)
    }

    /// The month in `bytes`: `YYYY-MM`, or the month of a date in either form.
    package static func month(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateParseError) -> YearMonth {
        if bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 7)
        {
            guard year <= eraBoundary else { throw .buddhistYearInISO(text(bytes)) }
            guard years.contains(year) else { throw .yearOutOfRange(text(bytes)) }
            guard let yearMonth = YearMonth(year: year, month: month) else { throw .noSuchDay(text(bytes)) }
            return yearMonth
        }
        return try date(bytes).yearMonth
    }

    /// The date in `text`.
    public static func date(_ text: String) throws(DateParseError) -> CivilDate {
        try withBytes(text) { bytes throws(DateParseError) in try date(bytes) }
    }

    /// The month in `text`.
    public static func month(_ text: String) throws(DateParseError) -> YearMonth {
        try withBytes(text) { bytes throws(DateParseError) in try month(bytes) }
    }

    /// An as-of month as the command line takes it: `YYYY-MM` or that month's last day.
    public static func asOfMonth(_ text: String) throws(DateParseError) -> YearMonth {
        let parsed = try month(text)
        if let day = try? date(text), !day.isLastDayOfMonth { throw .notMonthEnd(text) }
        return parsed
    }

    // MARK: - Private

    /// `D/M/YYYY` with a Buddhist Era year.
    private static func thaiDate(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateParseError) -> CivilDate {
        let slash = UInt8(ascii: "/")
        guard let first = bytes.firstIndex(of: slash),
            let second = bytes[(first + 1)...].firstIndex(of: slash),
            (1...2).contains(first), (1...2).contains(second - first - 1), bytes.count - second - 1 == 4,
            let day = number(bytes, 0, first), let month = number(bytes, first + 1, second),
            let year = number(bytes, second + 1, bytes.count)
        else { throw .malformed(text(bytes)) }
        return try buddhistEraDate(year: year, month: month, day: day, bytes)
    }

    /// The day of a Buddhist Era date written as `bytes`, checked.
    static func buddhistEraDate(year: Int, month: Int, day: Int, _ bytes: UnsafeBufferPointer<UInt8>)
        throws(DateParseError) -> CivilDate
    {
        guard year > eraBoundary else { throw .commonEraYearInThai(text(bytes)) }
        guard years.contains(year - buddhistEraOffset) else { throw .yearOutOfRange(text(bytes)) }
        guard let date = CivilDate(year: year - buddhistEraOffset, month: month, day: day) else {
            throw .noSuchDay(text(bytes))
        }
        return date
    }

    /// The decimal number in `bytes[start..<end]`, or `nil` unless every byte is a digit.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var value = 0
        for index in start..<end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func withBytes<T>(
        _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(DateParseError) -> T
    ) throws(DateParseError) -> T {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(DateParseError) in try body(bytes) } }
        return try result.get()
    }
}
