/// A parsed date with the numbers the totals are keyed by, worked out once.
struct KeyedDate {
    let date: CivilDate
    /// `date.dayNumber`.
    let dayNumber: Int

    init(_ date: CivilDate) {
        self.date = date
        dayNumber = date.dayNumber
    }
}

/// Remembers the last date field parsed: snapshot files repeat one date for thousands of rows in
/// a row, so most rows compare 16 bytes instead of parsing and converting. A longer field (a date
/// with a zero time, `2024-10-31 00:00:00`) is remembered apart, and compared byte by byte.
struct DateFieldCache {
    private var last = PackedField()
    private var value = KeyedDate(CivilDate(dayNumber: 0))
    private var lastLong: [UInt8] = []
    private var longValue = KeyedDate(CivilDate(dayNumber: 0))

    /// The date in `field` (any form `DateParser` reads), from the cache when the bytes repeat.
    @inline(__always)
    mutating func date(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> KeyedDate {
        guard let packed = PackedField(field) else { return try longDate(field) }
        if packed == last { return value }
        let date = KeyedDate(try FieldParser.date(field))
        (last, value) = (packed, date)
        return date
    }

    /// `date` for a field of more than 16 bytes.
    @inline(never)
    private mutating func longDate(_ field: UnsafeBufferPointer<UInt8>) throws(FieldError) -> KeyedDate {
        if lastLong.elementsEqual(field) { return longValue }
        let date = KeyedDate(try FieldParser.date(field))
        (lastLong, longValue) = (Array(field), date)
        return date
    }
}
