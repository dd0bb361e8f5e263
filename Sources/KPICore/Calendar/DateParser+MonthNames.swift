extension DateParser {
    /// `D MONTH YYYY`: a day of 1 or 2 digits, the month's Thai name (`MonthNames.thaiFull` or
    /// `MonthNames.thaiAbbreviated`, dots optional, spaces anywhere around and inside it) and
    /// a Buddhist Era year of 4 digits.
    static func monthNameDate(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateParseError) -> CivilDate {
        let isDigit = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 }
        let dayEnd = bytes.firstIndex { !isDigit($0) } ?? bytes.count
        let yearStart = (bytes.lastIndex { !isDigit($0) } ?? -1) + 1
        guard (1...2).contains(dayEnd), bytes.count - yearStart == 4, dayEnd < yearStart,
            let day = number(bytes, 0, dayEnd), let year = number(bytes, yearStart, bytes.count),
            let month = thaiMonth(UnsafeBufferPointer(rebasing: bytes[dayEnd..<yearStart]))
        else { throw .malformed(text(bytes)) }
        return try buddhistEraDate(year: year, month: month, day: day, bytes)
    }

    /// The month (1…12) whose Thai name `bytes` spell, dots and spaces aside.
    private static func thaiMonth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let letters = bytes.lazy.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: " ") }
        return thaiMonthSpellings.first { $0.letters.elementsEqual(letters) }?.month
    }

    /// Each Thai month name, full and abbreviated, without its dots.
    private static let thaiMonthSpellings: [(letters: [UInt8], month: Int)] =
        [MonthNames.thaiFull, MonthNames.thaiAbbreviated].flatMap { names in
            names.enumerated().map { (Array($1.utf8).filter { $0 != UInt8(ascii: ".") }, $0 + 1) }
        }
}
