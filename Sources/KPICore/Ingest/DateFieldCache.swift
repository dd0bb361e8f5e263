/// A parsed date with the numbers the totals are keyed by, worked out once.
struct KeyedDate {
    let date: CivilDate
    /// `date.dayNumber`.
    let dayNumber: Int
    /// `date.yearMonth.index`.
    let monthIndex: Int

    init(_ date: CivilDate) {
        self.date = date
        dayNumber = date.dayNumber
        monthIndex = date.yearMonth.index
    }
}

/// Remembers the last date field parsed: snapshot files repeat one date for thousands of rows in
/// a row, so most rows compare 16 bytes instead of parsing and converting.
struct DateFieldCache {
    private var low: UInt64 = 0, high: UInt64 = 0, length = -1
    private var value = KeyedDate(CivilDate(dayNumber: 0))

    /// The date in `field` (ISO or Thai B.E.), from the cache when the bytes repeat.
    @inline(__always)
    mutating func date(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> KeyedDate {
        guard field.count <= 16 else { return KeyedDate(try FieldParser.date(field)) }
        var low: UInt64 = 0, high: UInt64 = 0
        for (index, byte) in field.enumerated() {
            if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        if field.count == length, low == self.low, high == self.high { return value }
        let date = KeyedDate(try FieldParser.date(field))
        (self.low, self.high, length, value) = (low, high, field.count, date)
        return date
    }
}
